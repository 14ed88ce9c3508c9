/**
 * A wire lead's toll broken down in the next sentence (issue 9, fresh wire texts): "The casualties comprised 12
 * civilians, 9 soldiers and four rebels", "The victims consisted of ...": each part is a casualty fact of the lead's
 * category with its group; deserters and defectors are fighters against the state. Every sentence is written for this
 * file, in several wars; none comes from the fresh texts or the corpus.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

/** [category, group, value] of every fact of a text. */
const facts = (text: string) => extract(text).map((f) => { const b = brief(f); return [b.category, b.group, b.value]; });

describe('the casualties of the toll just stated, broken down', () => {
  it.each([
    ['wire, Syria', 'At least 25 people were killed across Syria on Friday, a monitoring group said. The casualties comprised 12 civilians, 9 soldiers and four rebels, it said.',
      [['killed', 'civilians', 12], ['killed', 'government_forces', 9], ['killed', 'opposition_fighters', 4]]],
    ['wire, Yemen', 'Air strikes killed 19 people in Saada province, medics said. The victims consisted of 11 civilians and 8 Huthi fighters.',
      [['killed', 'civilians', 11]]],
    ['wire, Mali', 'Fighting near Gao left 30 dead on Sunday, the army said. The casualties comprise 21 jihadists and 9 soldiers.',
      [['killed', 'opposition_fighters', 21], ['killed', 'government_forces', 9]]],
  ])('%s', (_genre, text, parts) => {
    const got = facts(text);
    for (const p of parts) expect(got).toContainEqual(p);
  });

  it('"casualties" with no toll before names no category: no fact from it alone (Ukraine)', () => {
    expect(facts('The casualties comprised 6 civilians and 3 soldiers, the governor said.')).toEqual([]);
  });
});

describe('deserters and defectors are fighters against the state', () => {
  it.each([
    ['wire, Syria', 'Seven soldiers and three deserters were killed in clashes near Rastan on Monday.', ['killed', 'opposition_fighters', 3]],
    ['wire, Libya', 'Two defectors were wounded when loyalist forces shelled the rebel post near Brega.', ['injured', 'opposition_fighters', 2]],
  ])('%s', (_genre, text, fact) => expect(facts(text)).toContainEqual(fact));
});
