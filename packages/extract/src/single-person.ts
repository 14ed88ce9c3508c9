/**
 * One person written with an article: "A child was killed", "another soldier died", "a 60-year-old woman was wounded", "killing a paramedic
 * and two firefighters", "including two children and a woman". The article counts one person when a singular noun of
 * persons heads its phrase; the frame finder then keeps it only as a casualty (a single specific death or injury is a
 * fact, corpus/GOLD-FORMAT.md). Quantifier phrases that open with an article ("a number of", "a few", "a dozen",
 * "a third of") are figures or shares of their own, never one person.
 */
import { sayingVerbFormsFor } from '@frontline/schema';
import { alternation } from '@frontline/nlp/dates';
import type { QuantityHit } from './numbers.ts';
import { findQuantities } from './numbers.ts';
import { possessiveKinAt, readHead } from './nouns.ts';
import { allMatches, ARTICLE_TEXTS, recalling } from './text.ts';

// "Another soldier was killed": one more person, counted as an article counts one.
const ARTICLE = /(?<![\p{L}\p{N}'’\-])(an?|another)(?=\s)/giu;

/** Plural or mass heads: "a group of men" never reaches them, but "a dead"/"a displaced" read as nouns would. */
const NOT_ONE = /(?:s|men|children|people|personnel|police|dead|displaced|more|folk)$/i;

/** The articles of `s` that count one person, as figures of value 1; `figures` are the sentence's other figures. */
export function singlePersons(s: string, figures: QuantityHit[]): QuantityHit[] {
  const out: QuantityHit[] = [];
  for (const m of allMatches(ARTICLE, s)) {
    const start = m.index;
    const end = start + m[0].length;
    if (figures.some((q) => q.start <= start && start < q.end)) continue;
    const hit: QuantityHit = { start, end, phrase: m[0], numStart: start, numEnd: end, value: 1, vague_word: '', modifier: 'exact' };
    const head = readHead(s, hit);
    if (!head || head.unit !== 'persons' || NOT_ONE.test(head.noun) || !fewModifiers(head.modifiers)) continue;
    if (SPEAKER_AFTER.test(s.slice(head.end)) || inRolesApposition(s, start, figures)) continue;
    out.push(hit);
  }
  return [...out, ...possessiveKin(s, figures)].sort((a, b) => a.start - b.start);
}

const POSSESSIVE = /(?<![\p{L}\p{N}'’\-])(their|his|her)(?=\s)/giu;

/**
 * "killed three children and their parents", "a woman and her husband": a possessive before a kin noun counts the
 * people the noun names, so the kin are members of the list as "two adults" would be. Only right after "and" or
 * "along with" (a member of a list of victims), not as a subject of its own ("their parents said").
 */
function possessiveKin(s: string, figures: QuantityHit[]): QuantityHit[] {
  const out: QuantityHit[] = [];
  for (const m of allMatches(POSSESSIVE, s)) {
    const start = m.index;
    const end = start + m[0].length;
    if (!/(?:\band|\bwith)\s+$/i.test(s.slice(0, start)) || figures.some((q) => q.start <= start && start < q.end)) continue;
    const kin = possessiveKinAt(s, start);
    if (!kin || SPEAKER_AFTER.test(s.slice(kin.end))) continue;
    out.push({ start, end, phrase: m[0], numStart: start, numEnd: end, value: kin.value, vague_word: '', modifier: 'exact' });
  }
  return out;
}

/**
 * The single persons of a sentence beside its figures (`findQuantities`), kept for the last texts: the figure finder
 * and the frame finder both read them from the same sentence.
 */
export const sentenceSinglePersons = recalling((s: string) => singlePersons(s, findQuantities(s)), ARTICLE_TEXTS);

/**
 * "killed four people including two civilians, a resident said": a person phrase followed by a verb of saying is the
 * speaker of the sentence, not one more victim of its list (wire copy closes sentences with ", a witness told AFP").
 */
const SPEAKER_AFTER = new RegExp(String.raw`^\s+(?:(?:also|later|previously)\s+)?(?:${alternation(sayingVerbFormsFor('speaker'))})\b`, 'i');

/**
 * "Two men aged 44 and 46, a teacher and a farmer, were killed": an apposition set off by commas right after a count
 * of several persons names what each of them was; its articles are those persons again, not more of them. From the
 * figure: its noun and at most an age phrase, a comma, the apposition's earlier members ("a nurse, "), the article.
 */
const BEFORE_ROLES = /^\s+[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?(?:\s+aged\s+[\d\s,-]+(?:and|to)\s+\d+)?,\s+$/u;
const EARLIER_ROLE = /(?:,\s+|,?\s+and\s+)$/u;
const ROLE_MEMBER = /(?:^|,\s+|,?\s+and\s+)an?\s+[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?$/u;
/** The apposition closes on a comma: "..., a teacher and a farmer, were killed". */
const ROLES_CLOSE = /^an?\s+[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?(?:(?:,\s+|,?\s+and\s+)an?\s+[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?)*,/u;

function inRolesApposition(s: string, start: number, figures: QuantityHit[]): boolean {
  if (!ROLES_CLOSE.test(s.slice(start))) return false;
  return figures.some((q) => {
    if (q.end > start || q.value === null || q.value < 2) return false;
    let between = s.slice(q.end, start);
    // Strip the apposition's earlier members, last first: ", a nurse, a teacher and " before "a student".
    while (EARLIER_ROLE.test(between) && ROLE_MEMBER.test(between.replace(EARLIER_ROLE, ''))) {
      between = between.replace(EARLIER_ROLE, '').replace(ROLE_MEMBER, '') + ', ';
    }
    return BEFORE_ROLES.test(between);
  });
}

/** "a shell hit the boy": the article's own phrase is short and holds no second determiner. */
function fewModifiers(modifiers: string): boolean {
  const words = modifiers.split(/\s+/).filter(Boolean);
  return words.length <= MAX_MODIFIERS && !words.some((w) => /^(?:a|an|the|this|that|its|his|her|their)$/i.test(w));
}

/** "a young pregnant Syrian woman" at most. */
const MAX_MODIFIERS = 3;

/** A figure that is an article: only singlePersons makes one (findQuantities reads "a" only before "dozen" and scales). */
export function isSinglePerson(phrase: string): boolean {
  return /^(?:an?|another|their|his|her)$/i.test(phrase);
}
