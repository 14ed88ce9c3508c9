/**
 * The alias matchers share one trie per case flag and one scan of each text (alias-trie.ts `scan`): every matcher
 * must still give what one alternation of its own list gives (test/alias-reference.ts), whichever matchers read the
 * text before it, and a scan must never be reused once the trie holds more aliases.
 */
import { describe, expect, it, vi } from 'vitest';
import { ARABIC_ARTICLES } from '@frontline/schema';
import { AliasTrie, aliasSteps } from '../src/alias-trie.ts';
import { aliasMatcher, aliasParts, ARTICLE_TEXTS } from '../src/text.ts';
import { oneAlternation } from './alias-reference.ts';

/** Written for this test: sentences of several wars and genres, naming forces, monitors and places. */
const SENTENCES = [
  'The North Brigade Command said the North Brigade took Saraqib; the Syrian Observatory counted 12 dead.',
  'RSF fighters shelled El Fasher, the Sudanese Armed Forces said, and OCHA said 3,000 people fled to Tawila.',
  'Russian forces entered Avdiivka, Ukraine’s General Staff said; the UN mission counted 14 civilians killed in Donetsk.',
  'Al-Shabaab fighters attacked a base near Mogadishu, the Somali National Army said on Sunday.',
  'The Houthis (Ansar Allah) struck Marib; the Saudi-led coalition said the Yemeni army repelled them.',
  'M23 rebels seized Rubaya in North Kivu, MONUSCO and the FARDC said; WHO counted 40 wounded.',
  'The Arakan Army captured Paletwa in Chin State, the Myanmar military said; AAPP counted 9 dead.',
];

describe('alias matchers sharing a scan', () => {
  // Lists that overlap (one alias in two lists) and nest ("North Brigade" in "North Brigade Command").
  const lists = [
    ['North Brigade Command', 'Syrian Observatory', 'RSF', 'Sudanese Armed Forces', 'Russian forces', 'Houthis', 'M23', 'WHO'],
    ['North Brigade', 'Saraqib', 'El Fasher', 'Avdiivka', 'Donetsk', 'Mogadishu', 'Marib', 'North Kivu', 'Chin State'],
    ['Al-Shabaab', 'Ansar Allah', 'Arakan Army', 'MONUSCO', 'FARDC', 'OCHA', 'AAPP', 'Houthis', 'Somali National Army'],
  ];

  it('gives each matcher the hits of its own list, asked in turn about each sentence', () => {
    const matchers = lists.map(aliasMatcher);
    const references = lists.map(oneAlternation);
    for (const s of SENTENCES) {
      lists.forEach((_, k) => expect(matchers[k]!(s)).toEqual(references[k]!(s)));
    }
    // Back to the first sentences after more texts than the scans a trie keeps: scanned anew, the same hits.
    for (let day = 2; day < 42; day++) matchers[0]!(`Clashes went on for ${day} days near Sirte, the LNA said.`);
    for (const s of SENTENCES.slice(0, 2)) lists.forEach((_, k) => expect(matchers[k]!(s)).toEqual(references[k]!(s)));
    expect(SENTENCES.flatMap(matchers[1]!).map((h) => h.text)).toContain('North Brigade');
    expect(SENTENCES.flatMap(matchers[0]!).map((h) => h.text)).toContain('North Brigade Command');
  });

  it('gives a part of a sentence read after the sentence the hits of the part alone, wherever it is cut', () => {
    // A part's scan is read off its sentence's (alias-trie.ts `within`): cuts inside a name ("orth Brigade Comm") and
    // before a longer alias's end must still give what the part's own alternation gives.
    const matchers = lists.map(aliasMatcher);
    const references = lists.map(oneAlternation);
    for (const s of SENTENCES) {
      lists.forEach((_, k) => matchers[k]!(s));
      for (let a = 0; a < s.length; a += 3) {
        for (const b of [a + 4, a + 17, s.length - (a % 5)]) {
          const part = s.slice(a, Math.min(b, s.length));
          lists.forEach((_, k) => expect(matchers[k]!(part)).toEqual(references[k]!(part)));
        }
      }
    }
  });

  it('finds the aliases of a matcher built after the text was read', () => {
    const s = 'The Libyan National Army withdrew from Sirte, the Government of National Unity said.';
    expect(aliasMatcher(['Sirte'])(s).map((h) => h.text)).toEqual(['Sirte']);
    expect(aliasMatcher(['Libyan National Army', 'Government of National Unity'])(s).map((h) => h.text)).toEqual([
      'Libyan National Army',
      'Government of National Unity',
    ]);
  });
});

describe('AliasTrie.scan', () => {
  const trie = new AliasTrie(true, ARABIC_ARTICLES, ARTICLE_TEXTS);
  const add = (aliases: string[], first: number) => aliases.forEach((a, k) => trie.add(aliasSteps(aliasParts(a)), first + k));
  const startsAnywhere = () => true;

  it('lists the positions where aliases may start and their ranks, and keeps the scan of a text', () => {
    add(['Tal Afar', 'Tal Abyad'], 0);
    const s = 'Iraqi forces retook Tal Afar; Turkish-backed groups held Tal Abyad.';
    const scan = trie.scan(s, startsAnywhere);
    expect(scan.starts).toEqual([s.indexOf('Tal Afar'), s.indexOf('Tal Abyad')]);
    expect(scan.candidates).toEqual([[0], [1]]);
    expect(trie.scan(s, startsAnywhere)).toBe(scan);
  });

  it('scans a text anew once aliases were added', () => {
    const s = 'Government forces recaptured Kunduz, then lost Tal Afar.';
    expect(trie.scan(s, startsAnywhere).starts).toEqual([s.indexOf('Tal Afar')]);
    add(['Kunduz'], 2);
    expect(trie.scan(s, startsAnywhere).starts).toEqual([s.indexOf('Kunduz'), s.indexOf('Tal Afar')]);
  });

  it('keeps the scans of one article past the last few texts, and forgets them when told a new article starts', () => {
    const lead = 'Houthi fighters shelled Tal Afar overnight, a coalition spokesman said.';
    const first = trie.scan(lead, startsAnywhere);
    // An article's other sentences, more than the eight a trie once kept, read before the lead comes back.
    for (let day = 1; day <= 20; day++) trie.scan(`Fighting near Kunduz went on for a ${day}th day, the district chief told AFP.`, startsAnywhere);
    expect(trie.scan(lead, startsAnywhere)).toBe(first);
    trie.forgetScans();
    const again = trie.scan(lead, startsAnywhere);
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
  });

  it('reads the scan of a clause off its sentence: only the clause\'s first two positions and its end are walked', () => {
    const own = new AliasTrie(true, ARABIC_ARTICLES, ARTICLE_TEXTS);
    own.add(aliasSteps(aliasParts('Tal Afar')), 0);
    own.add(aliasSteps(aliasParts('Kunduz')), 1);
    const sentence = 'The army said it retook Tal Afar on Monday, and the Taliban said they held Kunduz.';
    own.scan(sentence, startsAnywhere);
    const walks = vi.spyOn(own, 'candidates');
    const clause = sentence.slice(sentence.indexOf('it retook'), sentence.indexOf(','));
    const scan = own.scan(clause, startsAnywhere);
    expect(scan.starts).toEqual([clause.indexOf('Tal Afar')]);
    expect(walks.mock.calls.map(([, i]) => i).filter((i) => i > 1 && i < clause.length)).toEqual([]);
    walks.mockRestore();
  });

  it('keeps no more scans than it was built to keep', () => {
    const small = new AliasTrie(true, ARABIC_ARTICLES, 2);
    small.add(aliasSteps(aliasParts('Tal Afar')), 0);
    const lead = 'Shelling hit Tal Afar on Monday, the monitor said.';
    const first = small.scan(lead, startsAnywhere);
    small.scan('Kurdish forces held Tal Afar.', startsAnywhere);
    expect(small.scan(lead, startsAnywhere)).toBe(first);
    small.scan('Two more days of clashes followed in Tal Afar, AFP reported.', startsAnywhere);
    small.scan('The army retook Tal Afar, state television said.', startsAnywhere);
    expect(small.scan(lead, startsAnywhere)).not.toBe(first);
  });
});
