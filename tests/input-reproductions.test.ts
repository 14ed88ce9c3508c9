/**
 * Issue 7, input side: each reproduction is the seed folder plus one bad item, run through the command line as a
 * user would. The bad item is listed (or flagged) and the seeds come out exactly as they do alone.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ARTICLES, FACTS, REJECTED } from '@frontline/schema';
import { readCsv } from '@frontline/io';
import { besidesSummary, pipeline, ROOT } from './cli.ts';

const fresh = (name: string) => mkdtempSync(join(tmpdir(), `frontline-${name}-`));
const SEEDS = join(ROOT, 'seeds');
const seedText = (prefix: string) => readFileSync(join(SEEDS, `${prefix}_${{ '000': 'b1127e1c7a5b4e4f', '002': '02d6c2cc732b43d4', '003': '6c79dcc6d6c20d5a' }[prefix]}.txt`), 'utf8');

/** Runs `stage` on the seeds plus whatever `add` puts in the folder; returns the tables it wrote. */
function withSeeds(stage: 'ingest' | 'all', add: (dir: string) => void) {
  const input = fresh('repro-in');
  cpSync(SEEDS, input, { recursive: true });
  add(input);
  const out = fresh('repro-out');
  const run = pipeline(stage, '--input', input, '--out', out);
  expect(besidesSummary(run.stderr)).toBe('');
  expect(run.status).toBe(0);
  const table = (schema: typeof ARTICLES, file: string) => (stage === 'all' || file !== 'facts.csv' ? readCsv(schema, join(out, file)) : []);
  return { articles: table(ARTICLES, 'articles.csv'), rejected: table(REJECTED, 'rejected.csv'), facts: table(FACTS, 'facts.csv') };
}

const seedIds = (rows: Record<string, unknown>[]) => rows.filter((r) => /^00\d_/.test(r.article_id as string));

describe('6. files over the limit are refused from their size, never read', () => {
  const addHuge = (dir: string) => {
    for (let i = 0; i < 5; i++) {
      writeFileSync(join(dir, `huge${i}.txt`), '');
      truncateSync(join(dir, `huge${i}.txt`), 1024 ** 3); // sparse: costs no disk
    }
  };

  it('five sparse 1 GB files are listed as too large, and the seeds run', () => {
    const { articles, rejected } = withSeeds('ingest', addHuge);
    expect(articles).toHaveLength(5);
    expect(rejected).toEqual([0, 1, 2, 3, 4].map((i) => ({ path: `huge${i}.txt`, reason: 'file too large: 1024.0 MB > 2 MB limit' })));
  });

  it('peak memory of the ingest stage stays far below one of those files (it was 6.3 GB)', () => {
    const input = fresh('huge-in');
    cpSync(SEEDS, input, { recursive: true });
    addHuge(input);
    const script = `const { runIngest } = await import(${JSON.stringify(join(ROOT, 'packages/cli/src/stages.ts'))});
      await runIngest({ input: ${JSON.stringify(input)}, out: ${JSON.stringify(fresh('huge-out'))} });
      process.stdout.write(String(process.resourceUsage().maxRSS));`;
    const peakKb = Number(execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' }));
    expect(peakKb).toBeGreaterThan(0);
    expect(peakKb / 1024).toBeLessThan(512);
  });
});

describe('9. article ids are URL-safe', () => {
  it('a file name with #, ?, %41 and a newline gives a URL-safe id', () => {
    const { articles, rejected } = withSeeds('ingest', (dir) => writeFileSync(join(dir, 'a#b?c%41\nd.txt'), seedText('003').replace('Syrian army', 'The army')));
    expect(rejected).toEqual([]);
    const ids = articles.map((a) => a.article_id as string);
    expect(ids).toContain('a-b-c-41-d');
    for (const id of ids) expect(encodeURIComponent(id)).toBe(id);
  });

  it('two names that give one id: the later path is refused, naming the other', () => {
    const { rejected } = withSeeds('ingest', (dir) => {
      writeFileSync(join(dir, 'x y.txt'), `${seedText('003')}\nOne.\n`);
      writeFileSync(join(dir, 'x#y.txt'), `${seedText('003')}\nTwo.\n`);
    });
    expect(rejected).toEqual([{ path: 'x#y.txt', reason: "duplicate article id 'x-y' (also x y.txt)" }]); // ' ' sorts before '#'
  });
});

describe('10. an unreadable sub-folder', () => {
  // As root (CI, this machine) chmod 000 does not stop reading; tests/input-folder.test.ts covers the rejection
  // there with an injected failing readdir. Elsewhere, the real thing:
  const probe = fresh('probe');
  execFileSync('chmod', ['000', probe]);
  let blocks = false;
  try {
    readFileSync(join(probe, 'x'));
  } catch (err) {
    blocks = (err as NodeJS.ErrnoException).code === 'EACCES';
  }
  it.runIf(blocks)('is listed in rejected.csv and the run completes', () => {
    let locked = '';
    const { articles, rejected } = withSeeds('ingest', (dir) => {
      locked = join(dir, 'locked');
      execFileSync('mkdir', [locked]);
      writeFileSync(join(locked, 'a.txt'), 'Title\n\nText.\n');
      execFileSync('chmod', ['000', locked]);
    });
    execFileSync('chmod', ['700', locked]);
    expect(articles).toHaveLength(5);
    expect(rejected).toEqual([{ path: 'locked', reason: 'unreadable folder (EACCES)' }]);
  });
});

describe('11. a bad article never changes a good one', () => {
  let alone: ReturnType<typeof withSeeds>;
  beforeAll(() => {
    alone = withSeeds('all', () => {});
  });

  // 000 dates 002 by corroboration; a copy of 000 dated 1969 used to drag 002 (and its facts) to 1969, and a copy
  // of 002 dated 1969 dragged the original 002 with it.
  for (const prefix of ['000', '002']) {
    it(`a copy of seed ${prefix} with published: 1969-12-31 leaves every seed and its facts as they were`, () => {
      const run = withSeeds('all', (dir) => writeFileSync(join(dir, 'zz_copy.txt'), `---\npublished: 1969-12-31\n---\n${seedText(prefix)}`));
      expect(seedIds(run.articles)).toEqual(alone.articles);
      expect(seedIds(run.facts)).toEqual(alone.facts);
      expect(run.articles.find((a) => a.article_id === 'zz_copy')!.published).toBe('1969-12-31'); // its own date is its own
    });
  }

  it('a publication date after the run is refused with a reason; the article is kept and dated from its text', () => {
    const { articles } = withSeeds('ingest', (dir) => writeFileSync(join(dir, 'future.txt'), `---\npublished: 2099-01-01\n---\n${seedText('003')}\nCopy.\n`));
    const future = articles.find((a) => a.article_id === 'future')!;
    expect(future.published).not.toBe('2099-01-01');
    expect(future.published_evidence).toMatch(/^front matter 'published' 2099-01-01 is after the day after the run \(\d{4}-\d{2}-\d{2}\), not used; /);
    expect(future.warnings).toEqual([expect.stringMatching(/^front-matter\.published: 2099-01-01 is after the day after the run/)]);
  });
});

describe('12. nothing is skipped silently', () => {
  it('symlinks out and in loops, FIFOs and hidden files are listed; UTF-16 is read; wrong front-matter types are flagged', () => {
    const outside = fresh('outside');
    writeFileSync(join(outside, 'secret.txt'), 'Title\n\nSecret.\n');
    const { articles, rejected } = withSeeds('ingest', (dir) => {
      symlinkSync(join(outside, 'secret.txt'), join(dir, 'link.txt'));
      symlinkSync('loop_b', join(dir, 'loop_a'));
      symlinkSync('loop_a', join(dir, 'loop_b'));
      execFileSync('mkfifo', [join(dir, 'pipe.txt')]);
      writeFileSync(join(dir, '.notes.txt'), 'Title\n\nNotes.\n');
      writeFileSync(join(dir, 'wide.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${seedText('003')}\nWide.\n`, 'utf16le')]));
      writeFileSync(join(dir, 'typed.txt'), `---\ntitle: {a: 1}\nurl: "javascript:alert(1)"\n---\n${seedText('003')}\nTyped.\n`);
    });
    expect(rejected).toEqual([
      { path: '.notes.txt', reason: 'hidden' },
      { path: 'link.txt', reason: 'symlink to outside the input folder' },
      { path: 'loop_a', reason: 'symlink loop' },
      { path: 'loop_b', reason: 'symlink loop' },
      { path: 'pipe.txt', reason: 'not a regular file: a FIFO' },
    ]);
    const byId = new Map(articles.map((a) => [a.article_id, a]));
    expect(byId.get('wide')!.title).toBe('Syrian army advances deeper into Idlib rebel heartland as thousands flee');
    expect(byId.get('typed')).toMatchObject({
      title: 'Syrian army advances deeper into Idlib rebel heartland as thousands flee',
      url: 'javascript:alert(1)',
      warnings: [
        'front-matter.title: Invalid input: expected string, received object',
        'front-matter.url: not an http(s) address, kept as text and not linked',
      ],
    });
  });
});
