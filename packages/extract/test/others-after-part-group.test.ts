/**
 * "N others" after a figure of a part group (children, women) counts other people, not more of that part: "the strike
 * killed three women and injured 9 others" injured 9 people. After a series ("killed 40 civilians and injured 60
 * others") the others are more of it, and "N more" after a part is more of the part. Sentences are written for this
 * file, in several wars and genres.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const groups = (s: string) => extract(`Title\n\n${s}`).map(brief).map((f) => [f.category, f.group, f.value]);

/** [war and genre, sentence, [category, group, figure] of each fact]. */
const told = (war: string, sentence: string, facts: (string | number)[][]) => ({ war, sentence, facts });
const SENTENCES = [
  told('wire, Gaza', 'The strike on the house killed three women and injured 9 others.', [['killed', 'women', 3], ['injured', 'people', 9]]),
  told('monitor, Myanmar', 'In Pekhon township, junta shelling killed two men and two girls, and injured 13 others.', [['killed', 'people', 2], ['killed', 'children', 2], ['injured', 'people', 13]]),
  told('outlet, DR Congo', 'The raid near Beni killed four children and wounded 20 others.', [['killed', 'children', 4], ['injured', 'people', 20]]),
  told('sitrep, Ukraine', 'Missiles killed 40 civilians and injured 60 others in Dnipro.', [['killed', 'civilians', 40], ['injured', 'civilians', 60]]),
];

describe('"others" after a part group', () => {
  for (const { war, sentence, facts } of SENTENCES) {
    it(war, () => {
      expect(groups(sentence)).toEqual(facts);
    });
  }
});
