/**
 * A look back told in the pluperfect with yearless months ("The town had already been captured once before by the
 * rebels, on 10 June, but was recaptured by the army in August.") dates that earlier event only: the story stays on
 * the day it had reached (8 October), so its next "By the next day" is 9 October, not 1 September. Only a month before
 * the story's, in a paragraph that already gave a calendar date: "By 10 November, the army had retaken the villages"
 * moves the story on, and a paragraph that opens on the look back is about that earlier event and dated by it. Sentences written for this file,
 * several wars.
 */
import { describe, expect, it } from 'vitest';
import { facts } from './dated-text.ts';

const PAGE = (title: string, body: string) => `${title}\n\nThe ${title} was a campaign of the war.\n\n## Campaign\n${body}`;

describe('a pluperfect look back to an earlier month does not move the story', () => {
  it.each([
    ['Syria', PAGE('Idlib clashes (2012)', 'On 8 October, rebels attacked Maarrat al-Nu\'man. The town had already been captured once before by the rebels, ' +
      'on 10 June, but was recaptured by the army in August. By the next day, rebels captured Maar Shurin.'), 'Maar Shurin', '2012-10-09'],
    ['Iraq', PAGE('Baiji offensive (2015)', 'On 20 October, the army advanced on Baiji. ISIL had seized the refinery in April. ' +
      'Two days later, the army captured Al-Siniyah.'), 'Al-Siniyah', '2015-10-22'],
    ['Yemen', PAGE('Aden offensive (2015)', 'On 14 July, loyalist forces attacked the airport. The Houthis had taken it in March. ' +
      'The following day, loyalists captured Khor Maksar.'), 'Khor Maksar', '2015-07-15'],
  ])('%s', (_war, text, place, day) => {
    const got = facts(text).filter((f) => f.kind === 'territory' && f.place_mentions.includes(place));
    expect(got.map((f) => [f.period_start, f.period_end])).toEqual([[day, day]]);
  });

  it('a paragraph that opens on the look back is dated by it', () => {
    const text = PAGE('Idlib clashes (2012)', 'On 21 June, two soldiers were killed near Saraqib.\n\nTwo months after the raid on Taftanaz, half of its people had left. ' +
      'The town had been a centre of protests until the army ' +
      'had raided it on 3 April. Witnesses said that 62 people were killed during the raid.');
    const got = facts(text).filter((f) => f.kind === 'casualty' && f.count_best === 62);
    expect(got.map((f) => [f.period_start, f.period_end])).toEqual([['2012-04-03', '2012-04-03']]);
  });

  it('a pluperfect with a later month moves the story on', () => {
    const text = PAGE('Idlib clashes (2012)', 'On 30 October, rebels attacked the base. By 10 November, the army had retaken Hish. ' +
      'The next day, the army captured Maar Shurin.');
    const got = facts(text).filter((f) => f.kind === 'territory' && f.place_mentions.includes('Maar Shurin'));
    expect(got.map((f) => [f.period_start, f.period_end])).toEqual([['2012-11-11', '2012-11-11']]);
  });
});
