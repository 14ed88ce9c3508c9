/**
 * Wire dating (issue 9, fresh wire texts): a wire story writes one sentence a paragraph, and the roundup after a lead
 * dated by a day counted from the story's own ("on Sunday", "yesterday") is of that day, not of the publication day a
 * day later. A calendar date ("On 14 May") dates only its paragraph; a running total still runs to the report's day.
 * Every text is written for this file (other wars, places and numbers than the fresh texts; none from the corpus); each
 * runs through ingest, extract and normalize as the pipeline does, the publication date in front matter.
 */
import { describe, expect, it } from 'vitest';
import { on, periodOf, type Case } from './dated-text.ts';

// Published Tuesday 2019-06-11; the lead's "on Monday" is 2019-06-10.
const YEMEN = on('2019-06-11', [
  'ADEN, Yemen (AFP) - At least 27 people were killed in fighting around Marib on Monday, military officials said.',
  'In Sirwah district, three civilians were killed when a shell struck their house, a local official said.',
  'Eleven Huthi rebels also died in air strikes on their positions east of the city, the officials said.',
].join('\n\n'));

// Published Saturday 2021-04-17; the lead's "on Thursday" is 2021-04-15.
const MALI = on('2021-04-17', [
  'BAMAKO (Reuters) - Jihadists killed 9 soldiers in an attack on an army post in central Mali on Thursday, the army said.',
  'Five assailants were killed when troops repelled the attack near Boni, it said.',
].join('\n\n'));

// Published Wednesday 2022-03-09; "yesterday" is 2022-03-08.
const UKRAINE = on('2022-03-09', [
  'KYIV, Ukraine (AP) - Russian shelling killed 8 civilians in the town of Izium yesterday, the regional governor said.',
  'Fourteen people were wounded in the nearby village of Balakliia, he said.',
].join('\n\n'));

// Published Thursday 2023-01-19: the lead's main clause is Wednesday's; the clause after it, Monday's.
const SUDAN = on('2023-01-19', [
  'KHARTOUM (AFP) - Army jets pounded Nyala on Wednesday after paramilitaries overran a base on Monday, witnesses said.',
  'At least 13 civilians were killed in the city, a medical source said.',
].join('\n\n'));

const CARRIED: Case[] = [
  ['wire (Sudan): the lead\'s first day, not its "after" clause\'s, dates the next paragraph', SUDAN, 'killed', 13, ['2023-01-18', '2023-01-18']],
  ['wire (Yemen): the roundup after "on Monday" is of Monday', YEMEN, 'killed', 3, ['2019-06-10', '2019-06-10']],
  ['wire (Yemen): a second paragraph later, still Monday', YEMEN, 'killed', 11, ['2019-06-10', '2019-06-10']],
  ['wire (Mali): "it said" after a lead of Thursday, published Saturday', MALI, 'killed', 5, ['2021-04-15', '2021-04-15']],
  ['wire (Ukraine): "yesterday" carries to the next paragraph', UKRAINE, 'injured', 14, ['2022-03-08', '2022-03-08']],
];

const NOT_CARRIED: Case[] = [
  ['sitrep (Sudan): a calendar date dates its paragraph only; the next figure is the report\'s',
    on('2023-06-20', 'On 14 June, shelling hit the market in El Obeid.\n\nSome 40 people were injured in Kadugli, the health ministry said.'),
    'injured', 40, ['2023-06-20', '2023-06-20']],
  ['wire (Myanmar): a running total runs to the report\'s day, not to the lead\'s Sunday',
    on('2023-11-07', 'Fighting killed 12 civilians in Lashio on Sunday, residents said.\n\nIn total, more than 90 civilians have been killed in the state, the group said.'),
    'killed', 90, ['2023-11-07', '2023-11-07']],
];

describe('a wire lead\'s news day dates the roundup after it, and only what it should', () => {
  it.each([...CARRIED, ...NOT_CARRIED])('%s', (_name, text, category, value, period) => expect(periodOf(text, category, value)).toEqual(period));
});
