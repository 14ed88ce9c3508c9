/**
 * Constructions of round 48, each on sentences written for this file in several wars and genres:
 * - a hedge over two joined verbs ("were said to have ambushed and killed three soldiers"): a perfect infinitive tells
 *   what was done, so the second verb's object is a fact as the first's would be; a plan's second infinitive is not;
 * - people in care (data/care-nouns.csv: "patients") arriving at or moved to a hospital are no displaced people;
 * - a move to a place for a mission of relief (territory-words.csv `relief`: "to rescue", "to reinforce") is no advance.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const facts = (s: string) => extract(`Title\n\n${s}`).map(brief).map((f) => [f.category, f.group, f.value, f.places]);

const told = (genre: string, sentence: string, expected: unknown[][]) => ({ genre, sentence, expected });

const HEDGED = [
  told('regional, Nigeria', 'Bandits were said to have attacked and killed four soldiers near the border on Monday.', [['killed', 'government_forces', 4, []]]),
  told('wire, DR Congo', 'Militants are reported to have attacked and killed five villagers in Ituri, local sources said.', [['killed', 'civilians', 5, ['Ituri']]]),
  told('encyclopedic, DR Congo', 'The rebels are believed to have stormed and captured the town of Kibirizi.', [['captured', '', null, ['Kibirizi']]]),
  // A plan's second verb stays a plan.
  told('thinktank, Ukraine', 'Forces tried to cross the river and seize Kherson.', []),
  told('sitrep, Sudan', 'The army plans to encircle the town and capture Kibirizi.', []),
];

const CARE = [
  told('outlet, DR Congo', 'Fifty patients arrived at the hospital in Goma on Sunday.', []),
  told('sitrep, Gaza', 'About 40 inpatients were moved to the Nasser hospital on Tuesday.', []),
  // Others arriving are still displaced.
  told('sitrep, Sudan', 'About 2,000 people arrived at the camp in Tawila on Sunday, IOM said.', [['displaced', '', 2000, ['Tawila']]]),
];

const RELIEF = [
  told('regional, Nigeria', 'Troops moved to Kibirizi to rescue hostages held by the rebels.', []),
  told('wire, Ukraine', 'Two battalions moved into Bakhmut to reinforce the defenders, the general staff said.', []),
  told('encyclopedic, DR Congo', 'Government forces moved into Kibirizi on Monday after the rebels withdrew.', [['advanced', '', null, ['Kibirizi']]]),
];

for (const [name, cases] of [['a hedge over two joined verbs', HEDGED], ['people in care are no displaced', CARE], ['a move for a mission of relief', RELIEF]] as const) {
  describe(name, () => {
    for (const { genre, sentence, expected } of cases) it(`${genre}: ${sentence}`, () => expect(facts(sentence)).toEqual(expected));
  });
}
