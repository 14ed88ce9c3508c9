/**
 * An encyclopedic page whose title gives its campaign's year ("Battle of X (2023)", "Y offensive (2019–2020)") may
 * tell background from years before it in a paragraph of its own ("The town was taken in 2012 ..."). That paragraph
 * keeps its own dates; the next paragraph's yearless dates ("In early October") are the campaign's, not the
 * background year's.
 */
import { describe, expect, it } from 'vitest';
import { PARAGRAPH_MARK as P, TITLE_PERIOD_MARK as T } from '@frontline/schema';
import { extract } from './helpers.ts';

const contextOf = (text: string, count: string) => extract(text).find((f) => f.count_phrase === count)?.time_context;

describe('a background paragraph before the title\'s year does not move the story', () => {
  it.each([
    ['encyclopedic, Mali',
      'Battle of Kidal (2023)\n\nThe Battle of Kidal was fought between the Malian army and rebel groups.\n\n' +
        'The town was taken in 2012 by rebels, who held it for a decade.\n\nOn 14 November, clashes killed 12 rebels.',
      '12', ['in 2023', P]],
    ['encyclopedic, Libya',
      'Tarhuna offensive (2019–2020)\n\nThe offensive pitted GNA forces against the Kaniyat militia.\n\n' +
        'The Kaniyat had seized the town in 2015 and ruled it since.\n\nIn early June, GNA forces captured 4 villages near the town.',
      '4', ['2019–2020', P, P, P, T, '2019–2020']],
    ['encyclopedic, Iraq',
      '2016 Qayyarah offensive\n\nIraqi forces advanced south of Mosul.\n\nIn June 2014, ISIS fighters overran Qayyarah.\n\n' +
        'On 25 August, an airstrike killed 17 ISIS fighters near the town.',
      '17', ['in 2016', P]],
  ])('%s', (_genre, text, count, chain) => {
    expect(contextOf(text, count)).toEqual(chain);
  });

  it('within the background paragraph, its own year still dates what follows', () => {
    const text = 'Battle of Baiji (2015)\n\nThe battle was fought for the refinery.\n\n' +
      'In 2014, ISIS laid siege to the refinery. On 18 June, militants killed 9 guards.\n\nOn 3 April, troops retook 5 villages.';
    expect(contextOf(text, '9')).toEqual(['In 2014']);
    expect(contextOf(text, '5')).toEqual(['in 2015', P]);
  });

  it('a year after the title\'s, or a page whose title names no year, moves the story as before', () => {
    expect(contextOf('Battle of Marawi (2017)\n\nThe battle began in May.\n\nIn 2018, rebuilding began.\n\nOn 4 June, strikes killed 6 people.', '6'))
      .toEqual(['In 2018', P]);
    expect(contextOf('Siege of Kobani\n\nThe siege drew wide attention.\n\nIn 2012, the YPG took the town.\n\nOn 4 October, ISIS killed 8 fighters.', '8'))
      .toEqual(['In 2012', P]);
  });
});
