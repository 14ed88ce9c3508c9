/**
 * "The Syrian army shelled Aleppo before dawn on Wednesday, killing 12 people": "before" or "after" a time of day
 * ("dawn", "midnight", "nightfall"; date-words.csv `time_of_day`) is a time phrase, not a clause of its own, so the
 * participle's subject is still the main clause's and the side that killed is kept. Every sentence is written for
 * this file, in several wars and genres.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const sides = (text: string) => extract(text).map(brief).map((f) => [f.value, f.actor]);

describe('a time of day after "before" or "after" opens no clause', () => {
  it.each([
    ['outlet, Syria', 'The Syrian army shelled Aleppo before dawn on Wednesday, killing 12 people.', [12, 'Syrian army']],
    ['wire, Ukraine', 'Russian forces shelled Kherson shortly after midnight, killing three civilians, the governor said.', [3, 'Russian forces']],
    ['wire, Somalia', 'Al-Shabaab fighters stormed the village after nightfall, killing nine herders, elders said.', [9, 'Al-Shabaab']],
    ['outlet, Nigeria', 'Boko Haram gunmen attacked Gajiram before daybreak on Sunday, killing 20 people, residents said.', [20, 'Boko Haram']],
  ])('%s', (_genre, text, fact) => {
    expect(sides(text)).toContainEqual(fact);
  });
});
