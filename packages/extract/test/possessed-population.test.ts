/**
 * "one in 160 of Baghdad's 6.5 million population", "of the city's 400,000 population": a place's population after
 * its possessor is no figure of the war, though "population" is no noun of persons the head reader knows. Sentences
 * written for the rule, in several genres and wars.
 */
import { expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

it.each([
  ['monitor, Yemen', 'One in 200 of Taiz’s 600,000 population has been killed or injured since 2015, the monitor said.', [600000]],
  ['wire, Ukraine', "One in 40 of Mariupol's 430,000 population was killed during the siege, city officials said.", [430000]],
  ['situation report, Sudan', 'One in 100 of the town’s 80,000 population has died since the fighting began in April, partners report.', [80000]],
])('%s: %s', (_genre, text, populations) => {
  const values = extract(text).map(brief).map((f) => f.value);
  for (const p of populations) expect(values).not.toContain(p);
});

it('a toll beside the population is still read (outlet, Syria)', () => {
  const facts = extract("Shelling killed 14 civilians in Ariha on Monday, a town whose 60,000 population has already halved.").map(brief);
  expect(facts.map((f) => [f.category, f.value])).toEqual([['killed', 14]]);
});
