/**
 * "X said during a press conference: “...”" opens what X reports (issue 9, monitors' tolls as agencies carry them): a
 * colon after the saying verb's own clause makes its figures X's, not those of an agency named earlier in the
 * sentence ("Anadolu reported that the ministry's spokesman said at a briefing: “The toll has reached 7,000”").
 * Every sentence is written for this file, in several genres and wars; none comes from the fresh texts or the corpus.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const facts = (text: string) => extract(text).map(brief);

describe('said ...: “N”', () => {
  it.each([
    ['agency copy, Gaza', 'Anadolu reported that the health ministry spokesman said at a briefing: “The toll in Rafah has reached 412, including 150 children.”', 412, /spokesman/i],
    ['outlet, Sudan', 'Radio Dabanga reported that the network’s spokesperson said on Sunday: “The shelling of El Fasher killed 26 civilians.”', 26, /spokesperson/i],
    ['agency copy, Ukraine', 'Ukrinform reported that the regional governor said in a video address: “Nine civilians were injured in Kherson overnight.”', 9, /governor/i],
    ['wire, Myanmar', 'AFP reported that a junta spokesman said on state television: “Security forces killed 31 insurgents near Myawaddy.”', 31, /spokesman/i],
  ])('%s', (_genre, text, value, speaker) => {
    const found = facts(text).find((f) => f.value === value);
    expect(found?.reporters).toHaveLength(1);
    expect(found?.reporters[0]).toMatch(speaker);
  });

  it('a closing "said" without a colon still covers the figure before it', () => {
    const found = facts('Twelve civilians were killed in Idlib, the rescuers said on Monday.').find((f) => f.value === 12);
    expect(found?.reporters.join(' ')).toMatch(/rescuers/i);
  });
});
