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
