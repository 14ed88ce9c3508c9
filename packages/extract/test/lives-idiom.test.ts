/**
 * Wire copy counts the dead as lives a fight claimed or cost, the count before "lives" ("clashes that claimed at least
 * three lives"). Sentences written for the rule, in several genres and wars; none comes from the corpus.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const killed = (s: string) => extract(s).filter((f) => f.category === 'killed').map((f) => brief(f).value);

describe('N lives claimed, cost or taken', () => {
  it.each([
    ['wire, Yemen', 'Fighting for the hills west of Marib claimed at least 27 lives on Sunday, tribal sources said.', 27],
    ['outlet, Mali', 'Jihadists seized Boni after a gunfight that cost four lives, elders said.', 4],
    ['wire, Ukraine', 'The overnight shelling of Kostiantynivka took nine lives, the regional governor said.', 9],
    ['outlet, DR Congo', 'Clashes between M23 and Wazalendo fighters near Masisi have claimed some 40 lives since Monday.', 40],
    ['wire, Sudan', 'The drone strike on the market in El Fasher claimed 12 more lives, medics said.', 12],
  ])('%s: %s', (_genre, s, n) => expect(killed(s)).toEqual([n]));

  it.each([
    'The vaccination campaign in Idlib saved 3000 lives last year.',
    'The rebels claimed 12 villages north of Hama.',
    'Officials said the new shelters in Kharkiv would save 200 lives this winter.',
  ])('no dead: %s', (s) => expect(killed(s)).toEqual([]));
});
