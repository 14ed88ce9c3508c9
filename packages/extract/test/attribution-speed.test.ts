/**
 * Attribution's speed work (issue 9) keeps its answers: a phrase judged once is judged the same when asked again
 * (`keptAnswers`), a sentence goes on with the subject of the sentence before only when that sentence holds its
 * head word (`continuesSubject` tags the sentence before only then), and "X's figures" is read only in a sentence
 * holding one of its nouns. Sentences written for these tests, from several wars and genres.
 */
import { describe, expect, it } from 'vitest';
import { findReporters, SourceMemory } from '../src/attribution.ts';
import { continuesSubject, leadingSubject, reportedSubjects } from '../src/continuation.ts';
import { documentOwner, keptAnswers, reporterPhrase, tidy } from '../src/reporter-phrase.ts';

const PHRASES = [
  'the Syrian Observatory for Human Rights',
  'a military source',
  'Health ministry spokesman Ashraf al-Qudra',
  'it was',
  'which they',
  'the latest OCHA figures',
  'a statement from the Turkish defence ministry',
  'regional governor Oleh Syniehubov on Sunday',
  'local sources and the SOHR',
  'Russian-installed officials in the town of Kakhovka and in the Kherson region',
];

describe('keptAnswers', () => {
  it('gives the answer of the function it keeps, asked once or again, past its size', () => {
    const asked: string[] = [];
    const words = (p: string) => (asked.push(p), p.split(' ').length);
    const kept = keptAnswers(words, 3);
    for (const p of [...PHRASES, ...PHRASES]) expect(kept(p)).toBe(p.split(' ').length);
    // Three kept: each phrase of the second pass fell out before it was asked again.
    expect(asked).toHaveLength(PHRASES.length * 2);
  });

  it('asks the function once for a phrase asked again while it is kept, null and false answers too', () => {
    const asked: string[] = [];
    const kept = keptAnswers((p: string) => (asked.push(p), p.startsWith('the') ? null : false), 4);
    for (const p of ['the army', 'rebels', 'the army', 'rebels', 'the army']) kept(p);
    expect(asked).toEqual(['the army', 'rebels']);
    expect(kept('the army')).toBeNull();
    expect(kept('rebels')).toBe(false);
  });

  it('drops the phrase asked first when full', () => {
    const asked: string[] = [];
    const kept = keptAnswers((p: string) => (asked.push(p), p.length), 2);
    for (const p of ['Mosul', 'Goma', 'Mosul', 'Taiz', 'Goma', 'Mosul']) kept(p);
    // Kept after "Taiz": Goma, Taiz; "Mosul" fell out and is asked again.
    expect(asked).toEqual(['Mosul', 'Goma', 'Taiz', 'Mosul']);
  });

  it('keeps the judgements of reporter phrases as they were: the same answer asked twice', () => {
    const first = PHRASES.map((p) => [reporterPhrase(p), documentOwner(p), tidy(p)]);
    const again = PHRASES.map((p) => [reporterPhrase(p), documentOwner(p), tidy(p)]);
    expect(again).toEqual(first);
    expect(reporterPhrase('a military source')).toBe('military source');
    expect(reporterPhrase('it was')).toBeNull();
    expect(documentOwner('the latest OCHA figures')).toBe('OCHA');
  });
});

/** The previous rule, which tagged the sentence before whatever the sentence after opened with. */
function tagsBoth(reported: string, s: string): boolean {
  const subjects = reportedSubjects(reported);
  const own = leadingSubject(s);
  return !!own && subjects.some((x) => x.words === own.words || (own.definite && own.head === x.head));
}

const PAIRS: [string, string, boolean][] = [
  ['Peshmerga forces took four villages near Kirkuk, the command said.', 'Peshmerga forces also cleared the road to Daquq.', true],
  ['M23 rebels seized Rubaya on Tuesday, the army said.', 'The rebels then moved towards Minova.', true],
  ['Russian forces took two villages near Avdiivka, the ministry said.', 'Ukrainian forces retook one of them on Friday.', false],
  ['RSF fighters took the market in Omdurman, the army said.', 'RSF fighters also burned 40 homes in Karari.', true],
  ['According to the Houthis, Saudi jets struck Saada overnight.', 'Saudi jets returned on Sunday.', true],
  ['Arakan Army fighters overran the outpost, the group said.', 'Another seven died in Maungdaw.', false],
  ['Tigrayan forces entered Dessie, a spokesman said.', 'Eritrean troops withdrew from Shire.', false],
  ['Israeli strikes killed 12 people in Khan Younis, the ministry said.', 'The strikes hit a school used as a shelter.', true],
];

describe('continuesSubject', () => {
  it('goes on with a subject of the sentence before as the full tagging did', () => {
    for (const [reported, s, expected] of PAIRS) {
      expect(continuesSubject(reported, s), s).toBe(expected);
      expect(tagsBoth(reported, s), s).toBe(expected);
    }
  });

  it('goes on with nothing when the sentence before named no source', () => {
    expect(continuesSubject('', 'Peshmerga forces also cleared the road to Daquq.')).toBe(false);
  });

  it('matches the head word whatever its case in the sentence before', () => {
    const reported = 'JNIM FIGHTERS attacked the camp at Boulkessi, the army said.';
    expect(continuesSubject(reported, 'The fighters withdrew towards Mondoro.')).toBe(tagsBoth(reported, 'The fighters withdrew towards Mondoro.'));
  });
});

describe('a source memory reading a relayed statement', () => {
  it('carries the source to the next sentence with the same subject, not to another side', () => {
    const memory = new SourceMemory();
    const first = memory.read('Houthi fighters took a hill near Marib, the group said.');
    expect(first).toHaveLength(1);
    expect(memory.read('Houthi fighters also struck a base in Jawf.')).toEqual(first);
    const other = new SourceMemory();
    other.read('Houthi fighters took a hill near Marib, the group said.');
    expect(other.read('Yemeni troops held the line in Hareeb.')).toEqual([]);
  });
});

describe("a source's own figures", () => {
  it('reads "X\'s figures", "X data show" and a known source\'s toll', () => {
    expect(findReporters("UNICEF's figures show 40 children were killed in Gaza in a week.", new SourceMemory())).toEqual(['UNICEF']);
    expect(findReporters('OCHA data show 12,000 people fled El Fasher in May.', new SourceMemory())).toEqual(['OCHA']);
    expect(findReporters("Syria's toll rose past 500 that week.", new SourceMemory())).toEqual([]);
  });
});
