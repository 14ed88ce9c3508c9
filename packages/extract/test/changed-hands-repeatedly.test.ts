/**
 * "The town changed hands several times" tells many changes of control with no side and no day: no capture fact.
 * A single change ("changed hands on 4 May") is still one.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const captures = (text: string) => extract(text).filter((f) => f.category === 'captured').map((f) => f.place_mentions.map((p) => p.text));

describe('a place that changed hands repeatedly', () => {
  const repeated = [
    'The village of Tell Sukkar changed hands several times during the autumn.',
    'Kupiansk changed hands multiple times in 2022.',
    'Babanusa changed hands twice before the rains.',
    'Paletwa changed hands repeatedly as the Arakan Army and the junta traded blows.',
    'The town of Sake changed hands a number of times in early 2024.',
  ];
  for (const text of repeated) it(`no capture: ${text}`, () => expect(captures(text)).toEqual([]));

  const once = [
    ['Sake changed hands on 4 May, when M23 fighters took it.', 'Sake'],
    ['Harib changed hands again in March, falling to the Houthis.', 'Harib'],
  ] as const;
  for (const [text, place] of once) it(`still a capture of ${place}: ${text}`, () => expect(captures(text)).toContainEqual([place]));
});
