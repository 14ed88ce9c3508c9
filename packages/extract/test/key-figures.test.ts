/**
 * Key-figures panels as flash updates and flattened PDFs set them out (issue 9): figures on lines of their own, then
 * their labels, one fact per figure and label when the layout pairs them unambiguously. Every panel is written for
 * its rule (OCHA, UNHCR, IOM, WHO, ECHO; Lebanon, Sudan, Ukraine, Myanmar, Gaza, DR Congo); none comes from the corpus.
 */
import { describe, expect, it } from 'vitest';
import { article, brief, extract } from './helpers.ts';
import { extractArticle } from '../src/index.ts';

const facts = (s: string) => extract(s).map(brief);
const pairs = (s: string) => facts(s).map((f) => [f.category, f.value]);

describe('a key-figures panel pairs each figure with its label', () => {
  it('a figure over its label, panel after panel (OCHA, Lebanon)', () => {
    const text = 'OCHA Flash Update #14: Escalation of hostilities in Lebanon\n\nKey figures\n\n1.2M\nPeople internally displaced\n 3,100\nPeople killed\n 13,500\nPeople injured\n\nHighlights\n\nStrikes continued in the south.';
    expect(pairs(text)).toEqual([['displaced', 1_200_000], ['killed', 3100], ['injured', 13500]]);
    // Dated by the report, credited to its author: the panel states neither.
    for (const f of facts(text)) expect([f.time, f.reporters]).toEqual(['', ['OCHA']]);
  });

  it('a run of figures on one line over a run of labels on the next (Sudan)', () => {
    const text = 'OCHA Sudan: Flash Update No. 3\n\n2,169 1,412 186,400\nKilled Injured In shelters\n\nSituation overview\n';
    expect(pairs(text)).toEqual([['killed', 2169], ['injured', 1412], ['idps_stock', 186400]]);
  });

  it('columns kept apart by runs of spaces, labels of several capitalised words (UNHCR, Ukraine)', () => {
    const text = 'UNHCR Ukraine Emergency Update\n\n1,820  4,500  7,300\nCivilians killed  Civilians injured  New Arrivals\n\nOperational context\n';
    expect(facts(text).map((f) => [f.category, f.group, f.value])).toEqual([['killed', 'civilians', 1820], ['injured', 'civilians', 4500], ['displaced', '', 7300]]);
  });

  it('figures one per line, then their labels one per line (WHO, DR Congo)', () => {
    const text = 'WHO DR Congo: North Kivu health update\n\n240\n1,150\nChildren killed\nDisplaced families\n\nOverview\n';
    expect(facts(text).map((f) => [f.category, f.group, f.value, f.unit])).toEqual([['killed', 'children', 240, 'persons'], ['displaced', '', 1150, 'families']]);
  });

  it('a label that names no category gives no fact, its neighbours still do (IOM, Myanmar)', () => {
    const text = 'IOM Myanmar Displacement Snapshot\n\n18,000\nPeople displaced\n4,200\nRefugees in Bangladesh\n';
    expect(pairs(text)).toEqual([['displaced', 18000]]);
  });

  it('keeps the figure and the label in its provenance', () => {
    const text = 'ECHO Flash: Gaza\n\n9,400\nPeople injured\n';
    const [f] = extractArticle(article(text));
    expect(text.slice(f!.figure_start, f!.figure_end)).toBe('9,400');
    expect(text.slice(f!.cue_start, f!.cue_end)).toBe('People injured');
    expect(text.slice(f!.char_start, f!.char_end)).toBe('9,400');
  });
});

describe('an ambiguous layout gives nothing', () => {
  it.each([
    ['fewer labels than figures', 'OCHA Sudan update\n\n2,169 1,412 186,400\nKilled Injured\n'],
    ['a heading between the figure and the label', 'WHO Gaza update\n\n1.3M\nHighlights\nPeople displaced\n'],
    ['labels above their figures, as a table sets them', 'ECHO Yemen factsheet\n\nKilled\n120\nInjured\n340\n'],
    ['a label split at capitals that names no category', 'UNHCR Sudan update\n\n2,100 640\nRefugees Killed\n'],
    ['a figure left without a label', 'OCHA Ukraine update\n\n1,200\nPeople killed\n3,400\nShelling continued in Kharkiv oblast on Monday.\n'],
    ['several figures on several lines', 'OCHA Myanmar update\n\n120 340\n560\nKilled\nInjured\nDisplaced\n'],
    ['a year over a label', 'ECHO Mali factsheet\n\n2023\nDisplaced\n'],
  ])('%s', (_case, text) => {
    expect(pairs(text)).toEqual([]);
  });
});
