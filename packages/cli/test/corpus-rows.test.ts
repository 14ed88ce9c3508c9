import { describe, expect, it } from 'vitest';
import { formatReport, parseGold, scoreFacts } from '@frontline/evaluate';
import { shownResult, type SetResult } from '../src/corpus.ts';

// One gold fact of an invented text: enough for the report to carry a per-article row named after it.
const gold = parseGold(JSON.stringify({
  id: 'valley-wire-C1', article: 'valley-wire', kind: 'casualty', required: true, quote: 'q', category: 'killed',
  group: 'civilians', count: { low: 9, best: 9, high: 9 }, unit: 'persons',
}));
const result = (set: string): SetResult => ({ set, texts: 1, report: scoreFacts([], gold) });
const printed = (r: SetResult) => formatReport(r.report, { details: false });

describe("the corpus command's per-article rows", () => {
  it('prints only the summary for the test part: no text is named', () => {
    const shown = printed(shownResult(result('test')));
    expect(shown).toContain('recall (required)');
    expect(shown).not.toContain('valley-wire');
    expect(shown).not.toMatch(/^article /m);
  });

  it('prints the test part\'s rows when asked (--test-rows)', () => {
    expect(printed(shownResult(result('test'), true))).toContain('valley-wire');
  });

  it('keeps the rows of the sets rules are written on', () => {
    for (const set of ['seeds', 'dev', 'given']) expect(printed(shownResult(result(set)))).toContain('valley-wire');
  });

  it('keeps the figures the floors are checked on', () => {
    const shown = shownResult(result('test')).report;
    expect(shown.recall_required).toEqual(result('test').report.recall_required);
  });
});
