/**
 * News dating (issue 9, dev wire copy and probes of outside news): "Two days after the capture of X gunmen stormed a
 * camp and killed 58", a fronted step written without its comma. The step's object is a noun phrase that names its
 * event by a place; the main clause after the name holds the figure, N days after the event the text reached. The
 * figure was read as inside the "after" part and dated N days before. Figures inside the step's own clause keep
 * that reading. Every text is written for this file (several genres and wars; none from the corpus or the probes).
 */
import { describe, expect, it } from 'vitest';
import { on, periodOf, type Case } from './dated-text.ts';

const MAIN_CLAUSE: Case[] = [
  // Friday 2023-12-22: "on Monday" is 2023-12-18, three days after it 2023-12-21.
  ['wire (Sudan): "Three days after the fall of Wad Madani RSF fighters shot dead 25"',
    on('2023-12-22', [
      'PORT SUDAN (Reuters) - Paramilitary fighters entered Wad Madani on Monday, residents said.',
      'Three days after the fall of Wad Madani RSF fighters shot dead 25 people in a village to the south, witnesses told Reuters.',
    ].join('\n\n')),
    'killed', 25, ['2023-12-21', '2023-12-21']],
  // Tuesday 2024-02-20: "on Saturday" is 2024-02-17, two days after it 2024-02-19.
  ['regional outlet (Ukraine): "Two days after the capture of Avdiivka shelling killed seven"',
    on('2024-02-20', [
      'Russian troops raised their flag over Avdiivka on Saturday, the defence ministry in Moscow said.',
      'Two days after the capture of Avdiivka shelling killed seven civilians in Selydove, the regional governor said.',
    ].join('\n\n')),
    'killed', 7, ['2024-02-19', '2024-02-19']],
  // Wednesday 2024-01-17: "on Sunday" is 2024-01-14, a day after it 2024-01-15.
  ['regional outlet (Myanmar): "A day after the fall of Paletwa junta jets killed 12"',
    on('2024-01-17', [
      'The Arakan Army seized Paletwa on Sunday, a spokesman for the group said.',
      'A day after the fall of Paletwa junta jets bombed a village in the township and killed 12 civilians, residents said.',
    ].join('\n\n')),
    'killed', 12, ['2024-01-15', '2024-01-15']],
  // Thursday 2025-01-30: "on Monday" is 2025-01-27, two days after it 2025-01-29.
  ['wire (DRC): "Two days after an attack on Goma airport shells wounded 40" (a noun phrase of several names)',
    on('2025-01-30', [
      'GOMA, Congo (AP) - M23 fighters attacked the city on Monday, local officials said.',
      'Two days after an attack on Goma Airport stray shells wounded 40 people in the Keshero district, a hospital director said.',
    ].join('\n\n')),
    'injured', 40, ['2025-01-29', '2025-01-29']],
];

// Guards: a figure inside the step's own clause or its relative clause is of the earlier event.
const STEP_CLAUSE: Case[] = [
  // Monday 2023-10-09 less three days.
  ['outlet (Sahel): "three days after militants killed 40 villagers" (a clause: no noun phrase)',
    on('2023-10-11', [
      'BAMAKO - Jihadists attacked an army camp near Boni on Monday, a local official said.',
      'The assault began three days after militants killed 40 villagers in the same district.',
    ].join('\n\n')),
    'killed', 40, ['2023-10-06', '2023-10-06']],
  // Sunday 2024-03-10 less two days: the figure is in the noun phrase's relative clause.
  ['situation report (Yemen): "two days after the strike on Hodeidah that killed 14"',
    on('2024-03-12', [
      'Houthi forces fired drones at a ship in the Red Sea on Sunday, the coalition said.',
      'The launch came two days after the strike on Hodeidah that killed 14 fishermen.',
    ].join('\n\n')),
    'killed', 14, ['2024-03-08', '2024-03-08']],
];

// "the fall of X" is the event, not the autumn: a step counted from it moves from the day the text reached.
const FALL_OF: Case[] = [
  // Thursday 2025-10-30: "on Sunday" is 2025-10-26, two days after it 2025-10-28.
  ['wire (Sudan): "Two days after the fall of El Fasher, ..." is not two days after 1 September',
    on('2025-10-30', [
      'KHARTOUM (AFP) - The Rapid Support Forces took El Fasher on Sunday after an 18-month siege, the army said.',
      'Two days after the fall of El Fasher, drone strikes killed 30 people fleeing towards Tawila, aid workers said.',
    ].join('\n\n')),
    'killed', 30, ['2025-10-28', '2025-10-28']],
  // Wednesday 2016-12-14: "on Monday" is 2016-12-12, a day after it 2016-12-13.
  ['monitor toll (Syria): "A day after the fall of Aleppo, ..."',
    on('2016-12-14', [
      'Government forces captured the last rebel districts of eastern Aleppo on Monday, the monitor said.',
      'A day after the fall of Aleppo, air strikes on Atarib killed 19 civilians, the Syrian Observatory said.',
    ].join('\n\n')),
    'killed', 19, ['2016-12-13', '2016-12-13']],
];

describe('a fronted "N days after <the event of X>" without its comma dates its main clause after the event', () => {
  it.each(MAIN_CLAUSE)('%s', (_name, text, category, value, period) => {
    expect(periodOf(text, category, value)).toEqual(period);
  });
  it.each(FALL_OF)('%s', (_name, text, category, value, period) => {
    expect(periodOf(text, category, value)).toEqual(period);
  });
  it.each(STEP_CLAUSE)('%s', (_name, text, category, value, period) => {
    expect(periodOf(text, category, value)).toEqual(period);
  });
});
