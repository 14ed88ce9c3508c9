/**
 * A counting period whose first date carries an aside before its end: "from 24 February 2022, after the invasion
 * began, to the end of May 2024". The aside (opened by "when", "as", "after" or "following", between commas) names
 * what happened on the first date; the time phrase is the whole range, so the figure covers both ends. Sentences are
 * written for this file, in several wars and genres.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const tolls = (s: string) => extract(s).map(brief).filter((f) => f.category === 'killed' || f.category === 'injured');

/** A monitor's sentence whose figures the whole range dates: [war and genre, sentence, the range as written]. */
const ranged = (war: string, sentence: string, range: string) => ({ war, sentence, range });
const RANGES = [
  ranged('rights group, Sudan', 'The group said that from 15 April 2023, after fighting erupted in the capital, to the end of March 2024, 14,600 civilians were killed in Sudan.', 'from 15 April 2023, after fighting erupted in the capital, to the end of March 2024'),
  ranged('monitor, Yemen', 'From March 26, 2015, following the start of the coalition air campaign, until the end of June 2016, the project recorded 8,200 civilians killed in Yemen.', 'From March 26, 2015, following the start of the coalition air campaign, until the end of June 2016'),
  ranged('UN mission, Ukraine', 'From 24 February 2022, after the full-scale invasion began, to 30 September 2023, the mission recorded 9,700 civilians killed and 17,700 injured.', 'From 24 February 2022, after the full-scale invasion began, to 30 September 2023'),
  ranged('tracker, Myanmar', 'From 1 February 2021, following the coup, until 31 December 2022, the tracker counted 2,600 people killed by the junta.', 'From 1 February 2021, following the coup, until 31 December 2022'),
];

describe('a range with an aside after its first date', () => {
  for (const { war, sentence, range } of RANGES) {
    it(war, () => {
      const found = tolls(sentence);
      expect(found.length).toBeGreaterThan(0);
      for (const f of found) expect(f.time).toBe(range);
    });
  }

  it('an aside of another kind is not passed over: the first date alone dates the figure', () => {
    const found = tolls('From 3 May 2019, the second day of the offensive, to 9 May 2019, 40 civilians were killed in Tripoli.');
    expect(found.length).toBeGreaterThan(0);
    for (const f of found) expect(f.time).not.toContain('the second day of the offensive, to 9 May');
  });
});
