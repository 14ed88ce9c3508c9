import { describe, expect, it } from 'vitest';
import { ingestFiles, splitFrontMatter } from '../src/index.ts';
import { file } from './helpers.ts';

const BODY = 'Army advances near Saraqeb\n\nGovernment forces took three villages on Monday, a monitor said.\n';

describe('front matter', () => {
  it('is optional', () => {
    expect(splitFrontMatter(BODY)).toEqual({ ok: true, meta: {}, body: BODY, issues: [] });
  });

  it('overrides title, published, outlet and url and is not part of the text', () => {
    const text = `---\ntitle: "Frontline report"\npublished: 2018-01-09\noutlet: Example News\nurl: https://example.org/a\nauthor: ignored\n---\n${BODY}`;
    const [a] = ingestFiles([file('fm.md', text)]).articles;
    expect(a).toMatchObject({
      title: 'Frontline report',
      published: '2018-01-09',
      published_precision: 'day',
      published_earliest: '2018-01-09',
      published_latest: '2018-01-09',
      published_evidence: 'front matter',
      outlet: 'Example News',
      url: 'https://example.org/a',
    });
    expect(a!.text.startsWith('Army advances near Saraqeb')).toBe(true);
    expect(a!.text).not.toContain('---');
  });

  it('accepts a written date and a timestamp for published', () => {
    const written = ingestFiles([file('a.md', `---\npublished: 8 January 2018\n---\n${BODY}`)]).articles[0]!;
    expect(written.published).toBe('2018-01-08');
    const stamp = ingestFiles([file('b.md', `---\npublished: "2018-01-08T09:30:00Z"\n---\n${BODY}`)]).articles[0]!;
    expect(stamp.published).toBe('2018-01-08');
  });

  it('falls back to the text when published is not a date, and says so', () => {
    const a = ingestFiles([file('a.md', `---\npublished: soon\n---\n8 January 2018\n\n${BODY}`)]).articles[0]!;
    expect(a.published).toBe('2018-01-08');
    expect(a.published_evidence).toBe("front matter 'published' ('soon') is not a date; dateline '8 January 2018'");
  });

  it('rejects invalid YAML with the YAML error message', () => {
    const { articles, rejected } = ingestFiles([file('bad.md', `---\ntitle: [unclosed\n---\n${BODY}`)]);
    expect(articles).toHaveLength(0);
    expect(rejected[0]!.reason).toMatch(/^invalid YAML front matter: .+/);
    expect(rejected[0]!.reason).not.toContain('\n');
  });

  it('rejects front matter that is not key: value pairs, or is never closed', () => {
    expect(splitFrontMatter(`---\n- a\n- b\n---\n${BODY}`)).toEqual({
      ok: false,
      reason: 'invalid YAML front matter: not a list of key: value pairs',
    });
    expect(splitFrontMatter(`---\ntitle: x\n${BODY}`)).toEqual({ ok: false, reason: "invalid YAML front matter: no closing '---' line" });
  });
});

describe('front-matter types', () => {
  const withMeta = (yaml: string) => ingestFiles([file('fm.md', `---\n${yaml}\n---\n${BODY}`)]);

  it('drops a value of the wrong type, reports it, and keeps the article and its other fields', () => {
    const { articles, rejected } = withMeta('title: {a: 1}\noutlet: [Reuters, AP]\npublished: 2018-01-09\nurl: 42');
    expect(rejected).toEqual([]);
    const a = articles[0]!;
    expect(a.title).toBe('Army advances near Saraqeb'); // from the text, not "[object Object]"
    expect(a.outlet).toBe('');
    expect(a.url).toBe('');
    expect(a.published).toBe('2018-01-09');
    expect(a.warnings).toEqual([
      'front-matter.title: Invalid input: expected string, received object',
      'front-matter.outlet: Invalid input: expected string, received array',
      'front-matter.url: Invalid input: expected string, received number',
    ]);
  });

  it('reports a published value that is neither text nor a date', () => {
    const a = withMeta('published: [2018, 1, 9]').articles[0]!;
    expect(a.warnings).toHaveLength(1);
    expect(a.warnings![0]).toMatch(/^front-matter\.published: /);
  });

  it('treats an empty value as absent, not wrong', () => {
    const a = withMeta('title:\noutlet: ""').articles[0]!;
    expect(a.title).toBe('Army advances near Saraqeb');
    expect(a.warnings).toEqual([]);
  });

  it('keeps a url that is not http(s) as text, and flags it', () => {
    for (const url of ['javascript:alert(1)', 'file:///etc/passwd', 'example.org/a', 'ftp://example.org/a']) {
      const a = withMeta(`url: "${url}"`).articles[0]!;
      expect(a.url).toBe(url);
      expect(a.warnings).toEqual(['front-matter.url: not an http(s) address, kept as text and not linked']);
    }
    for (const url of ['https://example.org/a?b=1#c', 'http://example.org']) expect(withMeta(`url: "${url}"`).articles[0]!.warnings).toEqual([]);
  });

  it('reports a published value that is not a date', () => {
    expect(withMeta('published: soon').articles[0]!.warnings).toEqual(['front-matter.published: not a date, not used']);
  });

  it('never puts the list separator in a warning', () => {
    const a = withMeta('title: [a; b]\npublished: "x; y"\nurl: "a;b"').articles[0]!;
    expect(a.warnings!.length).toBe(3);
    for (const w of a.warnings!) expect(w).not.toContain(';');
  });
});
