/**
 * A count inside a compound adjective that sizes a party ("a six-man team was killed": data/party-nouns.csv), and a
 * passive whose participles are joined by "and" ("had been found and killed", "were captured and executed").
 */
import { describe, expect, it } from 'vitest';
import { parseRegistry } from '@frontline/schema';
import { readDataFile } from '../src/data.ts';
import { brief, extract } from './helpers.ts';
import { rule } from './rule.ts';

rule('a count inside a compound adjective counts the members of the party it sizes', [
  ['encyclopedic', 'On 16 June, a six-man army scouting team in Sirte was killed and their bodies paraded by the militants.', [
    { category: 'killed', group: 'government_forces', value: 6, places: ['Sirte'] },
  ]],
  ['regional', 'A three-member family was killed when the shell hit their house in Taiz, the rights group said.', [
    { category: 'killed', group: 'civilians', value: 3 },
  ]],
  ['wire', 'A 12-strong police patrol was wiped out in an ambush on the road to Gao, officials said.', [
    { category: 'killed', group: 'government_forces', value: 12 },
  ]],
  ['monitor', 'A five-member ISIL cell was killed by Iraqi forces in the Hamrin mountains on Monday.', [
    { category: 'killed', group: 'isis_fighters', value: 5 },
  ]],
  ['sitrep', 'A seven-member household was killed in the air strike on Saada on Sunday.', [
    { category: 'killed', group: 'civilians', value: 7 },
  ]],
  // Other compounds size no party: a span of time, a distance, a party noun too far on.
  ['wire', 'A three-day truce began in Taiz on Sunday.', []],
  ['encyclopedic', 'A 12-km stretch of road near Gao was mined by the militants.', []],
]);

rule('participles joined by "and" share the subject and its "be"', [
  ['encyclopedic', 'Early on 24 February, it was reported that 120 ISIL militants had been found and killed during a clearing operation south of Al-Shaddadi.', [
    { category: 'killed', group: 'isis_fighters', value: 120 },
  ]],
  ['wire', 'Twelve soldiers were captured and executed by the militants near Gao, the army said.', [
    { category: 'killed', group: 'government_forces', value: 12 },
  ]],
  ['monitor', 'Nine civilians were abducted and later killed by gunmen in Zamfara.', [
    { category: 'killed', group: 'civilians', value: 9 },
  ]],
  ['sitrep', 'Five aid workers were kidnapped and then killed near Bentiu, the UN said.', [
    { category: 'killed', value: 5 },
  ]],
  // The first participle that counts the people is the predicate; an "and" with no frame after it adds nothing.
  ['regional', 'At least 40 people were wounded and evacuated to hospitals in Kharkiv.', [
    { category: 'injured', value: 40 },
  ]],
  ['wire', 'About 200 men were arrested and released in Idlib on Friday.', []],
]);

describe('party-nouns.csv', () => {
  const rows = parseRegistry(readDataFile('party-nouns.csv'), 'party-nouns.csv', ['noun', 'group', 'example', 'source']);
  for (const row of rows) {
    it(`${row.noun}: ${row.example}`, () => {
      const killed = extract(row.example!).map(brief).filter((f) => f.category === 'killed');
      expect(killed.length, JSON.stringify(killed)).toBe(1);
      // The party's members, never the party as one.
      expect(killed[0]!.value).toBeGreaterThan(1);
    });
  }
});
