/**
 * Who said it, carried across a news roundup (issue 9 item 6): figures after an explicitly credited lead, with no
 * attribution of their own, are the lead's source's (basis carried_from_previous) until another speaker, a heading,
 * a background or analysis sentence, or a year of history intervenes. Every sentence is written for the rule, in
 * wire, outlet and monitor copy about several wars; none comes from the seeds or the corpus.
 */
import { describe, expect, it } from 'vitest';
import { SourceMemory } from '../src/attribution.ts';
import { breaksRoundup, parseBackgroundCues } from '../src/roundup-carry.ts';
import { extractArticle } from '../src/index.ts';
import { article } from './helpers.ts';

/** Reporters of each sentence, read in order by one memory; `author` is the document's. */
function each(sentences: string[], author = ''): string[][] {
  const memory = new SourceMemory(author);
  return sentences.map((s) => memory.read(s));
}

/** Reporters and basis of every figure of a text whose first line is its title. */
const factsOf = (text: string) =>
  extractArticle({ ...article(text), title: text.split('\n')[0]! }).map((f) => ({ who: f.reporter_texts, basis: f.reporter_basis, quote: f.quote }));

describe('a roundup goes on quoting its lead source', () => {
  it.each([
    [
      'wire, Syria',
      [
        'At least 12 civilians were killed in air strikes on Idlib province on Tuesday, the Syrian Observatory for Human Rights said.',
        'Another seven died in an attack on a market in Ariha.',
        'In Saraqeb, three children were killed when a shell hit their home.',
      ],
    ],
    [
      'outlet, Sudan',
      [
        'The governor of North Darfur said 25 people were killed in shelling of El Fasher on Sunday.',
        'In Tawila, 14 more died when drones struck a camp.',
      ],
    ],
    [
      'monitor copy, Ukraine',
      [
        'The UN Human Rights Monitoring Mission in Ukraine said 41 civilians were killed across the country in March.',
        'In Kharkiv region, 11 civilians died in missile strikes on residential buildings.',
      ],
    ],
    [
      'wire, Yemen',
      [
        'According to the health ministry in Sanaa, 9 fishermen were killed off Hodeidah on Friday.',
        'Four others were wounded and taken to hospital in Zabid.',
      ],
    ],
  ])('%s', (_genre, sentences) => {
    const got = each(sentences);
    expect(got[0]!.length).toBeGreaterThan(0);
    for (const later of got.slice(1)) expect(later).toEqual(got[0]);
  });

  it('gives the carried figures their own basis, kept apart from a pronoun\'s "carried"', () => {
    const facts = factsOf(
      [
        'Strikes kill civilians in Idlib',
        '',
        'At least 12 civilians were killed in air strikes on Idlib province on Tuesday, the Syrian Observatory for Human Rights said.',
        '',
        'Another seven people died in an attack on a market in Ariha.',
      ].join('\n'),
    );
    const carried = facts.find((f) => f.quote.includes('Ariha'));
    expect(carried?.who).toEqual(['Syrian Observatory for Human Rights']);
    expect(carried?.basis).toBe('carried_from_previous');
    expect(facts.find((f) => f.quote.includes('Idlib province'))?.basis).not.toBe('carried_from_previous');
  });

  it('carries into the next paragraph of the story (Myanmar, outlet)', () => {
    const facts = factsOf(
      [
        'Junta air strike hits village in Sagaing',
        '',
        'A spokesman for the National Unity Government said 17 villagers were killed in an air strike on Kanbalu township on Monday.',
        '',
        'In neighbouring Shwebo township, 5 people were wounded in shelling.',
      ].join('\n'),
    );
    expect(facts.find((f) => f.quote.includes('Shwebo'))?.basis).toBe('carried_from_previous');
  });
});

describe('the chain breaks where another voice or the background begins', () => {
  it.each([
    [
      'background year, Syria',
      'At least 12 civilians were killed in Idlib on Tuesday, the Syrian Observatory for Human Rights said.',
      'The war began in 2011 after protests were crushed.',
      'More than 500 people were killed in the province last year.',
    ],
    [
      'analysis, Ethiopia',
      'Regional officials said 30 people were killed in fighting near Gondar on Saturday.',
      'Analysts say the militia has grown stronger since the truce.',
      'Some 2,000 families fled to Bahir Dar.',
    ],
    [
      'another speaker quoted, Gaza',
      'The health ministry in Gaza said 45 people were killed in Khan Younis overnight.',
      '“There was no warning,” a man at the hospital said as he searched for his brother.',
      'Twelve of the dead were children.',
    ],
    [
      'a quotation crediting no one, DR Congo',
      'The provincial governor said 18 civilians were killed in an attack near Beni.',
      'Survivors described “a massacre carried out with machetes”.',
      'Another 6 people were found dead in Oicha.',
    ],
    [
      'a history tally, Libya',
      'The Libyan Red Crescent said it had recovered 27 bodies in Derna on Wednesday.',
      'Years of conflict have displaced hundreds of thousands of Libyans.',
      'Over 40 people remain missing in the city.',
    ],
    [
      'unnamed reports, Sudan sitrep copy',
      'The Shelter Cluster said 4,000 families arrived in Tawila on Monday.',
      'Reports indicate that some 900 more are on the road from El Fasher.',
      'About 300 reached Tawila on Tuesday.',
    ],
  ])('%s', (_case, lead, breaker, figure) => {
    const [first, , last] = each([lead, breaker, figure]);
    expect(first!.length).toBeGreaterThan(0);
    expect(last).toEqual([]);
  });

  it.each([
    ['Ukraine, wire', 'Russian forces took 3 villages near Avdiivka, the Russian Defence Ministry said.', 'Ukrainian forces retook 2 villages near Robotyne.'],
    ['Sudan, outlet', 'The RSF seized 4 villages west of El Obeid, its commander said.', 'The army recaptured 2 of them on Friday.'],
  ])('stops when another side becomes the subject (%s)', (_case, lead, other) => {
    const [first, next] = each([lead, other]);
    expect(first!.length).toBeGreaterThan(0);
    expect(next).toEqual([]);
  });

  it('is not opened by a lead without a figure, nor by a list lead (DR Congo, Syria)', () => {
    expect(each(['M23 rebels took Sake on Monday, residents said.', 'Another 12 people died in shelling of Minova.'])[1]).toEqual([]);
    const list = each(['Displacements recorded by the CCCM Cluster in March:', 'In Afrin, 3,000 people fled on Monday.']);
    expect(list[1]).toEqual([]);
  });

  it("does not give a town's population to the roundup's source (Mali, wire)", () => {
    const got = each(['The army said 15 militants were killed near Menaka on Monday.', 'Menaka, once home to 20,000 people, has been emptied by the fighting.']);
    expect(got[1]).toEqual([]);
  });

  it('stops at a heading (Iraq, outlet)', () => {
    const facts = factsOf(
      [
        'Attacks in Iraq',
        '',
        'Police in Kirkuk said 8 people were killed in a bombing at a checkpoint on Thursday.',
        '',
        'Displacement in Sinjar',
        '',
        'About 300 families returned to Sinjar this month.',
      ].join('\n'),
    );
    expect(facts.find((f) => f.quote.includes('Sinjar'))?.who).toEqual([]);
  });

  it('does not reach past its window of sentences (Mali, wire)', () => {
    const filler = Array.from({ length: 7 }, (_, i) => `Troops patrolled the road to Gao on day ${['one', 'two', 'three', 'four', 'five', 'six', 'seven'][i]}.`);
    const got = each(['The army said 15 militants were killed near Menaka on Monday.', ...filler.map((f) => f.replace(/\d/g, '')), '9 soldiers were wounded near Menaka.']);
    expect(got.at(-1)).toEqual([]);
  });

  it("is not used in a report with its own author: the author's voice resumes (Nagorno-Karabakh, sitrep)", () => {
    const got = each(['The ICRC said 120 people were missing after the fighting in Karabakh.', 'About 3,000 people reached Goris on Tuesday.'], 'OCHA');
    expect(got[1]).toEqual(['OCHA']);
  });
});

describe('the pieces', () => {
  it('reads the background cues from their table, whole phrases only', () => {
    const cues = parseBackgroundCues('word,kind,example,source\nbroke out,onset,The war broke out.,https://example.org\n');
    expect(cues.test('Fighting broke out near Aleppo.')).toBe(true);
    expect(cues.test('Fighting broken outside Aleppo.')).toBe(false);
    expect(() => parseBackgroundCues('word,kind,example,source\nbegan,history,The war began.,https://example.org\n')).toThrow();
  });

  it('a heading ends the chain; a sentence on a line of its own does not', () => {
    const text = 'Fighting in the north\nFive people were killed in Raqqa.\n';
    expect(breaksRoundup('Fighting in the north', text, 0)).toBe(true);
    expect(breaksRoundup('Five people were killed in Raqqa.', text, 22)).toBe(false);
  });

  it('a dated event is news, a bare year is history', () => {
    expect(breaksRoundup('Three were killed in Marib on 4 May 2024.', '', 5)).toBe(false);
    expect(breaksRoundup('Three were killed in Marib in 2015.', '', 5)).toBe(true);
  });
});
