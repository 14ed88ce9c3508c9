/**
 * "As of 3 May 2021, there have been 40 raids in the province": a fact sheet that counts from its "as of" day and goes
 * on to tell of days months later as past was written after them; that day is a start, not the report's own date
 * (date-r50). An "as of" day the text does not run past by more than a month, or runs past only in a sentence about
 * the future, still dates the report. Texts written for this file (other places and figures than any corpus text).
 */
import { describe, expect, it } from 'vitest';
import { ingestFiles } from '../src/index.ts';
import { file } from './helpers.ts';

const publishedOf = (text: string) => ingestFiles([file('p.txt', text)]).articles[0]!.published;

describe('an "as of" day the text runs months past is a start, not the report\'s day', () => {
  it.each([
    ['fact sheet (Colombia)', 'Click here for the full table.\n\nAs of 3 May 2021, there have been 40 military raids in 9 municipalities of ' +
      'Cauca, and 61 civilians were killed according to our records.\n\nThe raids declared on 2 September 2021 in Toribío were ' +
      'lifted on 14 October 2021, and another began on 20 October 2021.', '2021-05-03'],
    ['monitor (Kashmir)', 'Lockdown monitor\n\nAs at 5 August 2019, 14 towns have been under curfew.\n\nThe curfew in Sopore ' +
      'was eased on 2 December 2019, and two more towns were sealed off on 9 January 2020, residents said.', '2019-08-05'],
  ])('%s', (_name, text, asOf) => expect(publishedOf(text)).not.toBe(asOf));

  it.each([
    ['situation report (Sudan): later days within a month', 'Flash update\n\nAs of 10 June 2023, 1.2 million people have fled ' +
      'their homes. Clashes resumed in Nyala on 24 June 2023, partners said.', '2023-06-10'],
    ['situation report (Haiti): a later day only in a sentence about the future', 'Situation report\n\nAs of 4 March 2024, ' +
      '15,000 people have been displaced in the capital. A donor conference will be held on 22 May 2024.', '2024-03-04'],
  ])('%s keeps its "as of" day', (_name, text, asOf) => expect(publishedOf(text)).toBe(asOf));
});
