/**
 * "By the third day of the offensive, the PMF had captured 17 villages": a day counted from the campaign's launch, which
 * the narrative dated earlier ("launched their offensive ... on 25 April"), not the day the story had reached (the
 * 26th). Long campaign narratives write it for a tally at a day's end. Sentences written for this file, several wars.
 */
import { describe, expect, it } from 'vitest';
import { facts } from './dated-text.ts';

const NARRATIVE = (title: string, body: string) => `${title}\n\nThe ${title} was a campaign of the war.\n\n## Campaign\n${body}`;

const periodOfCount = (text: string, count: number) =>
  facts(text).filter((f) => f.count_best === count).map((f) => [f.period_start, f.period_end]);

describe('"the Nth day of the offensive" counts from the launch the text dated', () => {
  it.each([
    ['Iraq', NARRATIVE('Hatra offensive (2017)', 'The PMF launched their offensive against ISIL on 25 April. On 26 April, the PMF captured Hatra. By the third day of the offensive, the PMF had captured 17 villages.'), 17, '2017-04-27'],
    ['Syria', NARRATIVE('Hama offensive (2017)', 'On 3 March, the army launched an operation against the rebels. On 4 March, the army captured Taybat al-Imam. On the fifth day of the operation, the army captured 6 villages.'), 6, '2017-03-07'],
    ['Libya', NARRATIVE('Sirte offensive (2016)', 'The offensive began on 12 May. On 13 May, the GNA forces entered Abu Grein. By the end of the second day, they had captured 4 villages.'), 4, '2016-05-13'],
    ['Karabakh', NARRATIVE('Karabakh offensive (2020)', 'The offensive was launched on 27 September. On 28 September, Azerbaijani forces captured Talish. By the third day of the offensive, they had captured 7 villages.'), 7, '2020-09-29'],
    ['Yemen', NARRATIVE('Marib offensive (2021)', 'The Houthis mounted a new assault on the city on 7 February. The next day they shelled the dam. On the fourth day of the assault, 40 fighters were killed near Sirwah.'), 40, '2021-02-10'],
  ])('%s', (_war, text, count, day) => {
    expect(periodOfCount(text, count)).toEqual([[day, day]]);
  });

  it('sets the day the story has reached: a later "during the day" is that day', () => {
    const text = NARRATIVE('Hatra offensive (2017)', 'The PMF launched their offensive against ISIL on 25 April. On 26 April, the PMF captured Hatra. By the third day of the offensive, the PMF had captured 17 villages. They also took over 3 villages in the region during the day.');
    expect(periodOfCount(text, 3)).toEqual([['2017-04-27', '2017-04-27']]);
  });

  it('without a dated launch the phrase dates nothing: the fact keeps the day the story had reached', () => {
    const text = NARRATIVE('Hama offensive (2017)', 'On 4 March, the army captured Taybat al-Imam. On the fifth day of the operation, the army captured 6 villages.');
    expect(periodOfCount(text, 6)).toEqual([['2017-03-04', '2017-03-04']]);
  });

  it('"the first day of the month" is no campaign day', () => {
    const text = NARRATIVE('Hama offensive (2017)', 'On 3 March, the army launched an operation against the rebels. On 9 March, the army captured Souran. On the first day of the month, 6 soldiers had been killed in Hama.');
    expect(periodOfCount(text, 6).every(([, end]) => end !== '2017-03-03')).toBe(true);
  });
});
