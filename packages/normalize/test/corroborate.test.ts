import { describe, expect, it } from 'vitest';
import { NARRATIVE_EVIDENCE } from '@frontline/schema';
import { corroborateDates } from '../src/corroborate.ts';
import { loadGazetteer } from '../src/places/gazetteer.ts';
import { article, fact, mention } from './factory.ts';

const gz = loadGazetteer();
const capture = (article_id: string, places: string[], time_phrase = '') =>
  fact({ article_id, kind: 'territory', category: 'captured', group: '', quantity: null, unit: '', place_mentions: places.map((p) => mention(p)), time_phrase });
const undated = (article_id: string) =>
  article({ article_id, published: '', published_precision: '', published_earliest: '', published_latest: '', published_evidence: 'no date in the text' });

describe('dating an undated article by a dated report of the same capture', () => {
  const dated = article({ article_id: 'dated', published: '2018-02-05' });

  it('takes the dated article’s date, at week precision, and says why', () => {
    const [, out] = corroborateDates(
      [dated, undated('wire')],
      [capture('dated', ['Saraqib', 'Tell Sultan']), capture('wire', ['Saraqeb', 'Tal Sultan'])],
      gz,
    );
    expect(out).toMatchObject({ published: '2018-02-05', published_precision: 'week', published_earliest: '2018-02-02', published_latest: '2018-02-12' });
    expect(out!.published_evidence).toMatch(/^no date in the text; corroborated: reports the same capture \(.+\) as dated, published 2018-02-05$/);
  });

  it('needs two shared places, a current report on both sides, and the same category', () => {
    const cases = [
      [capture('dated', ['Saraqib', 'Tell Sultan']), capture('wire', ['Saraqib', 'Ariha'])], // one place in common
      [capture('dated', ['Saraqib', 'Tell Sultan'], 'in 2015'), capture('wire', ['Saraqib', 'Tell Sultan'])], // historic
      [capture('dated', ['Saraqib', 'Tell Sultan']), { ...capture('wire', ['Saraqib', 'Tell Sultan']), category: 'entered' as const }],
    ];
    for (const facts of cases) expect(corroborateDates([dated, undated('wire')], facts, gz)[1]!.published).toBe('');
  });

  it('counts shared places capture by capture, not article by article, among many dated reports', () => {
    const split = article({ article_id: 'split', published: '2018-01-20' }); // one place in each of two captures
    const late = article({ article_id: 'late', published: '2018-02-09' });
    const facts = [
      capture('split', ['Saraqib', 'Ariha']), capture('split', ['Tell Sultan', 'Maarrat al-Nu\'man']),
      capture('late', ['Tell Sultan', 'Saraqib']), capture('dated', ['Saraqib', 'Tell Sultan', 'Ariha']),
      capture('wire', ['Saraqib', 'Tell Sultan']),
    ];
    const out = corroborateDates([split, late, dated, undated('wire')], facts, gz)[3]!;
    expect(out.published).toBe('2018-02-05'); // the earliest report of the same capture: not 'split', which never has two
  });

  it('reads each article’s facts from a function as from the list (a caller may read them back from a file), asking once per article', () => {
    const articles = [article({ article_id: 'late', published: '2018-02-09' }), undated('wire'), dated, undated('none')];
    const facts = [capture('dated', ['Saraqib', 'Tell Sultan']), capture('wire', ['Saraqeb', 'Tal Sultan']), capture('late', ['Saraqib', 'Tell Sultan'])];
    const asked: string[] = [];
    const factsOf = (a: { article_id: string }) => (asked.push(a.article_id), facts.filter((f) => f.article_id === a.article_id));
    const fromFunction = corroborateDates(articles, factsOf, gz);
    expect(fromFunction).toEqual(corroborateDates(articles, facts, gz));
    expect(fromFunction[1]!.published).toBe('2018-02-05');
    expect(asked).toEqual(['late', 'wire', 'dated', 'none']);
  });

  it('never dates a narrative: an encyclopedic page dates its events, not itself', () => {
    const page = { ...undated('page'), published_evidence: `an encyclopedic page (an infobox: Date, Location, Result): it dates its events, not itself; ${NARRATIVE_EVIDENCE}` };
    const facts = [capture('dated', ['Saraqib', 'Tell Sultan']), capture('page', ['Saraqeb', 'Tal Sultan'])];
    expect(corroborateDates([dated, page], facts, gz)[1]).toBe(page);
    // the same captures in an undated report are dated (so the test above is about the narrative)
    expect(corroborateDates([dated, { ...page, published_evidence: 'no date in the text' }], facts, gz)[1]!.published).toBe('2018-02-05');
  });

  it('never changes an article that has its own day or week', () => {
    const own = article({ article_id: 'wire', published: '2018-03-01' });
    const facts = [capture('dated', ['Saraqib', 'Tell Sultan']), capture('wire', ['Saraqib', 'Tell Sultan'])];
    expect(corroborateDates([dated, own], facts, gz)[1]).toBe(own);
  });
});

describe('one article never rewrites another', () => {
  const facts = [capture('copy', ['Saraqib', 'Tell Sultan']), capture('original', ['Saraqib', 'Tell Sultan'])];

  it('takes no date from a copy of the same text', () => {
    const copy = article({ article_id: 'copy', published: '1969-12-31', text_sha256: 'same' });
    const original = { ...undated('original'), text_sha256: 'same' };
    const [, out] = corroborateDates([copy, original], facts, gz);
    expect(out).toBe(original);
    // the same two texts, different: the copy's date is used (so the test above is about the text, not the date)
    const [, other] = corroborateDates([copy, { ...original, text_sha256: 'other' }], facts, gz);
    expect(other!.published).toBe('1969-12-31');
  });

  it('takes no date outside what the article’s own words allow, and falls back to the next report', () => {
    const early = article({ article_id: 'copy', published: '1969-12-31' });
    const later = article({ article_id: 'later', published: '2018-02-05' });
    const since2015 = { ...undated('original'), published_earliest: '2015-01-01' };
    const all = [...facts, capture('later', ['Saraqib', 'Tell Sultan'])];
    expect(corroborateDates([early, since2015], facts, gz)[1]).toBe(since2015);
    expect(corroborateDates([early, later, since2015], all, gz)[2]!.published).toBe('2018-02-05');
    const year2017 = article({ article_id: 'original', published: '2017-01-01', published_precision: 'year', published_earliest: '2017-01-01', published_latest: '2017-12-31' });
    expect(corroborateDates([early, later, year2017], all, gz)[2]).toBe(year2017);
  });
});
