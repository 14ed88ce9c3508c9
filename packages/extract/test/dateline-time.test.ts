/**
 * A dateline opening the story's first line dates the story; any other time phrase of the sentence it opens dates a
 * figure before it does: "YANGON, March 4 (Reuters) - X said on Sunday it took Y" dates the taking by "on Sunday".
 * Sentences written for this file, in several wars and agencies' styles.
 */
import { describe, expect, it } from 'vitest';
import { extract as facts } from './helpers.ts';

describe('a dateline is the last phrase to date a figure of its sentence', () => {
  it.each([
    ['wire, Myanmar, said on', 'YANGON, March 4, 2024 (Reuters) - The Arakan Army said on Sunday it had captured 14 junta outposts in Rakhine State.', 'captured', 'on Sunday'],
    ['outlet, Ukraine, said on', 'Kharkiv, 4 May 2022 — Russian shelling killed three civilians in Izium, the governor said on Tuesday.', 'killed', 'on Tuesday'],
    ['outlet, Sudan, day first', 'June 14, 2024 (EL OBEID) - At least 11 people were killed when drones struck the market, medics said on Thursday.', 'killed', 'on Thursday'],
    ['wire, Yemen, no other time', 'ADEN, Jan. 21 (Xinhua) -- Clashes killed 17 fighters in Taiz province, a military official said.', 'killed', 'Jan. 21'],
  ])('%s', (_case, text, category, time) => {
    const found = facts(text).filter((f) => f.category === category);
    expect(found.length).toBe(1);
    expect(found[0]!.time_phrase).toBe(time);
  });

  it('a story line after the opening keeps its own date', () => {
    const text = 'GOMA, Feb 3 (AFP) - Rebels seized the town of Sake on Saturday, residents said.';
    expect(facts(text).find((f) => f.category === 'captured')?.time_phrase).toBe('on Saturday');
  });
});
