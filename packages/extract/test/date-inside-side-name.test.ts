/**
 * A side whose name holds a date ("March 23 Movement", "14 March Alliance"): the date is part of a name the actor
 * registry knows, not a time phrase. An infobox's belligerents line naming such a side must not become the page's
 * first date (its casualty lines then wait for the lead's span), and a sentence naming it keeps its own date.
 * Sentences written for the rule; none from the corpus or the fresh texts.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const timesOf = (text: string) => extract(text).map(brief).map((f) => f.time);

describe('a date inside a side\'s name is no time phrase', () => {
  it('keeps the sentence\'s own date (DRC, wire)', () => {
    expect(timesOf('The March 23 Movement seized Rumangabo in June 2013.')).toEqual(['in June 2013']);
  });

  it('leaves a sentence with no other date undated (DRC, outlet)', () => {
    expect(timesOf('Fighters of the March 23 Movement captured Kiwanja.')).toEqual(['']);
  });

  it('an infobox line naming the side does not date the casualty lines (DRC, encyclopedic)', () => {
    const text = 'Rutshuru campaign\nBelligerents\nMarch 23 Movement\nCasualties and losses\n410 killed\n\n' +
      'The Rutshuru campaign was fought in North Kivu between 6 May 2012 and 30 October 2013.';
    const toll = extract(text).find((f) => f.count_phrase === '410');
    expect(toll?.time_context.join(' ')).not.toContain('March 23');
    expect(toll?.time_context.join(' ')).toContain('between 6 May 2012 and 30 October 2013');
  });

  it('a date before another side\'s name is still a date (Ukraine)', () => {
    expect(timesOf('On March 23 Russian forces took Izium.')).toEqual(['On March 23']);
  });
});
