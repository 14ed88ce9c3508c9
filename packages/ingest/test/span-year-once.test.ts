/**
 * Encyclopedic pages as stored copies give them, met in fresh pages (a Mozambican battle): an infobox copied from the
 * page's source lists the template's own fields ("- Date: ...", "- Place: ...", "- Casualties3: ..."); its date is a
 * span of days with the year written once ("24 March – 5 April 2021"); the lead may give the campaign's other name
 * ("The Battle of X or the Battle for X was fought ..."). Texts written for this file, several wars.
 */
import { describe, expect, it } from 'vitest';
import { findDates } from '../src/dates.ts';
import { ingestFiles } from '../src/index.ts';
import { file } from './helpers.ts';

const ingest = (text: string) => ingestFiles([file('p.txt', text)]).articles[0]!;
const days = (text: string) => findDates(text).map((d) => [d.phrase, d.year, d.month, d.day]);

describe('a span of days with its year written once, at its end', () => {
  it('an infobox (Sudan): "11 October – 2 November 2023" is two days of 2023', () => {
    expect(days('Date: 11 October – 2 November 2023')).toEqual([
      ['11 October – 2 November 2023', 2023, 10, 11],
      ['11 October – 2 November 2023', 2023, 11, 2],
    ]);
  });

  it('a lead (Iraq) over the new year: "17 December – 9 February 2016" opens in 2015', () => {
    expect(days('The siege lasted from 17 December to 9 February 2016.').map((d) => d[1])).toEqual([2015, 2016]);
  });

  it('American copy (Yemen): "June 13 – July 2, 2018"', () => {
    expect(days('The offensive ran June 13 – July 2, 2018, around Hodeidah.')).toEqual([
      ['June 13 – July 2, 2018', 2018, 6, 13],
      ['June 13 – July 2, 2018', 2018, 7, 2],
    ]);
  });

  it('two dates each with a year stay two dates', () => {
    expect(days('From 3 March 2019 – 5 April 2020 the town changed hands.').map((d) => d[0])).toEqual(['3 March 2019', '5 April 2020']);
  });
});

describe("an infobox copied as the template's fields marks an encyclopedic page", () => {
  const page = (title: string, fields: string[], lead: string) => `${title}\n\nInfobox\n${fields.map((f) => `- ${f}`).join('\n')}\n\n${lead}`;

  it.each([
    ['Mozambique', page('Battle of Mocimboa', ['Conflict: Battle of Mocimboa', 'Date: 5 – 12 August 2020', 'Place: Mocimboa da Praia', 'Casualties1: 55+ killed', 'Casualties3: 30 civilians killed'], 'Insurgents took the port on 12 August.')],
    ['Myanmar', page('Battle of Loikaw', ['Partof: the Myanmar civil war', 'Place: Loikaw, Kayah State', 'Combatant1: Tatmadaw', 'Strength2: 2,000'], 'On 11 November resistance forces entered the town.')],
  ])('%s', (_war, text) => {
    const a = ingest(text);
    expect(a.published).toBe('');
    expect(a.published_evidence).toMatch(/^an encyclopedic page \(an infobox: /);
  });

  it('a report whose lines open with the same words, without the colon of a field, keeps its date', () => {
    const report = 'Clashes in Kayah\n\nConflict spread to Loikaw on Monday, 13 November 2023.\nPlace names were changed.\nCasualties rose to 40, officials said.';
    expect(ingest(report).published).toBe('2023-11-13');
  });
});

describe("a lead giving the campaign's other name still defines the title", () => {
  const leads = {
    Mozambique: 'Battle of Palma\n\nThe Battle of Palma or the Attack on Palma was fought in March 2021 over the town. On 24 March rebels entered it.',
    Philippines: 'Siege of Marawi\n\nThe Siege of Marawi or the Marawi crisis was a five-month conflict in 2017. On 23 May fighting began.',
  };
  it('in two wars, and not for a report whose lead opens with its headline and an "or"', () => {
    const evidence = Object.values(leads).map((text) => [ingest(text).published, ingest(text).published_evidence.split(',')[0]]);
    expect(evidence).toEqual(Object.keys(leads).map(() => ['', "an encyclopedic page (its lead defines the title's subject"]));
    expect(ingest('Fighting in Marib\n\nFighting in Marib or nearby districts was reported on Monday, 3 May 2021, officials said.').published).toBe('2021-05-03');
  });
});
