/**
 * "X was captured on Monday by rebels": a passive capture's agent may follow the verb's time; it is still the side
 * that took the place. A "by" phrase that is itself a time ("by the end of May") names no side.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const captures = (text: string) => extract(text).map(brief).filter((f) => f.category === 'captured').map((f) => [f.places.join('|'), f.time, f.actor]);

describe('a passive capture with its agent after the time', () => {
  it.each([
    ['wire, Syria (weekday)', 'The town of Hish was captured on Monday by rebels.', [['Hish', 'on Monday', 'rebels']]],
    ['monitor, Syria (month)', 'Kafr Nabl was retaken in early June by the Syrian army, the monitor said.', [['Kafr Nabl', 'in early June', 'the Syrian army']]],
    ['local news, DRC (dated)', 'The village of Kamatare was seized on 22 January by M23 rebels, residents said.', [['Kamatare', 'on 22 January', 'M23 rebels']]],
    ['encyclopedic, Ukraine (date and aside)', 'Avdiivka was taken on 17 February by Russian forces after months of fighting.', [['Avdiivka', 'on 17 February', 'Russian forces']]],
  ])('%s: the agent is the taker', (_genre, text, expected) => {
    expect(captures(text)).toEqual(expected);
  });

  it('a deadline after "by" names no taker (Syria)', () => {
    expect(captures('Hish was captured by the end of May.')).toEqual([['Hish', 'by the end of May', '']]);
  });
});
