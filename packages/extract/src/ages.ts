/**
 * Ages written around a noun of persons refine its group (issue 9): "two 15-year-old teenagers", "three youths aged
 * 14 and 16", "two teenagers (15 and 17)" are children; "two students aged 19 and 22" are not. A child is under 18
 * (the Convention on the Rights of the Child, art. 1); an adult age never makes a child, and a noun with no age
 * keeps the group it names. Only `people` and `children` move: "a woman, 17" stays a woman, a soldier stays a soldier.
 */
import type { Group } from '@frontline/schema';

/** Under this age a person is a child. */
const ADULT_AGE = 18;

/** "12-year-old", "18-month-old" among the words before the noun. */
const AGE_BEFORE = /\b(\d{1,3})[-‐](year|month)s?[-‐]old\b/gi;

/** A list or range of ages: "14 and 16", "4 and 11", "8, 11 and 13", "5 to 9", "15-17". */
const LIST = String.raw`(\d{1,3}(?:\s*(?:,|and|or|to|-|–)\s*\d{1,3})*)`;
/** "aged 14 and 16", "aged between 4 and 11", "(aged 9)": the word says these are ages. */
const AGED_AFTER = new RegExp(String.raw`^\s*,?\s*\(?\s*(?:aged|ages)\s+(?:between\s+|from\s+)?${LIST}`, 'i');
/**
 * "(15 and 17)", ", 9,": bare numbers set off by brackets or commas right after the noun. A digit right after the
 * closing comma makes it a thousands comma: "1,793 men, 1,208 women" is the next part's figure, no age.
 */
const BARE_AFTER = new RegExp(String.raw`^\s*(?:\(\s*${LIST}\s*\)|,\s*${LIST}\s*,(?!\d))`, 'i');

/** The group a noun of persons takes given the ages written around it. */
export function groupByAge(group: Group | '', modifiers: string, after: string): Group | '' {
  if (group !== 'people' && group !== 'children') return group;
  const ages = agesAround(modifiers, after);
  if (ages.length === 0) return group;
  if (ages.every((a) => a < ADULT_AGE)) return 'children';
  return group === 'children' && ages.some((a) => a >= ADULT_AGE) ? 'people' : group;
}

/** Every age written before the noun or right after it, in years. */
function agesAround(modifiers: string, after: string): number[] {
  const ages = [...modifiers.matchAll(AGE_BEFORE)].map((m) => (/^month/i.test(m[2]!) ? 0 : Number(m[1])));
  const m = AGED_AFTER.exec(after) ?? BARE_AFTER.exec(after);
  const list = m?.slice(1).find(Boolean) ?? '';
  ages.push(...(list.match(/\d{1,3}/g) ?? []).map(Number));
  return ages;
}
