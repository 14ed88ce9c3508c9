/**
 * findAliases looks aliases up among a phrase's words (by their first word) instead of searching the whole text for
 * each: these phrases, written for the boundary rules, check that every bounded occurrence is still found, in order.
 */
import { describe, expect, it } from 'vitest';
import { findAliases } from '../src/aliases.ts';

interface Entry {
  id: string;
  aliases: string[];
}

const find = (phrase: string, entries: Entry[]) =>
  findAliases(phrase, entries, (e) => e.aliases).map((h) => `${h.entry.id}:${h.alias}@${h.start}`);

describe('findAliases', () => {
  it('finds every bounded occurrence of a several-word alias, and the shorter aliases inside it', () => {
    const entries = [
      { id: 'drc', aliases: ['Democratic Republic of the Congo'] },
      { id: 'congo', aliases: ['Congo'] },
    ];
    expect(find('The Democratic Republic of the Congo, not Congo-Brazzaville; congo again.', entries)).toEqual([
      'drc:Democratic Republic of the Congo@4',
      'congo:Congo@31',
      'congo:Congo@42',
      'congo:Congo@61',
    ]);
  });

  it('does not find an alias inside a longer word or a word that only starts like it', () => {
    const entries = [{ id: 'sy', aliases: ['Syria', 'Syrian'] }];
    expect(find('Syrians and Syriac texts; the Syrian army in Syria.', entries)).toEqual(['sy:Syria@45', 'sy:Syrian@30']);
  });

  it('keeps acronyms to capitals and reads hyphens, accents and the Arabic article as the fold does', () => {
    const entries = [
      { id: 'is', aliases: ['IS'] },
      { id: 'gov', aliases: ['pro-government'] },
      { id: 'sham', aliases: ['al-Sham'] },
      { id: 'ci', aliases: ["Côte d'Ivoire"] },
    ];
    expect(find('It is IS, pro government militias, ash-Sham and Cote d’Ivoire.', entries)).toEqual([
      'is:IS@6',
      'gov:pro-government@10',
      'sham:al-Sham@35',
      "ci:Côte d'Ivoire@47",
    ]);
  });

  it('still finds an alias that starts with a sign rather than a letter', () => {
    const entries = [{ id: 'q', aliases: ['"Q" Force'] }];
    expect(find('Units of "Q" Force moved.', entries)).toEqual(['q:"Q" Force@9']);
  });
});
