/**
 * The one escaping of words into regular-expression sources (escapeRe), and its phrase form (phraseSource), which
 * every table-built pattern of extract and normalize uses.
 */
import { describe, expect, it } from 'vitest';
import { escapeRe, phraseSource } from '../src/dates/index.ts';

describe('escapeRe', () => {
  it('makes every special character literal', () => {
    for (const word of ['U.S.', 'a+b', '(SDF)', 'x|y', '[M23]', 'c:\\d', '$5^2*?', '{campaign}']) {
      const re = new RegExp(`^${escapeRe(word)}$`);
      expect(re.test(word), word).toBe(true);
    }
    expect(new RegExp(escapeRe('U.S.')).test('UXSX')).toBe(false);
  });

  it('leaves letters, spaces and hyphens as they are', () => {
    expect(escapeRe('pro-government forces')).toBe('pro-government forces');
  });
});

describe('phraseSource', () => {
  it('matches a phrase across any run of white space, and only as written otherwise', () => {
    const re = new RegExp(`^${phraseSource('large parts of')}$`);
    expect(re.test('large  parts\nof')).toBe(true);
    expect(re.test('largeparts of')).toBe(false);
    expect(new RegExp(phraseSource('St. Mary')).test('StX Mary')).toBe(false);
  });
});
