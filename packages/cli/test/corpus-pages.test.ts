import { describe, expect, it } from 'vitest';
import type { SourceRow } from '@frontline/evaluate';
import { pageMetadata, publisherOf } from '../src/corpus.ts';

const row = (file: string, published: string, published_from: SourceRow['published_from']): SourceRow => ({
  file, article: file.replace(/\.txt$/, ''), outlet: 'Outlet', genre: 'wire', conflict: 'c', country: 'SY', region: '',
  url: `https://example.org/${file}`, published, published_evidence: '', published_from, excerpt: '', origin: '', notes: '',
});

describe("the corpus run's page metadata", () => {
  it('gives each text its URL, and a publication date only where the page stated it outside the text', () => {
    const lines = pageMetadata([
      row('a.txt', '2018-01-19', 'page'),
      row('b.txt', '2018-01-03', 'text'),
      row('c.txt', '2018-01-08', 'inferred'),
      row('d.txt', '', 'none'),
    ]).trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines).toEqual([
      { path: 'a.txt', url: 'https://example.org/a.txt', outlet: 'Outlet', published: '2018-01-19' },
      // The text states its own date: the pipeline must find it there.
      { path: 'b.txt', url: 'https://example.org/b.txt', outlet: 'Outlet' },
      // The annotator's inference is never handed to the pipeline.
      { path: 'c.txt', url: 'https://example.org/c.txt', outlet: 'Outlet' },
      { path: 'd.txt', url: 'https://example.org/d.txt', outlet: 'Outlet' },
    ]);
  });

  it('withholds the publisher when asked, as a user\'s plain files carry none, and keeps the URL and page date', () => {
    const lines = pageMetadata([row('a.txt', '2018-01-19', 'page'), row('d.txt', '', 'none')], false)
      .trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines).toEqual([
      { path: 'a.txt', url: 'https://example.org/a.txt', published: '2018-01-19' },
      { path: 'd.txt', url: 'https://example.org/d.txt' },
    ]);
  });
});

describe("the publisher a corpus row's outlet names", () => {
  it.each([
    ['UN OCHA (Sahel hub), "Burkina Faso: Flash Update No. 4", reliefweb.int', 'UN OCHA'],
    ['Sahel Watch (conflict monitor), weekly bulletin', 'Sahel Watch'],
    ["FDD's Long War Journal (longwarjournal.org), analysis", "FDD's Long War Journal"],
    ['Kivu Morning Star wire copy as republished by example.org', 'Kivu Morning Star'],
    ['AFP wire copy (no byline)', 'AFP'],
    ['The Horn Times, republishing Reuters', 'The Horn Times'],
    ['', ''],
  ])('%s', (outlet, name) => expect(publisherOf(outlet)).toBe(name));
});
