/**
 * A gapped list by place whose later member says "others" (issue 9, round 46): "412 people were killed in A, and 96
 * others in B". "others" names the first member's persons again, not a noun of its own, so the member shares the first
 * one's predicate and takes its own place; the last member's places end at the sentence's next figure ("..., while
 * 1,300 were wounded in A"). "others" after a part of a toll (children, women) are other people. Sentences written for
 * the rule (wire, situation report, monitor, regional outlet; Sudan, DR Congo, Syria, Ukraine, Myanmar, Yemen);
 * none from the corpus or from pages read for it.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const facts = (s: string) => extract(s).map(brief).map((f) => [f.category, f.group, f.value, f.places]);

describe('"and N others in B" after a toll by place', () => {
  it('a ministry toll by city (wire, Sudan)', () => {
    expect(facts('The health ministry said 412 people were killed in Khartoum, and 96 others in Omdurman.')).toEqual([
      ['killed', 'people', 412, ['Khartoum']], ['killed', 'people', 96, ['Omdurman']],
    ]);
  });

  it('displaced by territory, with an attribution after (situation report, DR Congo)', () => {
    expect(facts('Clashes displaced 12,000 people in Rutshuru, and 4,500 others in Masisi, according to OCHA.')).toEqual([
      ['displaced', '', 12000, ['Rutshuru']], ['displaced', '', 4500, ['Masisi']],
    ]);
  });

  it('the last member takes no place of a clause after it with its own figure (monitor, Syria)', () => {
    const got = facts('The Observatory said 37 civilians were killed in Idlib, and 14 others in Hama, while 60 were wounded in Idlib.');
    expect(got.filter(([, , v]) => v !== 60)).toEqual([
      ['killed', 'civilians', 37, ['Idlib']], ['killed', 'civilians', 14, ['Hama']],
    ]);
  });

  it('an active toll without a comma (regional outlet, Ukraine)', () => {
    expect(facts('Russian shelling killed five civilians in Kherson and two others in Nikopol, the governors said.')).toEqual([
      ['killed', 'civilians', 5, ['Kherson']], ['killed', 'civilians', 2, ['Nikopol']],
    ]);
  });

  it('"others" after children are other people (wire, Yemen)', () => {
    expect(facts('Shelling killed three children in Taiz and two others in Hodeidah on Sunday, medics said.')).toEqual([
      ['killed', 'children', 3, ['Taiz']], ['killed', 'people', 2, ['Hodeidah']],
    ]);
  });

  it('a member with its own verb is no member of the list (wire, Sahel)', () => {
    expect(facts('Four soldiers died in Gao and 12 others were wounded near Kidal.')).toEqual([
      ['killed', 'government_forces', 4, ['Gao']], ['injured', 'government_forces', 12, ['Kidal']],
    ]);
  });
});
