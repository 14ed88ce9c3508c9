/**
 * A figure in the relative clause of an event that a "since" phrase names is what that event did, on its day: in
 * "Thousands have fled since Tuesday's attack on the market, which killed 40 people" the 40 died on Tuesday. The
 * "since" dates the main clause's running total (the fleeing), not the clause's deaths; before, the deaths were read
 * as a running total from Tuesday or, across the comma, as a figure of the report's day. Sentences written for this
 * file, in several genres and wars.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const dated = (s: string, value: number) => {
  const f = extract(s).find((x) => x.quantity?.value === value);
  return f ? [f.time_phrase, f.cumulative] : null;
};

describe('a figure in the clause of a "since" phrase\'s event is dated by the event, not counted from it', () => {
  it.each([
    ['outlet, Sudan: ", which killed"',
      'Thousands of people have fled Kass since Tuesday\'s attack on its market, which killed at least 40 people, residents said.', 40, ['Tuesday', false]],
    ['wire, Gaza: "that killed" after the closing day',
      'Aid agencies have warned of a collapse of services since the strike on a hospital in Gaza City on Tuesday that killed 471 people, officials said.', 471, ['on Tuesday', false]],
    ['outlet, Myanmar: ", in which"',
      'Villagers have stayed away from their homes since Wednesday\'s raid on Let Yet Kone, in which soldiers killed 17 people, a local official said.', 17, ['Wednesday', false]],
    ['UN report, Ethiopia: "last week"',
      'More than 5,000 people have fled to Gondar since last week\'s assault on Adi Arkay, which killed 30 civilians, according to aid workers.', 30, ['last week', false]],
    ['think-tank, Ukraine: a calendar day',
      'Residents have been returning to Izium since the counteroffensive on 10 September, in which 2,000 Russian troops were killed, officials said.', 2000, ['on 10 September', false]],
  ])('%s', (_genre, s, value, want) => expect(dated(s, value)).toEqual(want));

  it('the main clause\'s figure still runs from the event', () => {
    expect(dated('More than 5,000 people have fled to Gondar since last week\'s assault on Adi Arkay, which killed 30 civilians.', 5000)).toEqual(['since last week', true]);
  });

  it('a day the clause gives itself dates its figure', () => {
    expect(dated('Thousands have fled Marib since the Houthi offensive on the city, which killed 23 soldiers on 4 March, officials said.', 23)).toEqual(['on 4 March', false]);
  });

  it.each([
    ['Myanmar', 'Thousands have fled Lashio since the air strikes on 3 July, which have killed more than 60 civilians, residents said.', 60],
    ['Ethiopia', 'Aid deliveries have stopped since last month\'s raid on Adi Arkay, which has displaced 20,000 people, aid workers said.', 20000],
    ['Sudan', 'Fuel prices have tripled since the fighting of mid-April, in which at least 1,100 people have been killed, according to medics.', 1100],
  ])('a perfect in the clause counts up to now: not dated by the event\'s day (%s)', (_war, s, value) => {
    // Read as before: the running total from the event, or a figure of the report's day; never the event's own day.
    expect(dated(s, value)?.[0]).toMatch(/^(?:since\b.*)?$/i);
  });

  it.each([
    ['India', 'Shops have stayed shut in the district since Tuesday night in Moreh, where two men were killed, police said.', 2],
    ['Sudan', 'Residents have been leaving Nyala since the violence of 3 May, in which at least 45 people were killed, medics said.', 45],
  ])('a place\'s clause or a campaign that runs on is not the event of the day (%s)', (_war, s, value) => {
    expect(dated(s, value)?.[0]).not.toMatch(/^(?:Tuesday night|the violence of 3 May)$/i);
  });

  it('a running total after the event, in a clause of its own, is unchanged', () => {
    expect(dated('Since Sunday\'s attack on the camp, 12 more people have died of their wounds, medics in El Fasher said.', 12)).toEqual(['Since Sunday', true]);
  });
});
