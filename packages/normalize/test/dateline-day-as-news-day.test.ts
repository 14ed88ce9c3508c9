/**
 * A wire dateline's day ("KABUL, Oct. 12 (Xinhua) --") is the story's day: the undated incident figures of the
 * paragraphs after it are of that day, as after a lead's "on Sunday", not of the publication day, which for an agency
 * filing late in its own time zone is often the next one. A running total still runs to the report's day, and a later
 * paragraph's own calendar date still dates only that paragraph. Every text is written for this file; each runs
 * through ingest, extract and normalize, the publication date in front matter.
 */
import { describe, expect, it } from 'vitest';
import { on, periodOf } from './dated-text.ts';

/** A wire story of one sentence a paragraph, published on `day`. */
const wire = (day: string, ...paragraphs: string[]) => on(day, paragraphs.join('\n\n'));

const AFGHANISTAN = wire('2020-10-13',
  'KABUL, Oct. 12 (Xinhua) -- Seven policemen were killed when Taliban militants stormed a checkpoint in Ghazni province, a provincial spokesman said.',
  'Four attackers were also killed in the gunfight that lasted two hours, the spokesman added.');
const SOMALIA = wire('2019-02-04',
  'MOGADISHU, Feb 3 (Reuters) - A car bomb killed at least nine people near a market in Kismayo, police said.',
  'Another 15 people were wounded and taken to the city hospital, a police officer said.',
  'Al Shabaab has killed more than 200 people in the region since the start of the year, officials said.');
const DRC = wire('2017-05-22',
  'KINSHASA, May 21 (AFP) - Militiamen killed 11 villagers in an attack on a village in Kasai province, a local official said.',
  'Some 3,000 residents fled into the bush, he said.',
  'On May 18, the militia had killed 6 soldiers at a roadblock near Tshikapa, the army said.');

describe('a dateline\'s day dates the undated figures of the paragraphs after it', () => {
  it('Afghanistan (Xinhua), published the next day', () => expect(periodOf(AFGHANISTAN, 'killed', 4)).toEqual(['2020-10-12', '2020-10-12']));
  it('Somalia (Reuters), the wounded', () => expect(periodOf(SOMALIA, 'injured', 15)).toEqual(['2019-02-03', '2019-02-03']));
  it('DRC (AFP), the displaced', () => expect(periodOf(DRC, 'displaced', 3000)).toEqual(['2017-05-21', '2017-05-21']));
});

describe('what the dateline\'s day does not date', () => {
  it('a running total runs to the report\'s day', () => expect(periodOf(SOMALIA, 'killed', 200)).toEqual(['2019-01-01', '2019-02-04']));
  it('a later paragraph\'s own date dates it', () => expect(periodOf(DRC, 'killed', 6)).toEqual(['2017-05-18', '2017-05-18']));
});
