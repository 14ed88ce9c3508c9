/**
 * News dating (issue 9, probes of outside news pages and dev outlets): "The raid came six months after a similar one
 * ...", "It comes two months after ...". A subject that came N months after an earlier event looks back to that event;
 * the story stays on its own day, as it does after "came a day after" (days-after-step.test.ts). Without months in the
 * step, the look-back phrase took the story's place and the figures of later paragraphs lost the incident's day.
 * Every text is written for this file (several genres and wars; none from the corpus or the probe pages).
 */
import { describe, expect, it } from 'vitest';
import { on, periodOf, type Case } from './dated-text.ts';

// Guards: the step does not move the story, with months in it as without.
const STAYS: Case[] = [
  // Saturday 2024-06-08: "Wednesday's attack" is 2024-06-05.
  ['regional outlet (Sudan): the next paragraph keeps the attack\'s Wednesday',
    on('2024-06-08', [
      'Residents of Wad al-Nourah buried their dead after Wednesday\'s attack on the village, in which RSF fighters killed 104 people. The raid came six months after a similar one in the same locality.',
      'A survivor said 35 people were killed near the mosque.',
    ].join('\n\n')),
    'killed', 35, ['2024-06-05', '2024-06-05']],
  // Thursday 2023-04-13: "on Tuesday" is 2023-04-11.
  ['wire (Myanmar): "comes three months after" leaves the story on Tuesday',
    on('2023-04-13', [
      'BANGKOK (AP) - Military jets bombed a ceremony in a village of Sagaing region on Tuesday, witnesses said. The attack comes three months after soldiers burned a nearby town.',
      'Another 30 people were wounded in the bombing, a rescue worker said.',
    ].join('\n\n')),
    'injured', 30, ['2023-04-11', '2023-04-11']],
  // Tuesday 2022-03-15: "on Sunday" is 2022-03-13.
  ['wire (Yemen): "It came two months after" and the doctors\' figure of Sunday',
    on('2022-03-15', [
      'ADEN (Reuters) - Houthi drones struck a military parade in Lahj on Sunday, killing 12 soldiers, officials said. It came two months after a similar strike on the same base.',
      'Doctors at the city hospital said 25 soldiers were wounded.',
    ].join('\n\n')),
    'injured', 25, ['2022-03-13', '2022-03-13']],
];

const INSIDE: Case[] = [
  // The clause's own figure is months before the subject's day: Monday 2023-10-09 less three months.
  ['outlet (Sahel): a figure inside "came three months after" is three months before',
    on('2023-10-11', [
      'BAMAKO - Jihadists attacked an army camp near Boni on Monday, a local official told our correspondent. The assault came three months after militants killed 40 villagers in the same district.',
    ].join('\n\n')),
    'killed', 40, ['2023-07-09', '2023-07-09']],
  // Saturday 2024-08-03 (published Monday 2024-08-05) less two months.
  ['wire (Gaza): "It came two months after a strike ... killed 30" is two months before Saturday',
    on('2024-08-05', [
      'GAZA CITY (AFP) - An Israeli strike hit a school sheltering displaced families in Gaza City on Saturday. It came two months after a strike on another school killed 30 people.',
    ].join('\n\n')),
    'killed', 30, ['2024-06-03', '2024-06-03']],
  // Tuesday 2019-05-07 (published Wednesday 2019-05-08) less a month.
  ['regional outlet (Syria): "came a month after shelling killed 11" is a month before Tuesday',
    on('2019-05-08', [
      'Regime helicopters dropped barrel bombs on Kafr Nabudah on Tuesday. The bombing came a month after shelling killed 11 civilians in the town.',
    ].join('\n\n')),
    'killed', 11, ['2019-04-07', '2019-04-07']],
];

describe('a subject that came N months after an event keeps the story on its day', () => {
  it.each(STAYS)('%s', (_name, text, category, value, period) => {
    expect(periodOf(text, category, value)).toEqual(period);
  });
  it.each(INSIDE)('%s', (_name, text, category, value, period) => {
    expect(periodOf(text, category, value)).toEqual(period);
  });
});
