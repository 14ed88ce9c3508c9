/**
 * "The army said" names the state forces of the article's own country: the registry's common-noun aliases of the
 * Syrian army hold in articles about Syria or of unknown country, not in reports from Somalia, Sudan or Afghanistan.
 */
import { describe, expect, it } from 'vitest';
import { resolveSource } from '../src/sources.ts';

describe('common nouns for state forces are bound to their country', () => {
  it.each([
    ['the army', 'SO', 'army'],
    ['Afghan army', 'AF', 'Afghan army'],
    ['the army', 'SD', 'army'],
  ])('%s in an article about %s stays as written', (text, country, name) => expect(resolveSource(text, country)).toBe(name));

  it.each([
    ['the army', 'SY'],
    ['the army', ''],
    ['Syrian army', 'TR'],
    ['SAA', 'LB'],
  ])('%s (article country %s) is the Syrian army', (text, country) => expect(resolveSource(text, country)).toBe('Syrian government forces'));

  it('sources that are no state forces resolve in any country', () => {
    expect(resolveSource('the UN human rights office', 'SD')).toBe('Office of the UN High Commissioner for Human Rights');
  });
});
