/**
 * "12 members of rescue teams died": a count of members, then the body they belong to ("of rescue teams", "of the
 * family", "of a medical team"), then an intransitive verb. The "of" phrase says whose members they were; the verb
 * after it is theirs (frame-finder.ts pastMembersOf), as the passive "were killed" already was. Every sentence is
 * written for this file, in several genres and wars.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const counts = (s: string) => extract(s).map(brief).map((f) => [f.category, f.value]);

describe('a count of members of a body is the subject of the verb after the body', () => {
  it.each([
    // monitor, Syria
    ['Eight members of rescue teams died in Sarmin on Tuesday, the network documented.', [['killed', 8]]],
    // wire, Gaza
    ['Fourteen members of one family died in Deir al-Balah overnight, medics said.', [['killed', 14]]],
    // situation report, Sudan
    ['Four members of a mobile health team died on the road between El Fasher and Tawila on 12 June.', [['killed', 4]]],
    // regional outlet, Myanmar
    ['Six members of the village guard died in Kani township on Sunday.', [['killed', 6]]],
    // encyclopedic narrative, Ethiopia
    ['In November 2020, 30 members of a church choir perished in Adigrat.', [['killed', 30]]],
  ])('%s', (s, want) => expect(counts(s)).toEqual(want));

  it.each([
    // assessment, DRC: a verb of no frame counts nothing
    ['Nine members of the provincial assembly resigned in Goma last week.'],
  ])('no fact: %s', (s) => expect(counts(s)).toEqual([]));
});
