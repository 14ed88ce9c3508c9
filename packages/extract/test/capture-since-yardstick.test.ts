/**
 * A capture noun after "since" that a superlative leads ("the heaviest fighting since the capture of X", "the biggest
 * prize since the full recapture of Y") only measures the clause's event: no capture fact for it. Without a
 * superlative ("Since the capture of X, the army has pushed west") the capture is still told.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const captures = (text: string) => extract(text).filter((f) => f.category === 'captured').map((f) => f.place_mentions.map((p) => p.text));

describe('a capture named as a yardstick', () => {
  const yardsticks = [
    'Taking Kidal would be the biggest prize for the army since the recapture of Gao in 2013.',
    'It was the heaviest fighting in Anbar since the capture of Ramadi by the jihadists.',
    'The battle marked the largest Russian gain since the fall of Avdiivka in February.',
    'Sunday saw the most intense shelling of Goma since the M23’s seizure of Bunagana.',
    'It was the worst defeat for the Houthis since the full liberation of Aden.',
    'The convoy was the first to reach El Fasher since the fall of Nyala to the RSF.',
  ];
  for (const text of yardsticks) it(`no capture: ${text}`, () => expect(captures(text)).toEqual([]));

  const told = [
    ['Since the capture of Mosul in July, the army has pushed west.', 'Mosul'],
    ['The west of the country has been calm since the fall of Gao.', 'Gao'],
    ['Rebels took Kafr Nabl on 3 May, their first gain since the start of the year.', 'Kafr Nabl'],
  ] as const;
  for (const [text, place] of told) it(`still a capture of ${place}: ${text}`, () => expect(captures(text)).toContainEqual([place]));
});
