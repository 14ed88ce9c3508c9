/**
 * An open start, "from <date>" with no second end, as narratives date a siege or an occupation ("besieged by ISIL from
 * June 2014", "held the crossing from 3 March"): a time phrase of its own, so its year dates the yearless days the
 * story gives after it (time.ts). A range's first end ("from A to B") stays with the range's pattern.
 */
import { describe, expect, it } from 'vitest';
import { findTimes } from '../src/time.ts';
import { extract } from './helpers.ts';

const contextOf = (text: string, count: string) => extract(text).find((f) => f.count_phrase === count)?.time_context;

describe('an open "from" date sets the story\'s year', () => {
  it.each([
    ['encyclopedic, Iraq',
      'The town was besieged by ISIL from June 2014, cut off from water. On August 31, the army broke the siege and killed 12 militants.',
      '12', ['from June 2014']],
    ['encyclopedic, Yemen',
      'Houthi forces encircled the city from mid-April 2015, shelling its districts. On 3 May, a strike killed 21 civilians.',
      '21', ['from mid-April 2015']],
    ['timeline, Mali',
      'Jihadists blockaded Timbuktu from August 2023. On 7 September, rockets hit the airport, killing 4 people.',
      '4', ['from August 2023']],
  ])('%s', (_genre, text, count, chain) => {
    expect(contextOf(text, count)).toEqual(chain);
  });

  it('a range keeps its two ends, in one phrase', () => {
    expect(findTimes('Fighting raged from 4 March to 9 May 2016.').map((t) => t.text)).toEqual(['from 4 March to 9 May 2016']);
    expect(findTimes('The militia held the bridge from June 2014 through 2015.').map((t) => t.text)).not.toContain('from June 2014');
    expect(findTimes('Rebels shelled the base from March 2016 until June.').map((t) => t.text)).toEqual(['from March 2016 until June']);
  });
});
