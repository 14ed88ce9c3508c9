/**
 * `recalling` keeps a matcher's answers for the last texts asked about (the source registry is asked about an
 * article's lead several times): the answers must be the matcher's own, untouched by what a caller does with them.
 */
import { describe, expect, it } from 'vitest';
import { SOURCES } from '@frontline/schema';
import { aliasMatcher, recalling, type Hit } from '../src/text.ts';
import { sourceMentions } from '../src/reporter-phrase.ts';

const TEXTS = [
  'The Syrian Observatory for Human Rights said 12 civilians were killed in Idlib.',
  'OCHA reported that 40,000 people fled Tawila in North Darfur this week.',
  'According to UNHCR, 1.2 million Ukrainians remain displaced in Poland.',
  'Airwars and ACLED recorded strikes on Hodeidah and Taiz in the same week.',
  'The UN Assistance Mission in Afghanistan counted 70 civilian casualties.',
  'No source is named in this sentence about Mopti.',
];

/** Counts the texts the wrapped matcher really reads. */
function counting(): { matcher: (s: string) => Hit[]; asked: string[] } {
  const inner = aliasMatcher(SOURCES.flatMap((s) => s.aliases));
  const asked: string[] = [];
  return { matcher: (s) => (asked.push(s), inner(s)), asked };
}

describe('recalling', () => {
  it('gives the answers of the matcher it wraps, asked once or twice', () => {
    const plain = aliasMatcher(SOURCES.flatMap((s) => s.aliases));
    for (const s of [...TEXTS, ...TEXTS]) expect(sourceMentions(s)).toEqual(plain(s));
    expect(sourceMentions(TEXTS[0]!).length).toBeGreaterThan(0);
  });

  it('reads a text again only once it has fallen out of the last `size` texts', () => {
    const { matcher, asked } = counting();
    const recall = recalling(matcher, 3);
    for (const s of TEXTS.slice(0, 3)) recall(s);
    for (const s of TEXTS.slice(0, 3)) recall(s);
    expect(asked).toHaveLength(3);
    recall(TEXTS[3]!); // the oldest, TEXTS[0], is dropped
    recall(TEXTS[0]!);
    expect(asked).toEqual([...TEXTS.slice(0, 4), TEXTS[0]]);
  });

  it('is not changed by a caller that pops the answer or edits a hit', () => {
    const { matcher } = counting();
    const recall = recalling(matcher, 8);
    const first = recall(TEXTS[3]!);
    const expected = structuredClone(first);
    first.pop();
    if (first[0]) first[0].start = -1;
    expect(recall(TEXTS[3]!)).toEqual(expected);
  });
});
