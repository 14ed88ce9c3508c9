/**
 * A running total stated on a dated day (issue 9): "On 1 March, the health minister said 16 children had been killed
 * since 24 February" runs to the statement's day, 1 March, not to the publication day. The statement's date is the
 * phrase that governs the saying verb ("said on Tuesday", an opening "On 1 March, X said", "Speaking on Tuesday",
 * "In a statement on 3 May"); "as of <date>" in the same sentence wins over it. An incident keeps its own date, a
 * statement dated after the report is ignored, and a date before an incident's figure dates that incident, not the
 * statement. Every text is written for this file (none from the corpus), in several genres and wars.
 */
import { describe, expect, it } from 'vitest';
import { on, periodOf, type Case } from './dated-text.ts';

const ENDS_ON_STATEMENT: Case[] = [
  ['outlet (Ukraine): an opening calendar date before "said"',
    on('2022-03-04', 'On 1 March, the health minister said 16 children had been killed since 24 February.'),
    'killed', 16, ['2022-02-24', '2022-03-01']],
  ['wire (Sudan): "Speaking on Tuesday", published on Thursday',
    on('2023-05-11', 'Speaking on Tuesday, the governor of West Darfur said 40 civilians have died in El Geneina since the offensive began on April 24.'),
    'killed', 40, ['2023-04-24', '2023-05-09']],
  ['UN statement (Gaza): "In a statement on 18 May, OCHA said"',
    on('2021-05-20', 'In a statement on 18 May, OCHA said 52,000 people had been displaced in Gaza since 10 May.'),
    'displaced', 52000, ['2021-05-10', '2021-05-18']],
  ['monitor (Syria): "said on Tuesday that" before a total since a date',
    on('2020-01-02', 'The Syrian Observatory for Human Rights said on Tuesday that 144 civilians had been killed in Idlib since the 25th of December.'),
    'killed', 144, ['2019-12-25', '2019-12-31']],
  ['wire (Ukraine): the statement\'s day after the figure, "the UN rights office said on Monday"',
    on('2022-03-08', 'At least 406 civilians have been killed since the invasion began on February 24, the UN human rights office said on Monday.'),
    'killed', 406, ['2022-02-24', '2022-03-07']],
  ['monitor (Myanmar): "as of" wins over the statement\'s day',
    on('2021-07-05', 'As of 30 June, 883 people had been killed since 1 February, the Assistance Association for Political Prisoners said on 2 July.'),
    'killed', 883, ['2021-02-01', '2021-06-30']],
];

const KEEPS_ITS_DATE: Case[] = [
  ['wire (Sudan): "said on Tuesday that 12 were killed on Monday" keeps Monday',
    on('2023-05-11', 'The governor said on Tuesday that 12 people were killed in Nyala on Monday.'),
    'killed', 12, ['2023-05-08', '2023-05-08']],
  ['UN statement (Gaza): a statement dated after the report is ignored',
    on('2023-05-01', 'In a statement on 3 May 2024, OCHA said 900 people had been displaced in Rafah since 15 April.'),
    'displaced', 900, ['2023-04-15', '2023-05-01']],
  ['outlet (Ukraine): an opening date before an incident\'s figure dates the incident, not the statement',
    on('2022-03-04', 'On 2 March, shelling killed 5 people in Kharkiv, and 60 civilians have been killed in the city since 24 February, officials said.'),
    'killed', 60, ['2022-02-24', '2022-03-04']],
  ['monitor (Syria): a total since a date with an undated statement runs to the report\'s day',
    on('2020-01-02', 'The Syrian Observatory for Human Rights said 230 civilians had been killed in Idlib since the 25th of December.'),
    'killed', 230, ['2019-12-25', '2020-01-02']],
];

describe('a running total ends on the day it was stated', () => {
  it.each(ENDS_ON_STATEMENT)('%s', (_name, text, category, value, period) => expect(periodOf(text, category, value)).toEqual(period));
});

describe('only a running total, and only a statement dated by the report', () => {
  it.each(KEEPS_ITS_DATE)('%s', (_name, text, category, value, period) => expect(periodOf(text, category, value)).toEqual(period));
});
