/**
 * A report line's label before a colon is no speaker (issue 9, monitors' tolls): a label that opens with a
 * preposition names where its figures fall ("On territory controlled by armed groups: 956 casualties (188 killed and
 * 768 injured)"), and a label over a bare figure names the persons a table counts ("Women: 110"), while "Rights
 * groups: 12 civilians killed in Kidal" still credits its speaker. Every sentence is written for this file, in several genres and wars; none comes from the fresh texts
 * or the corpus.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const facts = (text: string) => extract(text).map(brief);

describe('a prepositional label before a colon is no speaker', () => {
  it.each([
    ['UN update, Ukraine', 'On territory controlled by Russian-backed armed groups: 412 casualties (96 killed and 316 injured)'],
    ['monitor, Myanmar', 'In areas held by resistance groups: 64 casualties (21 killed and 43 injured)'],
    ['monitor, Syria', 'Across areas held by Turkish-backed armed groups: 57 casualties (19 killed and 38 injured)'],
    ['sitrep, Sudan', 'Within territory held by RSF-allied militia groups: 88 casualties (30 killed and 58 injured)'],
  ])('%s', (_genre, text) => {
    const found = facts(text).filter((f) => f.category === 'killed' || f.category === 'injured');
    expect(found.length).toBe(2);
    for (const f of found) expect(f.reporters).toEqual([]);
  });

  it('a speaker before a headline colon still speaks', () => {
    const found = facts('Rights groups: 12 civilians killed in Kidal');
    expect(found.find((f) => f.value === 12)?.reporters.join(' ')).toMatch(/groups/i);
  });
});

describe('a table row of persons is no speaker', () => {
  it.each([
    ['monitor, Syria', 'Civilians killed by regime forces in March:\nChildren: 18\nWomen: 11'],
    ['monitor, Myanmar', 'People killed by junta troops in Sagaing in May:\nChildren: 9\nWomen: 14'],
    ['monitor, Yemen', 'Civilians injured by shelling in Taiz in June:\nChildren: 21\nWomen: 6'],
  ])('%s', (_genre, text) => {
    const women = facts(text).filter((f) => f.group === 'women');
    expect(women.length).toBe(1);
    expect(women[0]!.reporters).toEqual([]);
  });
});
