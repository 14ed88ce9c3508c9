/**
 * A headline that credits its figure after a spaced dash, as wire desks and UN news pages write it ("… - health
 * ministry", "… – UN mission", "… — governor"), credits it as one after a colon does. Sentences written for the rule
 * in several genres and wars; none comes from the corpus or from a probe page.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../src/index.ts';
import { article } from './helpers.ts';

/** The reporters of every figure of a text whose first line is its title. */
const reportersOf = (text: string) => extractArticle({ ...article(text), title: text.split('\n')[0]! }).map((f) => f.reporter_texts);

describe('a headline crediting its figure after a spaced dash', () => {
  it.each([
    ['wire, Ukraine, hyphen', 'Four killed in Russian shelling of Nikopol - governor', ['governor']],
    ['wire, Gaza, en dash', 'Over 300 Palestinians killed in Khan Younis strikes – health ministry', ['health ministry']],
    ['UN press release, DR Congo, em dash', 'More than 7,000 flee fighting around Rutshuru — UNHCR', ['UNHCR']],
    ['regional outlet, Sudan', 'RSF shelling kills 12 civilians in El Fasher - local resistance committee', ['local resistance committee']],
    ['wire, Yemen, figure in words', 'Nine fighters killed in clashes near Marib - military officials', ['military officials']],
    ['monitor, Syria', 'Death toll from Idlib air raids rises to 23 - Syrian Observatory for Human Rights', ['Syrian Observatory for Human Rights']],
    ['wire, Myanmar', 'Junta air strike kills 17 in Sagaing village - residents', ['residents']],
  ])('%s: %s', (_genre, s, expected) => expect(reportersOf(s)[0]).toEqual(expected));

  it.each([
    // No figure before the dash, or no reporter after it: nobody is credited.
    'Sudan war - RSF enters Wad Madani',
    'Drone strikes kill 8 in Kharkiv - live updates',
    'Army retakes 3 villages near Gao - a turning point',
    // A dash inside the headline that a further clause follows is no credit.
    'Fighting in Marib kills 14 - officials fear more deaths',
  ])('credits no one: %s', (s) => expect(reportersOf(s)[0] ?? []).toEqual([]));
});
