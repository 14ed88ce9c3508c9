/**
 * A weekday joined to a word of a newspaper's name ("Daily Trust Saturday", "The Sunday Times", "Sunday Nation";
 * date-words.csv `edition_word`) names the paper's edition, not the day of anything the sentence tells: it is no time
 * phrase and never becomes the day a story's undated figures carry. A weekday beside the paper with a preposition
 * ("The Times said on Sunday") keeps its day. Sentences written for the rule; none from the corpus or the probe pages.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const timesOf = (text: string) => extract(text).map(brief).map((f) => f.time);

describe('a weekday in a newspaper\'s name is no time phrase', () => {
  it('a regional outlet naming itself keeps the sentence\'s own day (Nigeria, outlet)', () => {
    expect(timesOf('Daily Trust Saturday learnt that bandits killed 12 villagers in Maru on Wednesday.')).toEqual(['on Wednesday']);
  });

  it('a paper cited by a wire leaves the sentence undated (Sudan, wire)', () => {
    expect(timesOf('The Sunday Times reported that 40 people were killed in El Fasher.')).toEqual(['']);
  });

  it('the weekday may open the name (Somalia, regional outlet)', () => {
    expect(timesOf('Sunday Nation established that al-Shabaab fighters killed nine police officers in Mandera.')).toEqual(['']);
  });

  it('a bare weekday of the story stays beside the paper\'s name (Ukraine, wire)', () => {
    expect(timesOf('Russian forces shelled Kherson Saturday, killing three civilians, the Sunday Telegraph reported.')).toEqual(['Saturday']);
  });

  it('a weekday after a preposition is the saying\'s day (Gaza, outlet)', () => {
    const times = timesOf('The Times said on Sunday that 300 families fled Rafah.');
    expect(times).toEqual(['on Sunday']);
  });

  it('an edition line atop a feature is not the day its undated figures carry (Nigeria, outlet)', () => {
    const text = 'Sunday Trust\n\nHow gunmen razed four Katsina villages\n\nSunday Trust gathered that residents are still counting ' +
      'their losses.\n\nOne villager said the attackers killed 17 people and burned the granaries.';
    const toll = extract(text).find((f) => f.count_phrase === '17');
    expect(toll?.time_context.join(' ')).not.toMatch(/Sunday/);
  });
});
