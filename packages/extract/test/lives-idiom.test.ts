/**
 * Wire copy counts the dead as lives a fight claimed or cost, the count before "lives" ("clashes that claimed at least
 * three lives"), or as the loss of N lives ("resulting in the loss of 46 civilian lives"). Sentences written for the rule, in several genres and wars; none comes from the corpus.
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
    ['monitor, Syria', 'Barrel bombs on Ariha since Monday have resulted in the loss of 31 civilian lives, the rescuers said.', 31],
    ['sitrep, Myanmar', 'Air strikes on two villages in Kani township led to the loss of at least 17 lives.', 17],
    ['wire, Ethiopia', 'The drone strike on the bus near Dessie caused the loss of 14 lives, a hospital official said.', 14],
    ['monitor, Sahel', 'The ambush near Djibo on 3 May resulted in the loss of some 20 innocent lives.', 20],
  ])('%s: %s', (_genre, s, n) => expect(killed(s)).toEqual([n]));

  it.each([
    'The army admitted the loss of 3 villages east of Bakhmut.',
    'The siege of Taiz caused the loss of 200 jobs at the port.',
  ])('no loss of lives: %s', (s) => expect(killed(s)).toEqual([]));

  it.each([
    'The vaccination campaign in Idlib saved 3000 lives last year.',
    'The rebels claimed 12 villages north of Hama.',
    'Officials said the new shelters in Kharkiv would save 200 lives this winter.',
  ])('no dead: %s', (s) => expect(killed(s)).toEqual([]));
});
