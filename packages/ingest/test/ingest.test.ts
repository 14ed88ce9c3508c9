import { describe, expect, it } from 'vitest';
import { articleId, ingestFiles } from '../src/index.ts';
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
