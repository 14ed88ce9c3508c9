/**
 * A span written month first, as US-English pages and their infoboxes write it ("November 7 – December 23, 2004",
 * "June 15–30, 2018"), is the span from its first day to its last, not its last day alone or the whole year; a copy
 * that lost the dash between the two ends ("November 30December 17, 2001") is the same span.
 */
import { describe, expect, it } from 'vitest';
import type { Fact } from '@frontline/schema';
import { extractArticle } from '@frontline/extract';
import { ingestFiles } from '@frontline/ingest';
import { loadGazetteer, normalizeArticle, resolvePeriod } from '../src/index.ts';

const gazetteer = loadGazetteer();

function facts(text: string): Fact[] {
  const { articles } = ingestFiles([{ path: 'page.txt', bytes: new TextEncoder().encode(text) }], { runDate: '2026-12-01' });
  const { text: body, sentence_list: _s, removed: _r, ...record } = articles[0]!;
  return normalizeArticle(extractArticle(articles[0]!), record, gazetteer, { text: body }).facts;
}

describe('a month-first span resolves to its two ends', () => {
  const ends = (phrase: string) => {
    const p = resolvePeriod(phrase, '');
    return [p.period_start, p.period_end];
  };
  it('two months, one month, and a copy that lost the dash', () => {
    expect(ends('November 7 – December 23, 2004')).toEqual(['2004-11-07', '2004-12-23']);
    expect(ends('June 15–30, 2018')).toEqual(['2018-06-15', '2018-06-30']);
    expect(ends('November 30December 17, 2001')).toEqual(['2001-11-30', '2001-12-17']);
  });
});

describe('an infobox Date field written month first dates the infobox figures by the whole span', () => {
  it.each([
    ['Iraq, dashed', 'Second Battle of Fallujah\n\nInfobox\n- Conflict: Second Battle of Fallujah\n- Date: November 7 – December 23, 2004\n' +
      '- Place: Fallujah, Al Anbar, Iraq\n- Casualties2: 1,200 killed, 1,500 captured\n\nThe battle was fought in Fallujah.', 1200, ['2004-11-07', '2004-12-23']],
    ['Afghanistan, dash lost', 'Battle of Zhawar Kili\n\nInfobox\n- Conflict: Battle of Zhawar Kili\n- Date: January 14February 2, 2002\n' +
      '- Place: Khost Province, Afghanistan\n- Casualties2: 35 killed\n\nThe battle was fought in Khost Province.', 35, ['2002-01-14', '2002-02-02']],
  ])('%s', (_case, text, count, period) => {
    const f = facts(text).find((x) => x.count_best === count);
    expect(f && [f.period_start, f.period_end]).toEqual(period);
  });
});
