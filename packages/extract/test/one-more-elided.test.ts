/**
 * "Two soldiers were killed and a third was wounded": one more of the people a sentence has just counted, the noun left
 * out, as the subject of a singular verb. Every sentence is written for the rule, in several wars and genres; none
 * comes from a corpus or fresh text.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';
import { findQuantities } from '../src/numbers.ts';

const facts = (text: string) => extract(text).map(brief);

describe('"and a third was wounded": one more of those just counted', () => {
  it.each([
    ['wire, Mali', 'Two Malian soldiers were killed and a third was wounded when their convoy hit a mine near Gao, the army said.', 'a third', 'government_forces'],
    ['outlet, Iraq, quoted', '"Three soldiers were killed and a fourth was injured," a security source told the agency about the attack in Kirkuk.', 'a fourth', 'government_forces'],
    ['outlet, Ukraine', 'Russian shelling killed two civilians in Kherson and another was wounded, the regional governor said.', 'another', 'civilians'],
    ['monitor, Syria', 'Five fighters of the factions were killed in clashes in Idlib countryside and a sixth was seriously injured.', 'a sixth', 'opposition_fighters'],
  ])('%s', (_genre, s, phrase, group) => {
    const injured = facts(s).filter((f) => f.category === 'injured');
    expect(injured.length).toBe(1);
    expect(injured[0]).toMatchObject({ value: 1, phrase, group });
  });

  it.each([
    ['sitrep, Sudan: a share', 'A third of the displaced were children, and another 200 people fled to Chad.'],
    ['outlet, Myanmar: no figure before it', 'Another was wounded in the airstrike on the village, residents said.'],
    ['wire, Yemen: a plural verb', 'Seven people were killed in Taiz and a third were displaced in the fighting.'],
  ])('%s: no figure of one', (_case, s) => {
    expect(findQuantities(s).some((q) => q.value === 1)).toBe(false);
  });
});
