import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FACTS, REJECTED } from '@frontline/schema';
import { readArrow, readCsv } from '@frontline/io';
import { besidesSummary, pipeline, ROOT } from './cli.ts';

const GOLD = join(ROOT, 'corpus/seeds/gold.jsonl');
const CONTRACT_FILES = [
  'facts.csv', 'facts.arrow', 'articles.csv', 'articles.arrow', 'rejected.csv', 'rejected.arrow', 'events.csv',
  'events.arrow', 'displacement_timeline.csv', 'casualties_timeline.csv', 'territory_timeline.csv', 'datapackage.json',
];

const fresh = (name: string) => mkdtempSync(join(tmpdir(), `frontline-${name}-`));
const snapshot = (dir: string) =>
  Object.fromEntries(readdirSync(dir).filter((f) => f !== 'stages' && f !== 'cache').map((f) => [f, readFileSync(join(dir, f)).toString('base64')]));

describe('pipeline on the seeds', () => {
  const out = fresh('seeds');
  let first: Record<string, string>;
  beforeAll(() => {
    const run = pipeline('all', '--input', 'seeds', '--out', out);
    expect(besidesSummary(run.stderr)).toBe('');
    expect(run.status).toBe(0);
    first = snapshot(out);
  });

  it('writes every file of the data contract', () => {
    for (const file of CONTRACT_FILES) expect(existsSync(join(out, file)), file).toBe(true);
    const pkg = JSON.parse(readFileSync(join(out, 'datapackage.json'), 'utf8'));
    const paths = pkg.resources.map((r: { path: string }) => r.path);
    for (const file of CONTRACT_FILES.filter((f) => f !== 'datapackage.json')) expect(paths).toContain(file);
  });

  it('writes CSV and Arrow twins with the same rows', () => {
    const csv = readCsv(FACTS, join(out, 'facts.csv'));
    const arrow = readArrow(join(out, 'facts.arrow'));
    expect(arrow.length).toBe(csv.length);
    expect(arrow.map((r) => r.fact_id)).toEqual(csv.map((r) => r.fact_id));
  });

  it('keeps provenance: every quote is the sentence at its offsets in the article text', () => {
    const ingested = readFileSync(join(out, 'stages/ingested.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    const texts = new Map(ingested.map((a: { article_id: string; text: string }) => [a.article_id, a.text]));
    for (const fact of readCsv(FACTS, join(out, 'facts.csv'))) {
      const text = texts.get(fact.article_id as string)!;
      expect(text.slice(fact.char_start as number, fact.char_end as number)).toBe(fact.quote);
      expect(text.slice(fact.figure_start as number, fact.figure_end as number).length).toBeGreaterThan(0);
    }
  });

  it('writes byte-identical files on a second run', () => {
    const again = pipeline('all', '--input', 'seeds', '--out', out);
    expect(again.status).toBe(0);
    expect(snapshot(out)).toEqual(first);
  });

  it('scores above the thresholds against the seed gold file', () => {
    const run = pipeline('eval', '--gold', GOLD, '--out', out, '--json');
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout);
    console.log(
      `seed eval: recall(required) ${report.recall_required.value.toFixed(3)}, recall(all) ${report.recall_all.value.toFixed(3)}, ` +
        `precision ${report.precision.value.toFixed(3)}, period_end ${report.period_end_accuracy.value.toFixed(3)}, ` +
        `reported_by ${report.reported_by_accuracy.value?.toFixed(3)}, admin1 ${report.admin1_accuracy.value?.toFixed(3)}, duplicates ${report.duplicates}`,
    );
    expect(report.recall_required.value).toBeGreaterThanOrEqual(0.9);
    expect(report.precision.value).toBeGreaterThanOrEqual(0.85);
    expect(report.period_end_accuracy.value).toBeGreaterThanOrEqual(0.85);
  });
});

describe('stages one by one', () => {
  it('runs each stage from the previous stage’s files and gives the same tables as `all`', () => {
    const byStage = fresh('stages');
    for (const stage of ['ingest', 'extract', 'normalize', 'aggregate']) {
      expect(pipeline(stage, '--input', 'seeds', '--out', byStage).status, stage).toBe(0);
    }
    const all = fresh('all');
    pipeline('all', '--input', 'seeds', '--out', all);
    expect(snapshot(byStage)).toEqual(snapshot(all));
  }, 180_000); // five whole runs of the CLI, each loading the models and the gazetteer: more than the usual minute

  it('stops with a one-line reason when an earlier stage has not run', () => {
    const run = pipeline('normalize', '--out', fresh('empty'));
    expect(run.status).not.toBe(0);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/extracted\.jsonl not found; run `pnpm pipeline extract`/);
  });

  it('stops with a one-line reason when the input folder is missing', () => {
    const run = pipeline('ingest', '--input', join(fresh('nothing'), 'absent'), '--out', fresh('o'));
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(/^input folder not found: /);
  });
});

describe('bad input', () => {
  it('processes the good files and lists every bad one with its reason', () => {
    const input = fresh('mixed');
    copyFileSync(join(ROOT, 'seeds/003_6c79dcc6d6c20d5a.txt'), join(input, 'good.txt'));
    copyFileSync(join(ROOT, 'seeds/003_6c79dcc6d6c20d5a.txt'), join(input, 'zz-copy.txt'));
    writeFileSync(join(input, 'empty.txt'), '');
    writeFileSync(join(input, 'blank.txt'), ' \n\t\n');
    writeFileSync(join(input, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a, 0x0a]));
    writeFileSync(join(input, 'latin1.txt'), Buffer.from('Caf\xe9 in Idlib: 12 people were killed.', 'latin1'));
    writeFileSync(join(input, 'huge.txt'), 'Twelve people were killed in Ariha. '.repeat(70_000));
    mkdirSync(join(input, 'more'));
    writeFileSync(join(input, 'more/short.txt'), 'At least 12 civilians were killed in Ariha on Monday, the White Helmets said.\n');
    const out = fresh('mixed-out');
    const run = pipeline('all', '--input', input, '--out', out);
    expect(run.status).toBe(0);
    const rejected = readCsv(REJECTED, join(out, 'rejected.csv'));
    const reasons = Object.fromEntries(rejected.map((r) => [r.path, r.reason as string]));
    expect(Object.keys(reasons).sort()).toEqual(['blank.txt', 'empty.txt', 'huge.txt', 'image.txt', 'latin1.txt', 'zz-copy.txt']);
    expect(reasons['empty.txt']).toMatch(/empty/);
    expect(reasons['blank.txt']).toMatch(/empty|whitespace|no article text/);
    expect(reasons['image.txt']).toMatch(/binary/);
    expect(reasons['latin1.txt']).toMatch(/UTF-8/);
    expect(reasons['huge.txt']).toMatch(/too large/);
    expect(reasons['zz-copy.txt']).toMatch(/duplicate of good\.txt/);
    const facts = readCsv(FACTS, join(out, 'facts.csv'));
    expect(new Set(facts.map((f) => f.article_id))).toEqual(new Set(['good', 'short']));
    expect(facts.some((f) => f.article_id === 'short' && f.count_best === 12 && f.group === 'civilians')).toBe(true);
  });
});

describe('--region and --country', () => {
  it('a region pack forces its country: on Syrian articles the tables are those the detected country gives', () => {
    const detected = fresh('detected');
    const forced = fresh('forced');
    expect(pipeline('all', '--input', 'seeds', '--out', detected).status).toBe(0);
    const run = pipeline('all', '--input', 'seeds', '--out', forced, '--region', 'syria');
    expect(besidesSummary(run.stderr)).toBe('');
    expect(run.status).toBe(0);
    expect(readFileSync(join(forced, 'facts.csv'), 'utf8')).toBe(readFileSync(join(detected, 'facts.csv'), 'utf8'));
    expect(readFileSync(join(forced, 'place_mentions.csv'), 'utf8')).toMatch(/,SY,/);
  });
  it('an unknown region or a malformed country code stops normalize with a one-line reason', () => {
    const out = fresh('badregion');
    for (const args of [['--region', 'atlantis'], ['--country', 'Ukraine']]) {
      const run = pipeline('all', '--input', 'seeds', '--out', out, ...args);
      expect(run.status).not.toBe(0);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(run.stderr).toMatch(args[0] === '--region' ? /no such region pack \(packs: syria\)/ : /ISO 3166-1 alpha-2/);
    }
  });
});
