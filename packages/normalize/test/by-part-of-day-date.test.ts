/**
 * "By the evening of 13 July, the military secured the district": a part of a dated day after "By" is that day, as
 * "On the evening of 13 July" is. Long campaign narratives write it for a day's end; without it the capture took the
 * date the story had reached before (days earlier). Sentences written for this file, several wars.
 */
import { describe, expect, it } from 'vitest';
import { facts } from './dated-text.ts';

const NARRATIVE = (title: string, body: string) => `${title}\n\nThe ${title} was a campaign of the war.\n\n## Campaign\n${body}`;

describe('"By the evening/morning/night of <day>" dates what was done by then', () => {
  it.each([
    ['Syria', NARRATIVE('Aleppo offensive (2016)', 'On 7 July, the army shelled the farms. By the evening of 13 July, the army captured Kafr Hamra.'), 'Kafr Hamra', '2016-07-13'],
    ['Iraq', NARRATIVE('Fallujah offensive (2016)', 'On 23 May, the operation began. By the morning of 26 May, Iraqi forces captured Saqlawiyah.'), 'Saqlawiyah', '2016-05-26'],
    ['Libya', NARRATIVE('Sirte offensive (2016)', 'On 9 June, the GNA forces entered the city. By the night of 12 June, they captured Harawa.'), 'Harawa', '2016-06-12'],
  ])('%s', (_war, text, place, day) => {
    const got = facts(text).filter((f) => f.kind === 'territory' && f.place_mentions.includes(place));
    expect(got.map((f) => [f.period_start, f.period_end])).toEqual([[day, day]]);
  });
});
