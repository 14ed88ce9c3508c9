/**
 * A registry source whose full name holds "and" ("Armed Conflict Location and Event Data Project", ACLED's name as
 * outlets spell it out) is one reporter, not two split at the "and" (sources.csv holds that spelling beside the "&"
 * one). Sentences written for the rule, in several wars. ("According to the Armed Conflict Location and Event
 * Data Project, ..." is still split: that path is left for another round.)
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
