/**
 * The place finder's speed work (places.ts) must read every sentence as before: `trailingWords` gives what the
 * end-anchored pattern it replaced captured, and the cheap tests before the "town of" and possessor patterns let
 * through every text those patterns match. Checked on sentences written for this test, in several wars and kinds of
 * text, cut at every position (the text before a name is any prefix of a sentence).
 */
import { describe, expect, it } from 'vitest';
import { findPlaces, POSSESSOR, possessorBefore, PREFIX, prefixBefore, trailingWords } from '../src/places.ts';

const REPLACED = /((?:[\p{L}\-]+\s+)*?)$/u;

const SENTENCES = [
  'On 14 March, the Syrian army seized the strategic town of Khan Shaykhun, state media said.',
  "Russian forces entered Lyman's outskirts after a week of shelling, Ukraine's general staff said.",
  'Houthi fighters withdrew from the port of Hodeidah;  the coalition  took the airport.',
  'The RSF took control of Wad Madani, the capital of Gezira State, on Monday.',
  'M23 rebels captured Rubaya and the villages of Bihambwe and Kibabi in North Kivu.',
  'Fighting between the Tatmadaw and the Arakan Army displaced 2,000 people near Paletwa.',
  'JNIM militants overran an army post in Djibo (Burkina Faso) at dawn — residents fled.',
  'Ethiopian troops re-entered Shire as TPLF forces pulled back toward Adwa.',
  'President Erdogan’s troops and the Turkish-backed SNA pushed into Tal Rifaat’s   countryside.',
  'Israeli strikes hit Khan Younis and the Nuseirat camp, Gaza’s health ministry said.',
  'the-army  held 𝒜bc town-of  Dêr ez-Zor\u00a0after\u2003the  ',
];

/** Every prefix of each sentence, and the last 90 characters of each, as the finder cuts them. */
function prefixes(): string[] {
  return SENTENCES.flatMap((s) => Array.from({ length: s.length + 1 }, (_, i) => s.slice(Math.max(0, i - 90), i)));
}

describe('trailingWords', () => {
  it('captures what the end-anchored pattern captured, at every cut of every sentence', () => {
    for (const text of prefixes()) expect(trailingWords(text)).toBe(REPLACED.exec(text)?.[1] ?? '');
  });

  it('reads the words before a name back to the first character that is no letter, hyphen or space', () => {
    expect(trailingWords('On 14 March, the Syrian army seized the ')).toBe('the Syrian army seized the ');
    expect(trailingWords('in Gezira State (Sudan), the RSF entered ')).toBe('the RSF entered ');
    expect(trailingWords('forces took control of')).toBe('');
    expect(trailingWords('12 km south of ')).toBe('km south of ');
  });
});

describe('the gates before the end-anchored patterns', () => {
  it('let through every text the pattern matches, and give its match', () => {
    const texts = [...prefixes(), ...SENTENCES.flatMap((s) => [`${s} town of `, `${s} outskirts OF the  `, `${s} Kyiv’s `, `${s} Al-Bashir's\t`])];
    let matched = 0;
    for (const text of texts) {
      expect(prefixBefore(text)?.[0]).toBe(PREFIX.exec(text)?.[0]);
      expect(possessorBefore(text)?.[0]).toBe(POSSESSOR.exec(text)?.[0]);
      if (PREFIX.exec(text) || POSSESSOR.exec(text)) matched++;
    }
    expect(matched).toBeGreaterThan(20);
  });
});

describe('the place finder after its gates', () => {
  it('still reads a place after "the town of", "the outskirts of the" and a possessor', () => {
    expect(findPlaces('The army seized the strategic town of Khan Shaykhun on Monday.').map((p) => [p.text, p.cue, p.feature_hint])).toEqual([
      ['Khan Shaykhun', 'of', 'town'],
    ]);
    expect(findPlaces('Fighting reached the outskirts of the Bakhmut suburb.').map((p) => p.cue)).toEqual(['of']);
    const hits = findPlaces('President Erdogan’s troops entered Afrin.').map((p) => p.text);
    expect(hits).not.toContain('Erdogan');
    expect(hits).toContain('Afrin');
  });
});
