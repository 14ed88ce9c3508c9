/**
 * "left 40 others with shrapnel wounds", "leaving 52 people with serious injuries": a causing verb whose object is the
 * count of the hurt and whose "with" phrase names the harm (data/frames.csv, rows "leave with injury" and "leave with
 * wound"). Without the harm noun, "left N people without shelter" or "with no access to care" counts no one hurt.
 * Every sentence is written for this file, in several genres and wars.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const counts = (s: string) => extract(s).map(brief).map((f) => [f.category, f.value]);

describe('"left N with injuries" counts the injured', () => {
  it.each([
    // wire, Gaza
    ['An Israeli strike on the school killed 11 people and left 37 others with injuries, medics said.', [['killed', 11], ['injured', 37]]],
    // situation report, Sudan
    ['The shelling of the market in El Obeid killed six civilians, leaving at least 25 people with serious injuries.', [['killed', 6], ['injured', 25]]],
    // monitor, Ukraine
    ['The missile attack on Zaporizhzhia left 19 civilians with shrapnel wounds, the mission recorded.', [['injured', 19]]],
    // regional outlet, Myanmar
    ['The junta airstrike on the village left 14 residents with burn injuries, a local rescuer said.', [['injured', 14]]],
    // think-tank assessment, Sahel
    ['The ambush near Djibo killed 20 soldiers and left another 12 with gunshot wounds.', [['killed', 20], ['injured', 12]]],
    // encyclopedic narrative, Yemen
    ['The bombardment of Taiz in 2016 killed 40 and left 120 residents with wounds of varying severity.', [['killed', 40], ['injured', 120]]],
  ])('%s', (s, want) => expect(counts(s)).toEqual(want));

  it.each([
    // situation report, Ukraine: no harm named after "with"
    ['The shelling left 300 families without shelter in Kharkiv.'],
    // wire, DRC
    ['The fighting left two million people with no access to health care in North Kivu.'],
  ])('no harm noun, no injured: %s', (s) => expect(counts(s).filter(([c]) => c === 'injured')).toEqual([]));
});
