/**
 * A registry source whose full name holds "and" ("Armed Conflict Location and Event Data Project", ACLED's name as
 * outlets spell it out) is one reporter, not two split at the "and" (sources.csv holds that spelling beside the "&"
 * one), also after "according to", and without "Project" as ACLED now writes its name. Sentences written for the
 * rule, in several wars.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

describe('a source named with "and"', () => {
  it.each([
    ['Yemen', 'The Armed Conflict Location and Event Data Project counted 2,100 deaths around Marib in 2021.'],
    ['Myanmar', 'The Armed Conflict Location and Event Data Project recorded 1,400 deaths in Sagaing in 2023.'],
  ])('%s', (_war, s) => {
    const [fact] = extract(s).map(brief);
    expect(fact?.reporters).toEqual(['Armed Conflict Location and Event Data Project']);
  });
});

describe('a registry name with "and" in it is one reporter after "according to"', () => {
  it.each([
    ['monitor toll, Sudan', 'The war has killed more than 28,000 people in Darfur, according to the Armed Conflict Location and Event Data.'],
    ['think-tank assessment, Myanmar', 'At least 1,100 civilians were killed in Sagaing in 2024, according to Armed Conflict Location and Event Data, which tracks political violence.'],
  ])('%s: %s', (_genre, s) => expect(extract(s).map((f) => brief(f).reporters)).toEqual([['Armed Conflict Location and Event Data']]));
});
