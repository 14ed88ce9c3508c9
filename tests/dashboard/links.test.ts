import { describe, expect, it } from 'vitest';
import { externalHref } from '../../apps/dashboard/src/lib/links.ts';
import { articleSlug } from '../../apps/dashboard/src/lib/server/slug.ts';

describe('externalHref: only http(s) addresses from data become links', () => {
  it('keeps http and https addresses, as the URL parser writes them', () => {
    expect(externalHref('https://www.example.org/news/1')).toBe('https://www.example.org/news/1');
    expect(externalHref('HTTP://Example.org')).toBe('http://example.org/');
    expect(externalHref('  https://example.org/a b  ')).toBe('https://example.org/a%20b');
    expect(externalHref('https://example.org/"><script>x</script>')).toBe('https://example.org/%22%3E%3Cscript%3Ex%3C/script%3E');
  });

  it.each([
    'javascript:alert(document.domain)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '\u0000javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'ftp://example.org/x',
    '//evil.example/x',
    '/articles/x',
    'example.org',
    '',
  ])('refuses %j', (url) => {
    expect(externalHref(url)).toBeNull();
  });

  it('refuses what is not a string', () => {
    expect(externalHref(null)).toBeNull();
    expect(externalHref(42)).toBeNull();
  });
});

describe('articleSlug: a page path segment for any article id', () => {
  const ids = [
    'seed_01',
    'a#b',
    'a?b=1',
    'p%41',
    'pA',
    'p~41',
    'new\nline',
    'tab\there',
    'dot.ted',
    '.',
    '..',
    '.hidden',
    'a/b',
    'a\\b',
    'spaces and "quotes"',
    '',
    'حلب_تقرير',
    'x'.repeat(300),
    'x'.repeat(300) + 'y',
    'م'.repeat(200),
  ];

  it('is safe in a URL and as a file name, without decoding', () => {
    for (const id of ids) {
      const slug = articleSlug(id);
      expect(slug, JSON.stringify(id)).toMatch(/^[A-Za-z0-9_~-][A-Za-z0-9._~-]*$/);
      expect(encodeURIComponent(slug)).toBe(slug);
      expect(Buffer.byteLength(slug)).toBeLessThanOrEqual(255);
    }
  });

  it('is one-to-one and leaves plain ids as they are', () => {
    expect(new Set(ids.map(articleSlug)).size).toBe(ids.length);
    expect(articleSlug('seed_01')).toBe('seed_01');
    expect(articleSlug('dot.ted')).toBe('dot.ted');
    expect(articleSlug('a#b')).toBe('a~23b');
    expect(articleSlug('p~41')).toBe('p~7E41');
    expect(articleSlug('p%41')).toBe('p~2541');
  });
});
