import { describe, expect, it } from 'vitest';
import { articleId, EARLIEST_PUBLISHED, Ingest, ingestFiles, outsideWindow } from '../src/index.ts';
import { enc, file, seedFiles } from './helpers.ts';

const GOOD = (n: number) => `Report ${n}\n\n8 January 2018\n\nGovernment forces took ${n} villages on Monday, a monitor said.\n`;

describe('a mixed folder', () => {
  const files = [
    file('z/last.txt', GOOD(3)),
    file('a/good.txt', GOOD(1)),
    file('a/empty.txt', ''),
    file('a/blank.txt', '  \n\n '),
    file('b/photo.jpg', new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10])),
    file('b/latin1.txt', new Uint8Array([...enc('Caf'), 0xe9])),
    file('c/big.txt', new Uint8Array(2 * 1024 * 1024 + 1).fill(0x41)),
    file('c/copy.txt', GOOD(1)),
    file('d/bad-yaml.md', `---\ntitle: "unterminated\n---\n${GOOD(4)}`),
    file('d/furniture.txt', 'Sign in / Join\n\n6 min read\n\nShare this article\n'),
    file('e/good.md', GOOD(2)),
    file('e/second.txt', `---\ntitle: Second\n---\n${GOOD(5)}`),
  ];
  const { articles, rejected } = ingestFiles(files);

  it('keeps the good articles, in path order', () => {
    expect(articles.map((a) => a.source_path)).toEqual(['a/good.txt', 'e/second.txt', 'z/last.txt']);
    expect(articles.map((a) => a.article_id)).toEqual(['good', 'second', 'last']);
  });

  it('lists every other file once, in path order, with its reason', () => {
    expect(rejected.map((r) => [r.path, r.reason.replace(/: .*$/s, ': …')])).toEqual([
      ['a/blank.txt', 'empty file'],
      ['a/empty.txt', 'empty file'],
      ['b/latin1.txt', 'invalid UTF-8 at byte 3'],
      ['b/photo.jpg', 'binary file (NUL bytes)'],
      ['c/big.txt', 'file too large: …'],
      ['c/copy.txt', 'exact duplicate of a/good.txt'],
      ['d/bad-yaml.md', 'invalid YAML front matter: …'],
      ['d/furniture.txt', 'no article text'],
      ['e/good.md', "duplicate article id 'good' (also a/good.txt)"],
    ]);
    expect(articles.length + rejected.length).toBe(files.length);
  });

  it('is deterministic whatever the input order', () => {
    const again = ingestFiles([...files].reverse());
    expect(JSON.stringify(again)).toBe(JSON.stringify({ articles, rejected }));
  });
});

describe('article records', () => {
  it('article id is the file name without directory and extension', () => {
    expect(articleId('a/b/000_x.txt')).toBe('000_x');
    expect(articleId('notes.v2.md')).toBe('notes.v2');
    expect(articleId('README')).toBe('README');
    expect(articleId('dir\\win.txt')).toBe('win');
  });

  it('fills every field of the record from the text', () => {
    const [a] = ingestFiles([file('x/report.txt', 'Sign in\n\nRebels hold the line\n\n© Reuters\n\nRebels held the line. The army paused.\n')]).articles;
    expect(a).toMatchObject({
      article_id: 'report',
      title: 'Rebels hold the line',
      outlet: '',
      url: '',
      text: 'Rebels hold the line\n\nRebels held the line. The army paused.',
      chars: 'Rebels hold the line\n\nRebels held the line. The army paused.'.length,
      sentences: 3,
      removed_lines: 2,
      removed: [
        { text: 'Sign in', reason: 'sign_in' },
        { text: '© Reuters', reason: 'credit' },
      ],
      source_path: 'x/report.txt',
    });
  });
});

describe('the seeds', () => {
  const { articles, rejected } = ingestFiles(seedFiles());
  const byId = new Map(articles.map((a) => [a.article_id.slice(0, 3), a]));

  it('are all accepted', () => {
    expect(rejected).toEqual([]);
    expect(articles).toHaveLength(5);
  });

  it('lose their page furniture and keep their headings', () => {
    const s000 = byId.get('000')!;
    expect(s000.text).not.toContain('This file photo shows');
    expect(s000.text).toContain('\nDrive for military airport\n');
    expect(s000.text.split('\n')).not.toContain('AP');

    const s001 = byId.get('001')!;
    expect(s001.text).not.toContain('Source :');
    expect(s001.text).not.toContain('After Kobane, saving Aleppo');
    expect(s001.text.trimEnd().endsWith('he said.')).toBe(true);

    const s003 = byId.get('003')!;
    expect(s003.text).not.toMatch(/6 min read|\[…\]|Photo by|Share this article/);
    expect(s003.title).toBe('Syrian army advances deeper into Idlib rebel heartland as thousands flee');
    expect(s003.text.startsWith(s003.title)).toBe(true);

    const s004 = byId.get('004')!;
    expect(s004.text).not.toMatch(/Sign in|Ⓒ|Terms of service/);
    expect(s004.text).toContain('\n– Displaced ‘homeless’ –\n');
    expect(s004.removed.filter((r) => r.reason === 'caption')).toHaveLength(3);
  });

  it('have a title each', () => {
    expect(byId.get('000')!.title).toBe('Syrian regime and allies push towards Idlib province');
    expect(byId.get('004')!.title).toBe('Syria: jihadists’ strong resistance to regime in Idleb');
    for (const a of articles) expect(a.title).not.toBe('');
  });

  it('count chars, sentences and removed lines consistently', () => {
    for (const a of articles) {
      expect(a.chars).toBe(a.text.length);
      expect(a.sentences).toBe(a.sentence_list.length);
      expect(a.removed_lines).toBe(a.removed.length);
    }
  });
});

describe('article ids are URL-safe by one rule', () => {
  it('NFC, then every run outside [A-Za-z0-9._-] becomes one "-", runs of "-" collapse, "-" and "." trimmed', () => {
    expect(articleId('a/report#1?.txt')).toBe('report-1');
    expect(articleId('x%41y.txt')).toBe('x-41y');
    expect(articleId('line\nbreak.txt')).toBe('line-break');
    expect(articleId('spaces  and\ttabs.md')).toBe('spaces-and-tabs');
    expect(articleId('a -- b.txt')).toBe('a-b');
    expect(articleId('-.-lead and trail-.txt')).toBe('lead-and-trail');
    // NFC first: a decomposed "é" (e + accent) gives the same id as a composed one, not "Cafe"
    expect(articleId('Cafe\u0301 report.txt')).toBe('Caf-report');
    expect(articleId('Caf\u00e9 report.txt')).toBe('Caf-report');
    expect(articleId('déjà vu.txt')).toBe('d-j-vu');
    expect(articleId('keep_Under.score-1.2.txt')).toBe('keep_Under.score-1.2');
  });

  it('every id survives a URL path segment unchanged', () => {
    const names = ['a#b.txt', 'a?b.txt', '%41.txt', 'a\nb.txt', 'a/b/../c.txt', '..x.txt', 'ü ber.txt', "it's <b>.txt"];
    for (const n of names) {
      const id = articleId(n);
      expect(encodeURIComponent(id)).toBe(id);
      expect(['', '.', '..']).not.toContain(id);
    }
  });

  it('refuses a file whose name leaves no id', () => {
    const { articles, rejected } = ingestFiles([file('###.txt', GOOD(1)), file('تقرير.txt', GOOD(2))]);
    expect(articles).toEqual([]);
    expect(rejected.map((r) => r.reason)).toEqual([
      'no usable article id: the file name has no letter or digit (A-Z, a-z, 0-9)',
      'no usable article id: the file name has no letter or digit (A-Z, a-z, 0-9)',
    ]);
  });

  it('refuses the later path in sort order when two names give the same id, naming the other', () => {
    const { articles, rejected } = ingestFiles([file('b/a b.txt', GOOD(1)), file('a/a#b.txt', GOOD(2)), file('c/a-b.md', GOOD(3))]);
    expect(articles.map((a) => [a.article_id, a.source_path])).toEqual([['a-b', 'a/a#b.txt']]);
    expect(rejected).toEqual([
      { path: 'b/a b.txt', reason: "duplicate article id 'a-b' (also a/a#b.txt)" },
      { path: 'c/a-b.md', reason: "duplicate article id 'a-b' (also a/a#b.txt)" },
    ]);
  });
});

describe('one file at a time', () => {
  it('gives the same result as the whole folder at once, and insists on path order', () => {
    const files = [file('a.txt', GOOD(1)), file('b.txt', GOOD(1)), file('c.txt', GOOD(2))];
    const ingest = new Ingest({ runDate: '2020-01-01' });
    const one = files.flatMap((f) => ingest.add(f));
    const all = ingestFiles(files, { runDate: '2020-01-01' });
    expect(one.filter((r) => 'reason' in r)).toEqual(all.rejected);
    expect(one.filter((r) => !('reason' in r))).toEqual(all.articles);
    expect(() => ingest.add(file('a2.txt', GOOD(3)))).toThrow(/out of path order/);
  });
});

describe('the sane window for publication dates', () => {
  const BODY = 'Army advances\n\nGovernment forces took three villages, a monitor said.\n';
  const run = (text: string) => ingestFiles([file('w.txt', text)], { runDate: '2018-01-10' }).articles[0]!;

  it('runs from 1900-01-01 to the day after the run', () => {
    expect(EARLIEST_PUBLISHED).toBe('1900-01-01');
    expect(outsideWindow('1899-12-31', '2018-01-10')).toBe('1899-12-31 is before 1900-01-01');
    expect(outsideWindow('1900-01-01', '2018-01-10')).toBeNull();
    expect(outsideWindow('2018-01-11', '2018-01-10')).toBeNull();
    expect(outsideWindow('2018-01-12', '2018-01-10')).toBe('2018-01-12 is after the day after the run (2018-01-11)');
  });

  it('refuses a front-matter date in the future, keeps the article, infers from the text and says why', () => {
    const a = run(`---\npublished: 2018-02-01\n---\n8 January 2018\n\n${BODY}`);
    expect(a.published).toBe('2018-01-08');
    expect(a.published_evidence).toBe(
      "front matter 'published' 2018-02-01 is after the day after the run (2018-01-11), not used; dateline '8 January 2018'",
    );
    expect(a.warnings).toEqual(['front-matter.published: 2018-02-01 is after the day after the run (2018-01-11), not used']);
    expect(run(`---\npublished: 2018-01-11\n---\n${BODY}`).published).toBe('2018-01-11');
  });

  it('refuses a front-matter date before 1900 as such', () => {
    const a = run(`---\npublished: 1850-03-01\n---\n${BODY}`);
    expect(a.published).toBe('');
    expect(a.warnings).toEqual(['front-matter.published: 1850-03-01 is before 1900-01-01, not used']);
    expect(run(`---\npublished: 2018-02-30\n---\n${BODY}`).warnings).toEqual(['front-matter.published: not a date, not used']);
  });

  it('refuses a future date found in the text: no date rather than a wrong one', () => {
    const a = run(`9 March 2019\n\n${BODY}`);
    expect(a).toMatchObject({ published: '', published_precision: '', published_latest: '' });
    expect(a.published_evidence).toBe("dateline '9 March 2019', but 2019-03-09 is after the day after the run (2018-01-11): not used");
    expect(a.warnings).toEqual(['published: 2019-03-09 is after the day after the run (2018-01-11), not used']);
  });
});
