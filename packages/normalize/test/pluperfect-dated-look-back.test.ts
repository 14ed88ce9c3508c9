/**
 * A look back told in the pluperfect to a month with its year ("ISIL released the hostages it had seized during an
 * earlier offensive in February 2015", in a story that has reached 23 February 2016) dates that earlier event only:
 * the story's next yearless date ("Early on 24 February") keeps the story's year. A pluperfect to a later month, or
 * a paragraph that opens on the look back, still moves the story. Sentences written for this file, several wars and
 * genres.
 */
import { describe, expect, it } from 'vitest';
import { facts, on, periodOf } from './dated-text.ts';

const PAGE = (title: string, body: string) => `${title}\n\nThe ${title} was a campaign of the war.\n\n## Campaign\n${body}`;

describe('a pluperfect look back to an earlier month of a written year does not move the story', () => {
  it.each([
    ['encyclopedic, Syria', PAGE('Raqqa offensive (2016)', 'On 16 February 2016, the SDF attacked.\n\nOn 23 February, ISIL released 42 hostages ' +
      'that it had seized during an earlier offensive in February 2015. Early on 24 February, airstrikes killed 9 civilians near the town.'),
    'killed', 9, ['2016-02-24', '2016-02-24']],
    ['encyclopedic, Libya', PAGE('Battle of Derna (2018)', 'On 7 May 2018, the LNA launched its assault.\n\nOn 20 June, the LNA entered the old city; ' +
      'the Shura Council had expelled ISIL from it in June 2015. On 21 June, clashes killed 14 fighters.'),
    'killed', 14, ['2018-06-21', '2018-06-21']],
    ['encyclopedic, Ukraine', PAGE('Battle of Vuhledar (2024)', 'On 10 September 2024, Russian forces pressed on the town.\n\nOn 25 September, ' +
      'the brigade withdrew; it had repelled a first assault there in November 2022. On 27 September, shelling killed 6 civilians.'),
    'killed', 6, ['2024-09-27', '2024-09-27']],
    ['encyclopedic, Sudan, same year', PAGE('Battle of Sennar (2024)', 'On 24 June 2024, the RSF attacked Jebel Moya.\n\nOn 29 August, the army ' +
      'retook the bridge. The RSF had captured it in July 2024. The next day, clashes killed 11 soldiers.'),
    'killed', 11, ['2024-08-30', '2024-08-30']],
  ])('%s', (_genre, text, category, value, period) => {
    expect(periodOf(text, category, value)).toEqual(period);
  });

  it('a report keeps reading its yearless dates against its own day', () => {
    // A situation report: the look back was never its clock, and stays none.
    const text = on('2021-10-12', 'Flash Update #3: Marib\n\nOn 9 October, fighting reached Al Abdiyah, where families had sheltered since the ' +
      'displacement of March 2020. On 10 October, 4,000 families were displaced from the district.');
    expect(periodOf(text, 'displaced', 4000)).toEqual(['2021-10-10', '2021-10-10']);
  });

  it('a pluperfect to a later month moves the story on', () => {
    const text = PAGE('Hama offensive (2017)', 'On 21 March 2017, rebels attacked Suran.\n\nBy 2 April 2017, the army had retaken Suran. ' +
      'The next day, the army captured Kawkab.');
    const got = facts(text).filter((f) => f.kind === 'territory' && f.place_mentions.includes('Kawkab'));
    expect(got.map((f) => [f.period_start, f.period_end])).toEqual([['2017-04-03', '2017-04-03']]);
  });

  it('a paragraph that opens on the look back is dated by it', () => {
    const text = PAGE('Battle of Mosul (2017)', 'On 19 February 2017, the army resumed its advance.\n\nISIL had stormed the city on 10 June 2014. ' +
      'Witnesses said that 62 people were killed.');
    expect(periodOf(text, 'killed', 62)).toEqual(['2014-06-10', '2014-06-10']);
  });
});
