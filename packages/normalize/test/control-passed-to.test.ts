/**
 * "Control of X passed to Y", "control over the town of X has passed to Y": a change of hands whose place stands in
 * the subject after "control of" and whose taker is the oblique after "passed to", read as "X fell to Y" is (issue 9).
 * The other oblique and possessive forms ("X came under the control of Y", "Y assumed control of X", "X was handed over
 * to Y") are checked beside it. Sentences written for this file, several wars and genres.
 */
import { describe, expect, it } from 'vitest';
import { facts, on } from './dated-text.ts';

const captures = (text: string) =>
  facts(text).filter((f) => f.category === 'captured').map((f) => [f.place_mentions.join('|'), f.actor_name, f.period_end]);

describe("'control of X passed to Y' and the other forms whose taker is an oblique", () => {
  it.each([
    ['encyclopedic, Ethiopia', 'Amhara campaign (2021)\nDate July – December 2021\n\n' +
      'In July 2021, control of Lalibela passed to Tigrayan forces after federal troops withdrew.',
    ['Lalibela', 'Tigray Defense Forces', '2021-07-31']],
    ['wire, Ukraine', on('2022-03-05', 'KYIV, March 5 (Reuters) - Control of Kherson passed to Russian troops on Wednesday, the mayor said.'),
      ['Kherson', 'Russian Armed Forces', '2022-03-02']],
    ['situation report, Syria', on('2016-08-10', 'Syria: Manbij Situation Report No. 12\n\n' +
      'On 8 August, control over the town of Manbij passed to the Syrian Democratic Forces, according to local sources.'),
    ['Manbij', 'Syrian Democratic Forces', '2016-08-08']],
    ['encyclopedic, Syria', 'Battle of Manbij (2016)\n\nOn 12 August 2016, Manbij came under the control of the SDF.',
      ['Manbij', 'Syrian Democratic Forces', '2016-08-12']],
    ['monitor, Syria', on('2016-08-13', 'The Syrian Observatory for Human Rights said on Saturday that the Syrian Democratic Forces had assumed control of Manbij on Friday.'),
      ['Manbij', 'Syrian Democratic Forces', '2016-08-12']],
    ['encyclopedic, Mali', 'Northern Mali (2012)\n\nOn 1 April 2012, Timbuktu was handed over to Ansar Dine.',
      ['Timbuktu', 'Ansar Dine', '2012-04-01']],
  ])('%s', (_genre, text, want) => {
    expect(captures(text)).toContainEqual(want);
  });

  it('reads no capture where no place is controlled: control of a budget passes to a ministry', () => {
    const text = on('2023-05-02', 'Control of the reconstruction fund passed to the finance ministry on Monday, officials said.');
    expect(captures(text)).toEqual([]);
  });
});
