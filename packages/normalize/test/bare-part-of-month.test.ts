/**
 * "South of the town, the battle of the crossings occurred mid-May 2022": a part of a month written after a verb, with
 * no preposition, is a date all the same, and the next sentence's undated figure ("Russian forces suffered an estimated
 * 400 dead during the attempts") is of it, not of the day an earlier paragraph reached. Sentences written for this
 * file, several wars.
 */
import { describe, expect, it } from 'vitest';
import { facts } from './dated-text.ts';

const NARRATIVE = (title: string, body: string) => `${title}\n\nThe ${title} was a campaign of the war.\n\n## Campaign\n${body}`;

describe('"occurred mid-May 2022", "resumed late March": a bare part of a month dates the story', () => {
  it.each([
    ['Ukraine', NARRATIVE('Battle of Kreminna (2022)', 'On 12 May 2022, Russian forces seized Rubizhne.\n\nSouth of the town, the battle of the river crossings occurred mid-May 2022, with Ukraine repelling attempts to cross. Russian forces suffered an estimated 400 dead during the attempts.\n\nOn 3 September, Ukrainian forces recaptured Ozerne.'), 400, ['2022-05-11', '2022-05-20']],
    ['Yemen', NARRATIVE('Battle of Marib (2021)', 'On 8 February 2021, the Houthis took Sirwah.\n\nThe fighting around the dam resumed late March 2021 after a lull. Some 30 soldiers were killed in the clashes.\n\nOn 4 May, the Houthis captured Kassara.'), 30, ['2021-03-21', '2021-03-31']],
    ['Sudan', NARRATIVE('Siege of El Fasher (2024)', 'On 10 May 2024, the RSF attacked the city from the east.\n\nThe shelling of the camps intensified early June, as the RSF closed the roads. At least 25 civilians were killed in Abu Shouk camp.\n\nOn 20 July, the army repelled an assault.'), 25, ['2024-06-01', '2024-06-10']],
  ])('%s', (_war, text, count, period) => {
    const got = facts(text).filter((f) => f.count_best === count);
    expect(got.map((f) => [f.period_start, f.period_end])).toEqual([period]);
  });
});
