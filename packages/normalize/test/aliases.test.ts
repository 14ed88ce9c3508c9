/**
 * findAliases looks aliases up among a phrase's words (by their first word) instead of searching the whole text for
 * each: these phrases, written for the boundary rules, check that every bounded occurrence is still found, in order.
 */
import { describe, expect, it } from 'vitest';
import { ACTORS, SOURCES } from '@frontline/schema';
import { findAliases } from '../src/aliases.ts';
import { loadGazetteer } from '../src/places/gazetteer.ts';

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

describe('findAliases over a whole registry', () => {
  // Phrases written for this test, from several wars and genres, naming sources, actors and countries.
  const phrases = [
    'The UN Office for the Coordination of Humanitarian Affairs (OCHA) and the WHO said 40 people were killed in Idlib.',
    'Ukrainian officials and the Russian defence ministry gave different tolls for Bakhmut; AP and Reuters could not verify them.',
    'The RSF and the Sudanese Armed Forces (SAF) fought in El Fasher, the Sudan Doctors Network said.',
    'M23 rebels, backed by Rwanda according to UN experts, took Goma from the Congolese army (FARDC).',
    'Houthi forces and the Saudi-led coalition traded strikes near Hodeidah, Yemeni medics told AFP.',
    'The Syrian Observatory for Human Rights (SOHR) said IS fighters killed nine soldiers near Deir ez-Zor.',
    'Ethiopian and Eritrean troops entered Mekelle, TPLF spokesman said; Tigrayan officials disputed it.',
    'The Gaza health ministry and Israeli army gave their figures; UNRWA said 1,200 were displaced.',
    '',
  ];
  it('is each entry\'s hits in the registry\'s order, as found one entry at a time', () => {
    const registries: [string, { aliases: string[] }[]][] = [
      ['sources', SOURCES],
      ['actors', ACTORS],
      ['countries', loadGazetteer().countries.map((c) => ({ aliases: [...c.names, ...c.demonyms] }))],
    ];
    let hits = 0;
    for (const [name, entries] of registries) {
      const aliasesOf = (e: { aliases: string[] }) => e.aliases;
      for (const phrase of phrases) {
        const whole = findAliases(phrase, entries, aliasesOf);
        const oneByOne = entries.flatMap((e) => findAliases(phrase, [e], aliasesOf));
        expect(whole, `${name}: ${phrase}`).toEqual(oneByOne);
        hits += whole.length;
      }
    }
    expect(hits).toBeGreaterThan(30); // the comparison is between real hits
  });
});
