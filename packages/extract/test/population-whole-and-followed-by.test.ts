/**
 * Three constructions, each on sentences written for this file in several wars and genres:
 * - a part of a population ("Two of the 12 passengers were killed") is the count, of the population's noun; the whole
 *   is no figure. A stated whole ("Seven of the 30 people killed were children") stays the fact (partitive-whole.ts);
 * - a later member of a list by month joined by "followed by" ("312 were killed in March, followed by 208 in April")
 *   is its own fact, dated by its own month;
 * - a gapped figure whose own word names no side ("Four female and two male aid workers") takes the group of the
 *   shared noun phrase, as the later figure does.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const facts = (s: string) => extract(`Title\n\n${s}`).map(brief).map((f) => [f.category, f.group, f.value, f.time]);

const told = (genre: string, sentence: string, expected: (string | number)[][]) => ({ genre, sentence, expected });

const PARTS = [
  told('wire, Nigeria', 'Two of the 12 passengers were killed when gunmen attacked a bus near Kaduna on Tuesday, police said.', [['killed', 'civilians', 2, 'on Tuesday']]),
  told('outlet, Sahel', 'Five of the 40 soldiers died in the shelling of the outpost, the army said.', [['killed', 'government_forces', 5, '']]),
  told('sitrep, DR Congo', 'Seventy percent of the 12,000 residents of Kitchanga fled after the clashes, OCHA said.', []),
  told('encyclopedic, Ukraine', 'Three of the 15 villagers were wounded by the shell.', [['injured', 'civilians', 3, '']]),
  told('monitor, Syria', 'Seven of the 30 people killed were children, the monitor said.', [['killed', 'people', 30, '']]),
  told('sitrep, Sudan', 'About 40 per cent of the 2,300 people displaced were women, OCHA said.', [['displaced', '', 2300, '']]),
  told('thinktank, Yemen', 'Four of the 20 deaths were children.', [['killed', 'people', 20, '']]),
  told('wire, Gaza', 'Three of the 40 killed were women, the ministry said.', [['killed', 'people', 40, '']]),
  told('regional, Myanmar', 'Three of the 12 people who were wounded later died in hospital.', [['injured', 'people', 12, '']]),
  // A whole with no noun of its own, a set named before: the part counts persons.
  told('wire, Nigeria', 'Gunmen seized 60 farmers in Zamfara. Three of the 60 were shot dead, police said.', [['killed', 'people', 3, '']]),
  told('sitrep, Mali', 'Of the 40 abducted, 11 were killed before the army arrived.', [['killed', 'people', 11, '']]),
];

const LATER = [
  told('monitor, Syria', 'At least 312 people were killed in March, followed by 208 in April, the monitor said.', [['killed', 'people', 312, 'in March'], ['killed', 'people', 208, 'in April']]),
  told('sitrep, Sudan', 'Some 45,000 people fled in January, followed by another 30,000 in February, OCHA said.', [['displaced', '', 45000, 'in January'], ['displaced', '', 30000, 'in February']]),
  told('wire, Ukraine', 'Nine civilians were killed on 2 May and another 3 on 3 May.', [['killed', 'civilians', 9, 'on 2 May'], ['killed', 'civilians', 3, 'on 3 May']]),
];

const GAPPED = [
  told('wire, Sudan', 'Four female and two male aid workers were killed in Darfur on Monday, the UN said.', [['killed', 'civilians', 4, 'on Monday'], ['killed', 'civilians', 2, 'on Monday']]),
  told('sitrep, DR Congo', 'Gunmen killed three female and one male health worker in Ituri.', [['killed', 'civilians', 3, ''], ['killed', 'civilians', 1, '']]),
  told('monitor, Syria', '44 pro-government and 39 rebel fighters were killed in the clashes.', [['killed', 'government_forces', 44, ''], ['killed', 'opposition_fighters', 39, '']]),
];

for (const [name, cases] of [['a part of a population; a stated whole', PARTS], ['a later member after "followed by"', LATER], ['a gapped figure of a shared noun', GAPPED]] as const) {
  describe(name, () => {
    for (const { genre, sentence, expected } of cases) {
      it(`${genre}: ${sentence}`, () => {
        expect(facts(sentence)).toEqual(expected);
      });
    }
  });
}
