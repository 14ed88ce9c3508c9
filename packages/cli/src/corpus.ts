import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FACTS, type Fact } from '@frontline/schema';
import { readCsv, writeFileAtomic } from '@frontline/io';
import {
  checkFloors, formatReport, raiseFloors, readGold, testPartManifest, readSources, scoreFacts, splitOf,
  type EvalReport, type FloorBreach, type Floors, type SourceRow,
} from '@frontline/evaluate';
import { UsageError } from './read-input.ts';

/** A collection of texts with its sources table and gold (corpus/README.md). */
interface Collection {
  texts: string;
  sources: string;
  gold: string;
}

/** A scored set: texts of one collection chosen by split or origin. The test part never shows its sentences. */
interface CorpusSet {
  collection: Collection;
  select: (row: SourceRow, split: Map<string, 'dev' | 'test'>) => boolean;
  details: boolean;
  /** Whether the per-article rows (each text's name and scores) are shown without being asked for. */
  rows: boolean;
}

const SEEDS: Collection = { texts: 'seeds', sources: 'corpus/seeds/sources.csv', gold: 'corpus/seeds/gold.jsonl' };
const REAL: Collection = { texts: 'corpus/real/articles', sources: 'corpus/real/sources.csv', gold: 'corpus/real/gold' };

export const CORPUS_SETS: Record<string, CorpusSet> = {
  seeds: { collection: SEEDS, select: () => true, details: true, rows: true },
  dev: { collection: REAL, select: (r, split) => split.get(r.article) === 'dev', details: true, rows: true },
  // The frozen test part is run to report, never read while writing rules: figures only, no sentences, and no
  // per-article rows unless --test-rows asks (a text's name and score point a rule writer at it).
  test: { collection: REAL, select: (r, split) => split.get(r.article) === 'test', details: false, rows: false },
  // The 24 texts given with the project (shared/corpus), across both parts.
  given: { collection: REAL, select: (r) => r.origin.startsWith('shared/corpus'), details: false, rows: true },
};

/** The result as printed: a set whose rows are not shown by default loses its per-article table unless asked. */
export function shownResult(result: SetResult, askedForRows = false): SetResult {
  const set = CORPUS_SETS[result.set];
  if (!set || set.rows || askedForRows) return result;
  return { ...result, report: { ...result.report, by_article: {} } };
}

/** A report with figures only: the test part's sentences are not shown to the people writing rules. */
function withoutSentences(report: EvalReport): EvalReport {
  return { ...report, misses: [], false_positives: [], wrong_dates: [], wrong_reporters: [], wrong_admin1: [], wrong_actors: [] };
}

export const FLOORS_FILE = 'corpus/floors.json';
const MAIN = fileURLToPath(new URL('./main.ts', import.meta.url));
// tsx from this package, not from the working directory: the run may have started through the `frontline` bin.
const TSX = import.meta.resolve('tsx');

export interface SetResult {
  set: string;
  texts: number;
  report: EvalReport;
}

/**
 * What a user's copy of each page would carry besides its text: the URL, and the publication date where the page's
 * own metadata (its date field or URL) gives it. The plain-text copies in the corpus lost that metadata; a user reading
 * the saved page, or an export of it, has it, and known metadata beats inference. Dates the text states itself, and
 * dates the annotator inferred, are never given: the text has to yield those.
 */
export function pageMetadata(rows: SourceRow[], withOutlet = true): string {
  const known = (r: SourceRow) => (r.published_from === 'page' && r.published ? { published: r.published } : {});
  const outlet = (r: SourceRow) => (withOutlet && publisherOf(r.outlet) ? { outlet: publisherOf(r.outlet) } : {});
  return rows.map((r) => JSON.stringify({ path: r.file, url: r.url, ...outlet(r), ...known(r) }) + '\n').join('');
}

/**
 * The publisher's name in a sources table's outlet column, as a site's name or an export's outlet column gives it: the
 * column's leading name, before the annotator's notes on the copy ("UN OCHA (Iraq), Iraq IDP Crisis ...", "Airwars
 * (civilian-harm monitor), incident page", "Xinhua wire copy as republished by ..."): "UN OCHA", "Airwars", "Xinhua".
 */
const OUTLET_NOTE = /\s*(?:[(,;:]|\s['"“‘]|\s(?:wire\s+copy|via|as\s+republished|republish\w*|relaying|citing)\b).*$/su;
export function publisherOf(outlet: string): string {
  return outlet.replace(OUTLET_NOTE, '').trim();
}

/**
 * Runs the whole pipeline, as a user would, on a folder holding only the set's texts, and scores its facts. Without
 * the outlet, the manifest keeps the URL and page date but not the publisher: a user's plain files name none.
 */
export function evaluateSet(root: string, name: string, textOnly = false, withoutOutlet = false): SetResult {
  const set = CORPUS_SETS[name];
  if (!set) throw new UsageError(`corpus: unknown set ${name}; sets are ${Object.keys(CORPUS_SETS).join(', ')}`);
  const { collection } = set;
  const rows = readSources(join(root, collection.sources));
  const split = splitOf(rows);
  const chosen = rows.filter((r) => set.select(r, split));
  const work = mkdtempSync(join(tmpdir(), `frontline-corpus-${name}-`));
  try {
    const input = join(work, 'in');
    const out = join(work, 'out');
    mkdirSync(input);
    for (const r of chosen) copyFileSync(join(root, collection.texts, r.file), join(input, r.file));
    // A manifest beside the texts (see @frontline/ingest's readers): what the saved page would have told ingest.
    if (!textOnly) writeFileSync(join(input, 'articles.jsonl'), pageMetadata(chosen, !withoutOutlet));
    const run = spawnSync(process.execPath, ['--import', TSX, MAIN, 'all', '--input', input, '--out', out, '--no-cache'], {
      cwd: root, encoding: 'utf8',
    });
    if (run.status !== 0) throw new Error(`corpus ${name}: the pipeline failed: ${run.stderr.split('\n')[0]}`);
    const articles = new Set(chosen.map((r) => r.article));
    const genres = new Map(chosen.map((r) => [r.article, r.genre]));
    const gold = readGold(join(root, collection.gold)).filter((g) => articles.has(g.article));
    const facts = readCsv(FACTS, join(out, 'facts.csv')) as unknown as Fact[];
    const report = scoreFacts(facts, gold, { genreOf: (a) => genres.get(a), articles });
    return { set: name, texts: chosen.length, report: set.details ? report : withoutSentences(report) };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function readFloors(path: string): Floors {
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Floors) : {};
}

export interface CorpusOptions {
  sets: string;
  check?: boolean;
  floors?: string;
  raiseFloors?: boolean;
  details?: boolean;
  json?: boolean;
  /** Give the pipeline the texts alone, without the pages' metadata (URL and a page-stated publication date). */
  textOnly?: boolean;
  /** Give the pipeline the pages' URL and date but not their publisher, as a user's plain files would. */
  withoutOutlet?: boolean;
  /** Print the test part's per-article rows (names and scores); without it the test set prints its summary only. */
  testRows?: boolean;
}

/** `pipeline corpus`: scores each set and, with --check, fails when a figure is below its floor in corpus/floors.json. */
export function runCorpus(options: CorpusOptions, root = process.cwd()): FloorBreach[] {
  const floorsPath = options.floors ?? join(root, FLOORS_FILE);
  const floors = readFloors(floorsPath);
  const results = options.sets.split(',').map((name) => evaluateSet(root, name.trim(), options.textOnly, options.withoutOutlet));
  if (options.raiseFloors) {
    const raised = results.reduce((acc, r) => raiseFloors(r.set, r.report, acc), floors);
    writeFileAtomic(floorsPath, JSON.stringify(raised, null, 2) + '\n');
  }
  const breaches = options.check ? results.flatMap((r) => checkFloors(r.set, r.report, floors)) : [];
  const shown = results.map((r) => shownResult(r, options.testRows));
  if (options.json) {
    process.stdout.write(JSON.stringify({ results: shown, breaches }, null, 2) + '\n');
  } else {
    for (const r of shown) {
      process.stdout.write(`\n== ${r.set}: ${r.texts} texts\n${formatReport(r.report, { details: Boolean(options.details) })}`);
    }
    for (const b of breaches) {
      process.stdout.write(`floor broken: ${b.set} ${b.metric} = ${b.value === null ? 'none' : b.value.toFixed(3)} < ${b.floor}\n`);
    }
  }
  return breaches;
}

export const MANIFEST_FILE = 'corpus/real/test-part.sha256';

/** The test part's manifest as the files are now (see testPartManifest). */
export function currentManifest(root: string): string {
  const rows = readSources(join(root, REAL.sources));
  const gold = readGold(join(root, REAL.gold));
  return testPartManifest(rows, splitOf(rows), (r) => readFileSync(join(root, REAL.texts, r.file)), gold);
}

/** `pipeline corpus --freeze`: writes the manifest of the test part as it is now. */
export function freezeTestPart(root = process.cwd()): void {
  writeFileAtomic(join(root, MANIFEST_FILE), currentManifest(root));
}
