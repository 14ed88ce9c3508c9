// The ways a user runs the CLI (docs/data-contract.md, "Command line"): the package's own `frontline` bin, which no
// pnpm version shadows, through node_modules/.bin, `pnpm frontline` and `npx frontline`; and the root `pnpm pipeline`
// script, which works while pnpm is pinned below 12.4 (pnpm 12.4 added a built-in `pipeline` command).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARTICLES } from '@frontline/schema';
import { readCsv } from '@frontline/io';
import { besidesSummary, ROOT } from './cli.ts';

const BIN = join(ROOT, 'node_modules/.bin/frontline');
const fresh = (name: string) => mkdtempSync(join(tmpdir(), `frontline-${name}-`));
const run = (command: string, args: string[], cwd = ROOT) => spawnSync(command, args, { cwd, encoding: 'utf8' });

/** A folder with one short article of our own, with front matter. */
function oneArticle(): string {
  const input = fresh('bin-in');
  writeFileSync(
    join(input, 'river-crossing.txt'),
    '---\ntitle: Families leave the river towns\npublished: 2025-03-04\n---\n' +
      'About 2,400 people left the river towns in the past week, the regional administration said on Tuesday.\n',
  );
  return input;
}

function expectIngested(out: string) {
  const articles = readCsv(ARTICLES, join(out, 'articles.csv'));
  expect(articles.map((a) => [a.article_id, a.title])).toEqual([['river-crossing', 'Families leave the river towns']]);
}

describe('the frontline bin', () => {
  it('is linked into node_modules/.bin and its help names it `frontline`', () => {
    const help = run(BIN, ['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage: frontline \[options\] \[command\]/);
    for (const stage of ['ingest', 'extract', 'normalize', 'aggregate', 'all', 'eval']) expect(help.stdout).toContain(`  ${stage} `);
  });

  it('runs a stage through `npx --no-install frontline` from the repository root', () => {
    const out = join(fresh('bin-npx'), 'out');
    const ingest = run('npx', ['--no-install', 'frontline', 'ingest', '--input', oneArticle(), '--out', out]);
    expect(besidesSummary(ingest.stderr)).toBe('');
    expect(ingest.status).toBe(0);
    expect(ingest.stdout).toBe('ingest: {"articles":1,"rejected":0}\n');
    expectIngested(out);
  });

  it('runs a stage through `pnpm frontline`', () => {
    const out = join(fresh('bin-pnpm'), 'out');
    const ingest = run('pnpm', ['--silent', 'frontline', 'ingest', '--input', oneArticle(), '--out', out]);
    expect(ingest.status).toBe(0);
    expectIngested(out);
  });

  it('works from any working directory, reading relative paths from there, and names itself in its errors', () => {
    const cwd = fresh('bin-cwd');
    const missing = run(BIN, ['normalize', '--out', 'here'], cwd);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toBe(`normalize: here/stages/extracted.jsonl not found; run \`frontline extract\` with the same --out first\n`);
    const unknown = run(BIN, ['ingets'], cwd);
    expect(unknown.status).not.toBe(0);
    expect(unknown.stderr).toMatch(/^error: unknown command 'ingets'/);
  });
});

describe('the pnpm pipeline script', () => {
  it('`pnpm pipeline <stage>` reaches this CLI (pnpm 12.4+ would run its own built-in `pipeline` instead)', () => {
    const out = join(fresh('pnpm-pipeline'), 'out');
    const ingest = run('pnpm', ['--silent', 'pipeline', 'ingest', '--input', oneArticle(), '--out', out]);
    expect(ingest.stderr).not.toMatch(/unexpected argument/);
    expect(ingest.status).toBe(0);
    expectIngested(out);
  });

  it('names itself `pnpm pipeline` in its errors', () => {
    const missing = run('pnpm', ['--silent', 'pipeline', 'normalize', '--out', join(fresh('pnpm-empty'), 'out')]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/extracted\.jsonl not found; run `pnpm pipeline extract` with the same --out first/);
  });
});
