/**
 * People who go back to a shelter or a displacement site are displaced again, not returned home. Sentences written
 * for the rule (OCHA, IOM, UNHCR; Gaza, Ukraine, DR Congo, Somalia, Iraq); none comes from the corpus.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const facts = (s: string) => extract(s).map(brief).map((f) => [f.category, f.value]);

describe('a return to a shelter is displacement', () => {
  it.each([
    ['OCHA, Gaza', 'Strikes resumed overnight, with at least 20,000 people returning to UNRWA and government shelters in Khan Younis.', 20000],
    ['UNHCR, Ukraine', 'Some 450 families went back to the collective centre in Zaporizhzhia after the shelling.', 450],
    ['IOM, DR Congo', 'About 6,000 people have returned to displacement sites around Goma since Monday.', 6000],
    ['OCHA, Somalia', 'More than 4,000 people went back to IDP camps near Baidoa as fighting resumed.', 4000],
  ])('%s', (_case, sentence, value) => {
    expect(facts(sentence)).toEqual([['displaced', value]]);
  });
});

describe('a return home stays a return', () => {
  it.each([
    ['UNHCR, Ukraine', 'About 3,000 families returned to their villages in Kupiansk district.', 3000],
    ['IOM, Iraq', 'Nearly 1,200 households have returned to Qaraqosh.', 1200],
    ['OCHA, DR Congo', 'Some 2,500 people returned to their homes in Rutshuru after staying in shelters for weeks.', 2500],
  ])('%s', (_case, sentence, value) => {
    expect(facts(sentence)).toEqual([['returned', value]]);
  });
});
