/**
 * Wire dating (issue 9, fourth round of fresh wire copy). Two constructions of wire copy:
 * - "The attack on Tuesday came a day after two soldiers were killed": the "after" step dates its own clause a day
 *   before the subject's day; the story stays on that day, so the next undated figure is Tuesday's, not Wednesday's.
 * - a later paragraph that opens a new thread undated ("Meanwhile, rebels shelled a village, killing eight") and dates
 *   it in its next sentence ("Residents said the shelling began late Sunday"): the summary takes that day, as a lead
 *   does, not a day an earlier paragraph gave some other event.
 * Every text is written for this file (other wars, places and numbers than the fresh texts; none from the corpus); each
 * runs through ingest, extract and normalize as the pipeline does, the publication date in front matter.
 */
import { describe, expect, it } from 'vitest';
import { on, periodOf, type Case } from './dated-text.ts';

const CAME_AFTER: Case[] = [
  // Published Thursday 2022-05-12: "on Wednesday" is 2022-05-11; the ambush a day before, 2022-05-10.
  ['wire (Afghanistan): the sentence after "came a day after" stays on Wednesday',
    on('2022-05-12', [
      'KABUL (AFP) - Taliban fighters shelled a village in Panjshir, killing six civilians, residents said.',
      'The shelling on Wednesday came a day after 4 Taliban fighters were killed in an ambush near the village. ' +
        'Eleven people were wounded in the shelling, a local doctor said.',
    ].join('\n\n')),
    'injured', 11, ['2022-05-11', '2022-05-11']],
  ['wire (Afghanistan): the clause\'s own figure is a day before',
    on('2022-05-12', [
      'KABUL (AFP) - Taliban fighters shelled a village in Panjshir, killing six civilians, residents said.',
      'The shelling on Wednesday came a day after 4 Taliban fighters were killed in an ambush near the village.',
    ].join('\n\n')),
    'killed', 4, ['2022-05-10', '2022-05-10']],
  // Published Monday 2019-09-16: "on Saturday" is 2019-09-14.
  ['wire (Burkina Faso): "comes two days after", the next paragraph stays on Saturday',
    on('2019-09-16', [
      'OUAGADOUGOU (Reuters) - Gunmen attacked a convoy near Djibo on Saturday, the army said.',
      'The raid comes two days after jihadists stormed a market in the north of the country.',
      'Nine soldiers were killed in the raid, a security source said.',
    ].join('\n\n')),
    'killed', 9, ['2019-09-14', '2019-09-14']],
];

// Published Friday 2021-02-19: an earlier paragraph's "on Wednesday" dates an envoy's visit, not the shelling.
const SHELLED = on('2021-02-19', [
  'MOGADISHU (AP) - Fighting for the town of Beledweyne has forced 12,000 people from their homes, the U.N. said on Thursday.',
  'The U.N. envoy arrived in Mogadishu on Wednesday for talks with the government.',
  'Meanwhile, residents said militants have shelled a camp near Jowhar, killing at least 7 civilians. ' +
    'The shells struck the camp late Tuesday, a camp leader said.',
].join('\n\n'));

// Published Sunday 2016-08-14.
const RAIDED = on('2016-08-14', [
  'DAMASCUS (Xinhua) - Government forces pushed into the southern outskirts of Aleppo on Saturday, state media said.',
  'In another development, warplanes struck a market in Maarat al-Numan, killing 16 people. ' +
    'The strikes hit the market late Friday, activists said.',
].join('\n\n'));

const PARAGRAPH_LEAD: Case[] = [
  ['wire (Somalia): a "Meanwhile" paragraph dated by its next sentence\'s "late Tuesday"', SHELLED, 'killed', 7, ['2021-02-16', '2021-02-16']],
  ['wire (Syria): "In another development" dated by its next sentence\'s "late Friday", not the lead\'s Saturday', RAIDED, 'killed', 16, ['2016-08-12', '2016-08-12']],
];

const NOT_MOVED: Case[] = [
  // A calendar date in the next sentence dates another event, not the summary: it keeps the report's day.
  ['wire (Ukraine): a later sentence\'s calendar date does not date the paragraph\'s summary',
    on('2022-04-06', [
      'KYIV (AP) - Russian forces pulled back from towns north of the capital, officials said on Tuesday.',
      'Separately, shelling killed 5 civilians in Kharkiv. The city had been shelled on 24 February too, residents said.',
    ].join('\n\n')),
    'killed', 5, ['2022-04-06', '2022-04-06']],
  // The next sentence's day is its own figure's, another incident: the summary keeps the lead's Monday.
  ['wire (Ukraine): a later sentence that dates its own figure does not date the summary',
    on('2022-07-12', [
      'Rockets hit Donetsk region towns',
      'KRAMATORSK, Ukraine (AP) - Russian rockets hit Kramatorsk on Monday, the regional governor said.',
      'In Bakhmut, a shell destroyed a school and at least 9 people are believed to have died. ' +
        'In shelling on Saturday, 4 people were killed in Sloviansk, the governor said.',
    ].join('\n\n')),
    'killed', 9, ['2022-07-11', '2022-07-11']],
  // A step that opens the main clause still moves the story: "Two days after X, Y" is two days on.
  ['encyclopedic-style news (Iraq): "Two days after" opening the clause moves the story on',
    on('2016-10-25', [
      'ERBIL (Reuters) - Iraqi troops entered Bartella on Thursday, officers said.',
      'Two days after the town fell, the army took the village of Tob Zawa, and 8 militants were killed there, they said.',
    ].join('\n\n')),
    'killed', 8, ['2016-10-22', '2016-10-22']],
];

describe('wire copy: a "came N days after" step and a paragraph summarised before it is dated', () => {
  it.each([...CAME_AFTER, ...PARAGRAPH_LEAD, ...NOT_MOVED])('%s', (_name, text, category, value, period) =>
    expect(periodOf(text, category, value)).toEqual(period));
});
