/**
 * A report's title period dates the figures of the line that ends its lead (issue 9, monitors' tolls): a short line of
 * a figure and no full stop ("On Government-controlled territory: 5,013 casualties (2,551 killed and 2,462 injured)")
 * reads as a heading, and the first heading after the lead restarts the story's dates; the title's period (`⌛`) must
 * start again with it, as it does at every paragraph. Every text is written for this file, in several wars; none
 * comes from the fresh texts or the corpus.
 */
import { describe, expect, it } from 'vitest';
import { TITLE_PERIOD_MARK } from '@frontline/schema';
import { extract } from './helpers.ts';

describe('the line after a dated lead keeps the title period', () => {
  it.each([
    ['UN update, Ukraine', 'Civilian casualties in Ukraine, 1–30 April 2023\n\nFrom 1 to 30 April 2023, the mission recorded 520 civilian casualties: 115 killed and 405 injured.\n\nIn occupied territory: 61 casualties (14 killed and 47 injured)\n\nElsewhere: 459 casualties (101 killed and 358 injured)', 14],
    ['monitor, Sudan', 'Civilian casualties in Sudan, 1–31 May 2024\n\nBetween 1 and 31 May 2024 the office recorded 1,240 civilian casualties: 412 killed and 828 injured.\n\nIn RSF-held areas: 611 casualties (205 killed and 406 injured)\n\nOutside them: 629 casualties (207 killed and 422 injured)', 205],
    ['monitor, Myanmar', 'Civilian casualties in Myanmar, 1–31 March 2024\n\nFrom 1 to 31 March 2024 the group recorded 301 civilian casualties: 96 killed and 205 injured.\n\nIn Sagaing Region: 88 casualties (31 killed and 57 injured)\n\nIn Rakhine State: 64 casualties (22 killed and 42 injured)', 31],
  ])('%s', (_genre, text, value) => {
    const f = extract(text).find((x) => x.category === 'killed' && x.quantity?.value === value);
    expect(f?.time_context).toContain(TITLE_PERIOD_MARK);
  });
});
