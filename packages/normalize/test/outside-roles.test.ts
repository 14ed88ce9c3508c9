/**
 * A source's alias that only describes the people after it ("Russian military bloggers", "Syrian army analysts") names
 * those people, not the source; a spokesman, an official or sources of the body still speak for it. Phrases written
 * for the rule, from assessment, encyclopedic and wire prose of several wars; none comes from the corpus.
 */
import { describe, expect, it } from 'vitest';
import { parseOutsideRoles, resolveSource } from '../src/sources.ts';

describe('people who speak about a source are not the source', () => {
  it.each([
    ['assessment, Ukraine', 'Russian military bloggers', 'Russian military bloggers'],
    ['encyclopedic, Ukraine', 'prominent Russian military milbloggers', 'prominent Russian military milbloggers'],
    ['wire, Ukraine', 'Russian military analysts', 'Russian military analysts'],
  ])('%s: %s', (_genre, text, name) => expect(resolveSource(text)).toBe(name));
});

describe('people who speak for a source are the source', () => {
  it.each([
    ['wire, Ukraine', 'a Russian military spokesman', 'Russian Ministry of Defence'],
    ['encyclopedic, Ukraine', 'Russian military officials', 'Russian Ministry of Defence'],
    ['wire, Sudan', 'UNHCR officials in Chad', 'UNHCR'],
  ])('%s: %s', (_genre, text, name) => expect(resolveSource(text)).toBe(name));
});

describe('the outside-roles table', () => {
  it('reads its words lower-cased', () => {
    expect(parseOutsideRoles('word,example,source\nBloggers,"X bloggers said",https://example.org\n').has('bloggers')).toBe(true);
  });
  it('stops on a row without a source', () => {
    expect(() => parseOutsideRoles('word,example,source\nbloggers,"X bloggers said",\n')).toThrow(/source/);
  });
});
