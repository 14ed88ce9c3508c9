/**
 * A dateline with its year a few days before the page's stated date ("GOMA, 3 February 2025 (Kivu Morning) –" on a
 * page dated 7 February) is the writer's day: the story's weekdays count from it, so it is the report's day and the
 * stated date its last possible one (published.ts, `writtenBefore`). A dateline after the stated date, or long
 * before it, leaves the stated date alone. Every text is written for this rule; none comes from a corpus.
 */
import { describe, expect, it } from 'vitest';
import { ingestFiles } from '../src/index.ts';
import { file } from './helpers.ts';

const ingest = (published: string, body: string) => ingestFiles([file('p.txt', `---\npublished: ${published}\n---\n${body}`)]).articles[0]!;

describe("a dateline a few days before the page's stated date", () => {
  it.each([
    // regional outlet, DR Congo
    ['2025-02-07', 'M23 closes in on Sake\n\nGOMA, 3 February 2025 (Kivu Morning) – M23 rebels seized Minova on Wednesday, local officials said.', '2025-02-03'],
    // wire, Sudan, the month first
    ['2024-06-07', 'RSF takes Sinja\n\nPORT SUDAN, June 3, 2024 (AFP) - The RSF took the town of Sinja on Thursday, witnesses said.', '2024-06-03'],
    // regional outlet, Myanmar
    ['2024-04-11', 'Resistance takes Kawlin\n\nMANDALAY, 9 April 2024 — Resistance forces captured Kawlin on Monday after a week of fighting, a spokesman said.', '2024-04-09'],
  ])('is the report\'s day, the stated date its last: %#', (stated, text, day) => {
    const a = ingest(stated, text);
    expect([a.published, a.published_latest, a.published_precision]).toEqual([day, stated, 'day']);
    expect(a.published_evidence).toMatch(/^dateline '.+', \d days? before the stated date/);
  });

  it.each([
    // wire, Ukraine: the dateline is after the stated date
    ['2024-05-02', 'Strikes on Kharkiv\n\nKHARKIV, 4 May 2024 (Reuters) - Russian glide bombs hit the city on Friday, the governor said.'],
    // outlet, Yemen: a dateline weeks before the stated date is another story's
    ['2021-11-20', 'Marib fighting\n\nMARIB, 12 October 2021 — Houthi forces seized Al-Abdiya on Monday, military sources said.'],
  ])('leaves the stated date alone otherwise: %#', (stated, text) => {
    expect(ingest(stated, text).published).toBe(stated);
  });
});
