/**
 * "Two men aged 44 and 46, a teacher and a farmer, were killed": an apposition right after a count of several
 * persons, each member a role with its article, says what each of them was. Its articles count no one more
 * (single-person.ts inRolesApposition), and the count before it is still its verb's subject even when the apposition
 * has commas of its own (frame-finder.ts pastInsert). A breakdown with figures ("three civilians, a woman and two
 * children,") and a member after "and" in a list of victims are counted as before. Every sentence is written for this
 * file, in several genres and wars.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const counts = (s: string) => extract(s).map(brief).map((f) => [f.category, f.value]);

describe('roles apposed to a count are no count of their own', () => {
  it.each([
    // wire, Ukraine
    ['Two men aged 51 and 63, a tractor driver and a pensioner, were killed by Russian shelling in Nikopol.', [['killed', 2]]],
    // regional outlet, Sudan
    ['Three volunteers, a doctor, a pharmacist and a driver, were killed when the RSF stormed the clinic in Omdurman.', [['killed', 3]]],
    // situation report, Yemen
    ['Two children, a boy and a girl, were injured by unexploded ordnance in Hays district on 3 May.', [['injured', 2]]],
    // monitor, Syria
    ['Two brothers, a mechanic and a shopkeeper, died in the regime bombardment of Maarat al-Numan.', [['killed', 2]]],
    // encyclopedic narrative, Myanmar
    ['Four villagers, a monk, a schoolteacher, a farmer and a midwife, were executed by junta troops in Sagaing in 2022.', [['killed', 4]]],
  ])('%s', (s, want) => expect(counts(s)).toEqual(want));

  it.each([
    // assessment, Gaza: a breakdown with a figure keeps its members
    ['The strike killed three civilians, a woman and two children, in Rafah.', [['killed', 3], ['killed', 1], ['killed', 2]]],
    // wire, Sahel: a member joined by "and" is one more victim
    ['Militants killed four soldiers and a nurse near Djibo, the army said.', [['killed', 4], ['killed', 1]]],
  ])('still counted: %s', (s, want) => expect(counts(s)).toEqual(want));
});
