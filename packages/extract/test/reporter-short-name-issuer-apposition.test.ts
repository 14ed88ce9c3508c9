/**
 * Three constructions of wire copy, outlets and situation reports that name a figure's source by a back-reference or
 * describe it: a capitalised short name ("The Ministry noted ...") is the full name given before; a document with a
 * bare issuer before it ("a ministry statement", "an RSF statement") is that issuer's, the source quoted just before
 * when its name has that noun; and an appositive 's agent ("ACLED, a monitor cited by the UN") describes the source,
 * so it reports nothing. Sentences written for the rules, in several genres and wars; none comes from the corpus or
 * from a probed page. (A registry name with "and" after "according to": source-name-with-and.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const reporters = (s: string) => extract(s).map((f) => [brief(f).value, brief(f).reporters]);

describe('a capitalised short name after "the" is the name given before', () => {
  it.each([
    {
      genre: 'regional outlet, Gaza',
      s: 'The Palestinian Ministry of Health said on Sunday that 38 people were killed in Khan Younis. The Ministry noted that 11 of the dead were children.',
      who: 'Palestinian Ministry of Health',
    },
    {
      genre: 'wire, Sudan',
      s: 'The Sudanese Ministry of Health said 27 people were killed in El Geneina. Shelling went on overnight. The Ministry said a further 9 were killed on Tuesday.',
      who: 'Sudanese Ministry of Health',
    },
    {
      genre: 'outlet, Myanmar',
      s: "Myanmar's State Administration Council said 16 resistance fighters were killed near Lashio. The Council added that 7 soldiers were wounded.",
      who: "Myanmar's State Administration Council",
    },
    {
      genre: 'UN update, DRC',
      s: 'The Provincial Health Division of North Kivu said 45 people were killed in Sake. The Division said 130 people were wounded.',
      who: 'Provincial Health Division of North Kivu',
    },
  ])('$genre', ({ s, who }) => {
    const found = reporters(s);
    expect(found.length).toBe(2);
    for (const [, r] of found) expect(r).toEqual([who]);
  });
});

describe('a document with a bare issuer before it is the issuer\'s', () => {
  it.each([
    { genre: 'wire, Yemen', s: 'A police statement said 6 people were killed in the clashes in Aden.', who: 'police' },
    { genre: 'wire, Sudan', s: 'An RSF statement said 45 soldiers were killed near El Obeid.', who: 'RSF' },
    { genre: 'wire, Gaza', s: 'A Hamas statement said 12 people were killed in Deir al-Balah.', who: 'Hamas' },
  ])('$genre: $s', ({ s, who }) => expect(reporters(s)).toEqual([[expect.any(Number), [who]]]));

  it.each([
    {
      genre: 'wire, Gaza',
      s: 'The health ministry in Gaza said 52 people were killed overnight. A ministry statement said 140 others were wounded.',
      who: 'health ministry',
    },
    {
      genre: 'outlet, Myanmar',
      s: 'The Myanmar junta said 20 rebels were killed near Hpakant. A junta statement said 11 soldiers were wounded.',
      who: 'Myanmar junta',
    },
    {
      genre: 'wire, Ukraine',
      s: "Ukraine's army said 14 soldiers were killed near Pokrovsk. An army statement said 31 were wounded.",
      who: "Ukraine's army",
    },
  ])('the source quoted just before whose name has the noun, $genre', ({ s, who }) => {
    expect(reporters(s).map(([, r]) => r)).toEqual([[who], [who]]);
  });

  it.each([
    ['situation report, Ukraine', 'A daily report said 300 people fled Kherson on Monday.'],
    ['wire, Sahel', 'A new statement said 40 soldiers were killed near Djibo.'],
  ])('a word of when or which names no one, %s: %s', (_genre, s) => expect(reporters(s).map(([, r]) => r)).toEqual([[]]));
});

describe("an appositive's agent describes the source, not the figure", () => {
  it.each([
    {
      genre: 'think-tank assessment, Sahel',
      s: 'The insurgency has killed more than 9,000 people in Burkina Faso this year, according to ACLED, a crisis monitoring group cited by the United Nations.',
      who: ['ACLED'],
    },
    {
      genre: 'regional outlet, Syria',
      s: 'At least 210 civilians were killed in Idlib in March, according to the Syrian Network for Human Rights, a monitor often cited by the US State Department.',
      who: ['Syrian Network for Human Rights'],
    },
    {
      genre: 'wire, Ethiopia',
      s: 'Some 600 people were killed in the Amhara clashes, according to the Ethiopian Human Rights Commission, a rights body quoted by the African Union.',
      who: ['Ethiopian Human Rights Commission'],
    },
  ])('$genre', ({ s, who }) => expect(reporters(s).map(([, r]) => r)).toEqual([who]));

  it('a figure the agent cites is still its own (monitor toll, DRC)', () => {
    expect(reporters('Some 40 people were killed in Rutshuru, a figure cited by the UN.').map(([, r]) => r)).toEqual([['UN']]);
  });
});
