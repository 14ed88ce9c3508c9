/**
 * One vocabulary of the participles of a place that changed hands (territory-words.csv roles taken, fallen, entered,
 * secured, cleared, held), read by every rule that needs one: the passive and its bare form with an agent, an absolute
 * "with X taken", a declaration, a running count of places, a place as the subject of its verb. Each row works at each
 * site that reads its role; a row missing from a site, or a site with its own list, fails here. Sentences written for
 * this file, in several wars and genres.
 */
import { describe, expect, it } from 'vitest';
import { parseRegistry } from '@frontline/schema';
import { readDataFile } from '../src/data.ts';
import { reducedPassives } from '../src/reduced-passive.ts';
import { brief, extract } from './helpers.ts';

const rows = parseRegistry(readDataFile('territory-words.csv'), 'territory-words.csv', ['phrase', 'role', 'example']);
const of = (...roles: string[]) => rows.filter((r) => roles.includes(r.role!)).map((r) => r.phrase!);
const captured = (text: string) => extract(text).map(brief).filter((f) => f.category === 'captured');
const placesTaken = (text: string) => captured(text).flatMap((f) => f.places);

describe('each participle row', () => {
  for (const row of rows.filter((r) => ['taken', 'fallen', 'entered'].includes(r.role!))) {
    it(`${row.role} "${row.phrase}": its example is a change of hands: ${row.example}`, () => {
      expect(extract(row.example!).filter((f) => f.kind === 'territory')).not.toEqual([]);
    });
  }
});

describe('the sites that read the participles', () => {
  it.each(of('taken'))('a bare "%s" with its agent, as a timeline writes it (Ethiopia)', (p) => {
    expect(reducedPassives(`On 6 December 2021, Kobo ${p} by the federal army`)).toHaveLength(1);
  });

  it.each(of('taken'))('an absolute clause, "with the town of Mweso %s" (DR Congo outlet)', (p) => {
    expect(placesTaken(`With the town of Mweso ${p}, the M23 pushed south towards Sake on Monday.`)).toContain('Mweso');
  });

  it.each(of('taken', 'secured', 'cleared'))('a declaration, "declared the town of Palma %s" (Mozambique wire)', (p) => {
    expect(placesTaken(`Rwandan troops declared the town of Palma ${p} on Sunday.`)).toContain('Palma');
  });

  it.each(of('taken', 'secured', 'cleared', 'held'))('a running count, "bringing the number of villages %s to 14" (Ukraine assessment)', (p) => {
    const got = captured(`Russian forces advanced west of Avdiivka, bringing the number of villages ${p} to 14.`);
    expect(got).toEqual([expect.objectContaining({ value: 14, unit: 'places', cumulative: true })]);
  });

  // The verb of a plural list: a participle after "were", a fall in the past; "falls" speaks of one place.
  const listVerb: Record<string, string> = { fell: 'fell to', fallen: 'had fallen to', falls: '' };
  it.each(of('taken', 'fallen').filter((p) => listVerb[p] !== ''))('a list of places as the subject, "A, B and C ... %s" (Sudan monitor)', (p) => {
    const verb = listVerb[p] ?? `were ${p} by`;
    expect(placesTaken(`Umm Rawaba, Er Rahad and Bara ${verb} the RSF last week.`)).toEqual(expect.arrayContaining(['Umm Rawaba', 'Er Rahad', 'Bara']));
  });
});
