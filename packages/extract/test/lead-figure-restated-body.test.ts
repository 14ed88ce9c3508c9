/**
 * A report that opens on a bare figure (a highlights panel, a lead) and repeats it in the body with its places, period
 * and source: one fact, the first mention's, that takes the places the body names when it names none (index.ts,
 * placesAdded), as it already took the body's period and reporter. Regions count: "across Idleb and western Aleppo"
 * places the figure though it names no town. A different place or period is another fact. Texts written for the rule
 * in three wars (Syria, Ukraine, Nigeria) and three genres (situation report, monitor, wire).
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const counted = (text: string, value: number) => extract(text).map(brief).filter((f) => f.value === value);

describe('a lead figure repeated in the body', () => {
  it.each([
    [
      'Syria, situation report',
      'Syria: Flash Update No. 4\n\nHighlights\n\nThe number of newly displaced people reached 52,000.\n\nSituation overview\n\nSome 52,000 people have been displaced across Hama and Idleb governorates since 12 June, according to OCHA.',
      52000, ['Hama', 'Idleb'], 'since 12 June', 'OCHA',
    ],
    [
      'Ukraine, monitor',
      'Weekly protection monitoring update\n\nKey findings\n\nThirty-one civilians were killed.\n\nDetails\n\nThe 31 civilians were killed in Kharkiv Oblast and Sumy Oblast between 2 and 8 September, the UN monitoring mission said.',
      31, ['Kharkiv', 'Sumy'], 'between 2 and 8 September', 'UN monitoring mission',
    ],
    [
      'Nigeria, wire',
      'Attacks uproot thousands in Nigeria\n\nMAIDUGURI (Reuters) - Some 23,000 people have fled their homes.\n\nThe 23,000 people were displaced in Borno State since 2 February, the U.N. refugee agency said.',
      23000, ['Borno'], 'since 2 February', 'U.N. refugee agency',
    ],
  ])('%s: one fact with the body\'s places, period and source', (_case, text, value, places, time, reporter) => {
    const got = counted(text, value);
    expect(got).toHaveLength(1);
    for (const place of places) expect(got[0]!.places.some((p) => p.includes(place))).toBe(true);
    expect(got[0]!.time).toBe(time);
    expect(got[0]!.reporters.some((r) => r.includes(reporter))).toBe(true);
  });

  it.each([
    [
      'Syria, situation report, other region',
      'Syria: Flash Update No. 5\n\nHighlights\n\nSome 7,000 people were displaced in Deir-ez-Zor governorate.\n\nSituation overview\n\nSome 7,000 people were displaced in Raqqa governorate, according to OCHA.',
      7000,
    ],
    [
      'Ukraine, monitor, other period',
      'Monthly civilian harm update\n\nHighlights\n\nIn July, 12 civilians were killed.\n\nDetails\n\nIn August, 12 civilians were killed in Zaporizhzhia Oblast, the monitoring mission said.',
      12,
    ],
  ])('%s: two facts', (_case, text, value) => {
    expect(counted(text, value)).toHaveLength(2);
  });
});
