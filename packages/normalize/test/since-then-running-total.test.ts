/**
 * "Since then" counts a running total from the date the text has reached, to the report's day: after "at war since
 * 2014 when rebels seized the capital", "Since then, 18,000 civilians have been killed" runs from 2014, not from the
 * report's day alone (a fresh monitor's toll closed its background paragraph so). Every text is written for this
 * file, in several wars; none comes from the corpus or the fresh texts.
 */
import { describe, expect, it } from 'vitest';
import { on, periodOf, type Case } from './dated-text.ts';

const CASES: Case[] = [
  ['monitor (Yemen): a war\'s start year', on('2021-03-15',
    'Yemen has been at war since 2014 when Houthi rebels seized Sanaa.\n\nSince then, 18,000 civilians have been killed by air raids, the project said.'),
  'killed', 18000, ['2014-01-01', '2021-03-15']],
  ['wire (Sudan): a month named before', on('2023-09-02',
    'Fighting between the army and the RSF erupted in Khartoum in April.\n\nSince then, more than 5,000 people have been killed, the UN said.'),
  'killed', 5000, ['2023-04-01', '2023-09-02']],
  ['outlet (DRC): "since that time" after a day', on('2024-02-20',
    'M23 rebels seized the town of Shasha on 1 February.\n\nSince that time, some 135,000 people have fled towards Goma, officials said.'),
  'displaced', 135000, ['2024-02-01', '2024-02-20']],
  ['monitor (Yemen): a monthly toll\'s title period is not what "since then" points back to', on('2021-04-02',
    'Air raids killed 50 civilians in Yemen in March\n\nThe project said air raids killed 50 civilians in Yemen in March.\n\n' +
    'Yemen has been at war since 2014 when Houthi rebels seized Sanaa.\n\nSince then, 18,000 civilians have been killed by air raids.'),
  'killed', 18000, ['2014-01-01', '2021-04-02']],
];

/**
 * "since the attack", "since the massacre", "since the fighting began": an incident or a bout of fighting the text has
 * dated points back as "since then" does (nlp SINCE_BACK): from the incident's day to the report's, not the incident's
 * day alone. Without the rule the figure took the day the sentence before had reached.
 */
const SINCE_INCIDENT: Case[] = [
  ['outlet (Mali): "since the attack" after a weekday', on('2023-06-09',
    'Gunmen attacked the village of Tamba on Wednesday, burning dozens of homes.\n\nSome 3,400 residents have fled the area since the attack, the mayor said.'),
  'displaced', 3400, ['2023-06-07', '2023-06-09']],
  ['sitrep (Burkina Faso): "since the massacre" after a dated day', on('2024-09-05',
    'On 24 August, militants killed scores of civilians digging trenches near Barsalogho.\n\nSince the massacre, more than 11,000 people have left the commune, according to local authorities.'),
  'displaced', 11000, ['2024-08-24', '2024-09-05']],
  ['monitor (Sudan): "since the fighting began" after a month', on('2024-07-10',
    'Fighting between the army and the RSF reached Sennar state in June.\n\nThe monitor has recorded 312 civilian deaths in the state since the fighting began.'),
  'killed', 312, ['2024-06-01', '2024-07-10']],
];

describe('"since then", "since the attack" run from the date the text has reached', () => {
  it.each([...CASES, ...SINCE_INCIDENT])('%s', (_name, text, category, value, period) => expect(periodOf(text, category, value)).toEqual(period));
});
