/**
 * "Rebels ambushed a convoy near Tinzaouaten between July 25 and 27. The rebel coalition claimed that it killed 47
 * soldiers.": a toll whose sentence names no place and no time of its own goes on telling the incident of the sentence
 * before in the same paragraph, and takes its place. In a new paragraph, with a time of its own or as a running total,
 * it stays placeless. Sentences written for this file, several wars and genres.
 */
import { describe, expect, it } from 'vitest';
import { facts, on } from './dated-text.ts';

const placesOf = (text: string, value: number) =>
  facts(text).filter((f) => f.kind === 'casualty' && f.count_best === value).map((f) => f.place_mentions.join('|'));

describe('a placeless toll that continues the incident before takes its place', () => {
  it.each([
    ['assessment, Mali', 'Sahel File, August 2, 2024\n\nFighters of the rebel coalition ambushed an army convoy near Anefis between July 28 and 29. ' +
      'The coalition claimed that it killed 31 soldiers.', 31, 'Anefis'],
    ['wire, Nigeria', on('2024-06-03', 'MAIDUGURI, June 3 (Reuters) - Gunmen stormed a market in Gwoza on Sunday, witnesses said. ' +
      'Police said 18 people were killed and dozens wounded.'), 18, 'Gwoza'],
    ['sitrep, Sudan', 'Sudan: Flash Update No. 9\nAs of 6 June 2024\n\nOn 5 June, RSF fighters attacked Wad an-Nura village in Gezira state. ' +
      'According to local sources, at least 100 civilians were killed.', 100, 'Wad an-Nura'],
    ['encyclopedic, Syria', 'Battle of Morek\nDate 2014\n\n## Battle\n\nOn 1 February 2014, rebels attacked army positions in Morek. ' +
      'The Syrian Observatory for Human Rights said that 14 soldiers died.', 14, 'Morek'],
  ])('%s', (_genre, text, value, place) => {
    expect(placesOf(text, value)).toEqual([expect.stringContaining(place)]);
  });

  it('stays placeless in a new paragraph, with a time of its own, or as a running total', () => {
    const text = on('2024-06-03', 'MAIDUGURI, June 3 (Reuters) - Gunmen stormed a market in Gwoza on Sunday, witnesses said.\n\n' +
      'Police said 18 people were killed. On Friday, 7 soldiers were killed in an ambush, the army said. ' +
      'The insurgency has killed 40,000 people since 2009.');
    expect(placesOf(text, 18)).toEqual(['']);
    expect(placesOf(text, 7)).toEqual(['']);
    expect(placesOf(text, 40000)).toEqual(['']);
  });
});
