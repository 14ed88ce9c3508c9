import { describe, expect, it } from 'vitest';
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

  it('never changes an article that has its own day or week', () => {
    const own = article({ article_id: 'wire', published: '2018-03-01' });
    const facts = [capture('dated', ['Saraqib', 'Tell Sultan']), capture('wire', ['Saraqib', 'Tell Sultan'])];
    expect(corroborateDates([dated, own], facts, gz)[1]).toBe(own);
  });
});
