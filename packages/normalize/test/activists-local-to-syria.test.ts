/**
 * "Activists" as Syrian reporting uses the word (opposition media and local monitors) is a local spelling of the
 * pro-opposition media source: it holds in an article about Syria or of unknown country, never in one about another
 * war, and never inside another body's own name.
 */
import { describe, expect, it } from 'vitest';
import { resolveSource } from '../src/sources.ts';

describe('"activists" names the pro-opposition media only in Syria', () => {
  it.each([
    ['activists', 'SY'],
    ['local activists in Idlib', 'SY'],
    ['opposition activists', 'SY'],
    ['activists', ''],
  ])('%s in an article of country "%s" is the pro-opposition media', (text, country) => {
    expect(resolveSource(text, country)).toBe('Pro-opposition media');
  });

  it.each([
    ['local activists', 'SD', 'local activists'],
    ['activists in El Geneina', 'SD', 'activists in El Geneina'],
    ['opposition activists', 'MM', 'opposition activists'],
    ['Human Rights Activists in Iran', 'IR', 'Human Rights Activists in Iran'],
  ])('%s in an article of country %s is kept as written', (text, country, name) => {
    expect(resolveSource(text, country)).toBe(name);
  });

  it('"opposition media" is a name of the source wherever it is written', () => {
    expect(resolveSource('opposition media', 'SD')).toBe('Pro-opposition media');
  });
});
