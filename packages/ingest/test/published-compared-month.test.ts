/**
 * A yearless month a periodic report compares its own month with ("down to 91 from 131 in August") is the latest
 * occurrence up to the report's month, not the first after it (timeline.ts, COMPARED_BEFORE). Texts written for the
 * rule, several wars and monitors.
 */
import { describe, expect, it } from 'vitest';
import { inferPublished } from '../src/published.ts';
import { splitSentences } from '../src/sentences.ts';

const publishedOf = (text: string) => inferPublished({ text, sentences: splitSentences(text), removed: [], runDate: '2026-12-01' });

describe('a month of comparison in a monthly report', () => {
  it.each([
    ['Yemen', 'Monthly civilian impact update\n\nIn March 2021, 140 civilian casualties were reported in Yemen, down from 188 in February.', '2021-03-01'],
    ['Syria', 'Monthly toll\n\nThe monitor documented 410 deaths in November 2019, compared with 356 in October.', '2019-11-01'],
    ['Ukraine', 'Civilian casualty update\n\nIn July 2023, 189 civilians were killed in Ukraine, more than in June.', '2023-07-01'],
    ['Myanmar', 'Monthly overview\n\nAirstrikes killed 96 civilians in Sagaing in January 2024, up from 41 casualties in December.', '2024-01-01'],
  ])('%s: the compared month lies before the report\'s month', (_war, text, earliest) => {
    expect(publishedOf(text).published_earliest).toBe(earliest);
  });

  it('a month after a place, not a figure, is no comparison: it is still the next occurrence', () => {
    const got = publishedOf('Displacement update\n\nFighting began in Darfur in October 2023. Thousands fled from Ardamata in November.');
    expect(got.published_earliest).toBe('2023-11-01');
  });

  it('in "from N in June to M in July" only the first month is compared; the second follows the dated month', () => {
    const got = publishedOf('Quarterly review\n\nClashes in Mopti intensified in April 2022. Deaths rose from 20 in March to 45 in May.');
    expect(got.published_earliest).toBe('2022-05-01');
  });
});
