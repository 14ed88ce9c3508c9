/**
 * A date inside a quotation dates what is quoted, not a figure the reporter's own words give after it: "“It only
 * calmed down yesterday,” the resident recounted, adding that three children were killed" is no death yesterday.
 * The quotation may have opened in the sentence before ("“... continuously. It calmed down yesterday,” she said").
 * A figure inside the same quotation keeps the quotation's date. Sentences written for this file, several wars.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const times = (text: string) => extract(text).map((f) => [brief(f).value, brief(f).time]);

describe('a date inside a quotation does not date a figure outside it', () => {
  it.each([
    ['outlet, Ukraine', '“We buried them on Monday,” the mayor said, adding that nine people were killed in the strike on Kupiansk.', [[9, '']]],
    ['outlet, Yemen', '"The shelling stopped on Sunday," a medic said, adding that 14 people were wounded in Taiz.', [[14, '']]],
    ['outlet, Ethiopia', 'Strike near Dessie\n\n“The sound of artillery went on for days. It only eased yesterday,” a resident said, ' +
      'adding that five people were killed in the strike.', [[5, '']]],
  ])('%s', (_genre, text, expected) => expect(times(text)).toEqual(expected));

  it.each([
    ['the figure inside the quotation', '“On Monday, 12 people were killed in Gao,” the official said.', [[12, 'On Monday']]],
    ['no quotation', 'Twelve people were killed in Gao on Monday, the official told AFP.', [[12, 'on Monday']]],
    ['the date outside, the figure inside', '“Seven fighters were killed,” the commander told Kurdistan24 on Friday.', [[7, 'on Friday']]],
  ])('%s keeps its date', (_case, text, expected) => expect(times(text)).toEqual(expected));
});
