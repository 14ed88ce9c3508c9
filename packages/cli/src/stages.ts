import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { ARTICLES, REJECTED, type AppliedCorrection, type ArticleRecord, type ExtractedFact, type Fact, type IngestedArticle, type PlaceMentionRecord, type Rejection, type UnresolvedPlace } from '@frontline/schema';
import { buildDatapackage, jsonArrayItems, jsonlLines, jsonlRecords, JsonlWriter, listFiles, MissingInputError, readJsonl, writeFileAtomic, writeJsonl, writeTable, type PackageInfo, type WrittenTable } from '@frontline/io';
import { byPath, fieldMap, Ingest, manifestName, readManifest, sameVerdictDays, todayUtc, type InputFile, type PreparedFile, type RunDays } from '@frontline/ingest';
import { extractArticle } from '@frontline/extract';
import { applyCorrections, correctGazetteer, corroborateDates, loadGazetteer, readCorrections, type PackInfo } from '@frontline/normalize';
import { aggregate, type PackCredit } from '@frontline/aggregate';
import { packForCountry, readPackFolders } from '@frontline/normalize/packs';
import { COMMAND } from './command.ts';
import { STAGE_ORDER, stagePaths, type StageName } from './paths.ts';
import { cacheKey, type RunCache, type StageCache } from './cache/store.ts';
import { stageVersion, type CachePart } from './cache/version.ts';
import { tableReuse } from './cache/tables.ts';
import { FileDigests, fileStamp, sha256Hex } from './cache/file-digests.ts';
import { Pool, poolMinimum, poolSize, type Answer } from './pool.ts';
import { progress } from './progress.ts';
import { normalizeTask, type NormalizeInput, type PoolTask } from './tasks.ts';
import { articleRecord, changesFacts, factsJson, normalizeInputs, readOutline, withText, type NormalizeRead } from './normalize-input.ts';
import { correctionInput, NormalizedWriter, type Normalized } from './normalize-output.ts';
import { listInputFolder, readInputFile, UsageError, type InputEntry } from './read-input.ts';
import { captureResolver } from './corroborate-cache.ts';

export interface StageOptions extends ExportFieldOptions {
  input: string;
  out: string;
  /** A region pack id: its country is every article's country. */
  region?: string;
  /** An ISO 3166-1 alpha-2 code: every article's country (wins over region). */
  country?: string;
  /** The corrections folder, '' or absent for none. */
  corrections?: string;
  /** The article cache (none: every article is computed). */
  cache?: RunCache;
  /** The set this run replaces (the real --out), whose unchanged tables aggregate links instead of writing. */
  previousSet?: string;
  /** Told, when ingest ends, the run dates on which its result holds (the run record keeps them). */
  onRunDays?: (days: RunDays) => void;
}

/** Columns of article exports (comma-separated names, tried in order); unset: the defaults. */
export interface ExportFieldOptions {
  textField?: string;
  dateField?: string;
  titleField?: string;
  urlField?: string;
  outletField?: string;
}

/** A per-article failure of a later stage: listed in rejected.csv, the other articles go on. */
interface Failure {
  path: string;
  reason: string;
}

/** A stage's cache and version, or null when the run has no cache. */
function stageCache(options: StageOptions, stage: CachePart): { cache: StageCache; version: string } | null {
  return options.cache ? { cache: options.cache.stage(stage), version: stageVersion(stage) } : null;
}

/**
 * How a stage computes one article, and how it names it and keys it for the cache. The stage reads each article as
 * `R`, what it keys by (the hand-over file's lines as written), and `parse` makes the article `A` that `run` computes
 * from: only the articles the cache does not have are parsed.
 */
interface ArticleTask<R, A, T> {
  stage: 'extract' | 'normalize';
  parse: (r: R) => A;
  run: (a: A) => T;
  /** The same work by name, for the pool's workers. */
  pooled: PoolTask;
  /** Everything `run` reads of the article, or more (its other inputs are in the stage's version). */
  inputs: (r: R) => string[];
  path: (a: A) => string;
}

/** Articles read from the hand-over file and computed at a time: only these are in memory, with their results. */
const batchSize = (): number => Number(process.env.FRONTLINE_BATCH) || 256;

/**
 * What eachArticle calls with each article's result, in article order, as each batch ends. With `text`, a result the
 * cache has is handed over as the JSON text the cache holds, never parsed (extract copies it into its hand-over file).
 */
interface Sink<T> {
  value: (result: T) => void;
  text?: (json: string) => void;
}

/** An article's answer: computed (or a failure), or the cache's result as a value or as its JSON text. */
type Result<T> = Answer<T> | { text: string };

/**
 * Applies the task to each article, or takes its result from the cache when its inputs and the stage's version are
 * those of an earlier run. `source` gives the articles afresh each time it is called: once to count them and the
 * cache's misses (the pool starts only when there are enough to compute), once to run them in batches, so only a
 * batch is ever in memory. The pool, when used, is kept across batches. An article that throws is recorded as a
 * failure instead of stopping the run (and is not cached: it is tried again next time). Results go to `sink` and
 * failures come out in article order, however the pool finished them.
 */
async function eachArticle<R, A, T>(source: () => Iterable<R>, task: ArticleTask<R, A, T>, options: StageOptions, sink: Sink<T>) {
  const cached = stageCache(options, task.stage);
  // Each article's key, made once in the counting pass and taken by position in the second (making it hashes the
  // article's text and facts, which a re-run of a few new articles among thousands would otherwise do twice).
  const keys: string[] = [];
  let misses = 0;
  for (const a of source()) {
    const key = cached ? cacheKey(cached.version, task.inputs(a)) : '';
    keys.push(key);
    misses += cached?.cache.has(key) ? 0 : 1;
  }
  const total = keys.length;
  const bar = progress(task.stage, total);
  const size = poolSize();
  const pool = size > 1 && misses >= poolMinimum(task.stage) ? new Pool<T>(task.pooled, size, (a) => computeHere([a as A], task, () => {})[0]!) : null;
  const run = { task, cached, bar, pool, sink, failures: [] as Failure[], results: 0 };
  try {
    let batch: R[] = [];
    let first = 0; // the position of the batch's first article in the source
    for (const a of source()) {
      if (batch.push(a) < batchSize()) continue;
      await eachBatch(batch, keys.slice(first, first + batch.length), run);
      first += batch.length;
      batch = [];
    }
    if (first + batch.length !== total) throw new Error(`${task.stage}: the input changed while it was read (${total} articles, then ${first + batch.length})`);
    await eachBatch(batch, keys.slice(first), run);
  } finally {
    await pool?.close();
  }
  cached?.cache.finish();
  const { failures, results } = run;
  bar.end(`${results} of ${total} articles${failures.length ? `, ${failures.length} failed` : ''}`);
  return { failures, outOfHeap: outOfHeapCount(pool?.workersOutOfHeap ?? 0) };
}

/** Pool workers that ran out of heap, for the stage's result: nothing when none did (the usual result stays as it was). */
const outOfHeapCount = (n: number): { workers_out_of_heap?: number } => (n > 0 ? { workers_out_of_heap: n } : {});

interface BatchRun<R, A, T> {
  task: ArticleTask<R, A, T>;
  cached: ReturnType<typeof stageCache>;
  bar: ReturnType<typeof progress>;
  pool: Pool<T> | null;
  sink: Sink<T>;
  failures: Failure[];
  results: number;
}

/** One batch and its cache keys: hits taken, the rest computed (in the pool or here), results handed on in article order. */
async function eachBatch<R, A, T>(read: R[], keys: string[], run: BatchRun<R, A, T>) {
  const { task, cached, bar } = run;
  const answers: (Result<T> | undefined)[] = read.map((_r, i) => {
    const hit = cachedResult<T>(cached?.cache, keys[i]!, run.sink.text !== undefined);
    if (hit === undefined) cached?.cache.reserve(keys[i]!);
    else bar.tick();
    return hit;
  });
  const todo = answers.flatMap((a, i) => (a === undefined ? [i] : []));
  const computedHere = new Set(todo);
  const articles = new Map(todo.map((i) => [i, task.parse(read[i]!)]));
  const inputs = [...articles.values()];
  const computed = run.pool ? await run.pool.run(inputs, () => bar.tick()) : computeHere(inputs, task, () => bar.tick());
  todo.forEach((i, j) => (answers[i] = computed[j]));
  answers.forEach((answer, i) => {
    if ('text' in answer!) run.sink.text!(answer.text), run.results++;
    else if ('value' in answer!) run.sink.value(answer.value), run.results++;
    else run.failures.push({ path: task.path(articles.get(i)!), reason: `${task.stage} failed: ${answer!.error}` });
    if (cached && computedHere.has(i)) 'value' in answer! ? cached.cache.put(keys[i]!, answer.value) : cached.cache.release(keys[i]!);
  });
}

/** The cache's result for `key`, as its JSON text or parsed; undefined when the cache has none. */
function cachedResult<T>(cache: StageCache | undefined, key: string, asText: boolean): Result<T> | undefined {
  if (asText) {
    const text = cache?.getText(key);
    return text === undefined ? undefined : { text };
  }
  const value = cache?.get<T>(key);
  return value === undefined ? undefined : { value };
}

/** The articles' answers, computed in the stage's own thread. */
function computeHere<A, T>(articles: A[], task: { run: (a: A) => T }, done: () => void): Answer<T>[] {
  return articles.map((a) => {
    try {
      return { value: task.run(a) };
    } catch (err) {
      return { error: (err as Error).message };
    } finally {
      done();
    }
  });
}

const exportFields = (o: StageOptions) =>
  fieldMap({ text: o.textField, published: o.dateField, title: o.titleField, url: o.urlField, outlet: o.outletField });

/** Manifests (articles.csv / articles.jsonl with a `path` column) first: their metadata must be known before the files. */
function readManifests(files: InputEntry[], ingest: Ingest, rejected: Rejection[]): Set<string> {
  const manifests = new Set<string>();
  for (const entry of files.filter((f) => manifestName(f.path))) {
    const read = readInputFile(entry);
    const manifest = 'reason' in read ? null : readManifest(read.path, read.bytes);
    if (!manifest) continue; // not a manifest: read as an export, with the other files
    manifests.add(entry.path);
    rejected.push(...ingest.addManifest(manifest));
  }
  return manifests;
}

/**
 * Reads and prepares one file (ingest.ts), or takes it from the cache: keyed by its bytes' SHA-256, its path, the
 * export columns and the manifest's rows for it; an entry prepared on another day is used only when the publication
 * window gives every date it checked the same verdict today. A file whose stat is that of a file read before
 * (file-digests.ts) is keyed by the SHA-256 then recorded, and read only when its entry is missing or not usable.
 */
function preparer(ingest: Ingest, options: StageOptions) {
  const cached = stageCache(options, 'ingest');
  const digests = new FileDigests(stageCache(options, 'files'));
  const usable = (p: PreparedFile) => ingest.reusable(p);
  const keyOf = (path: string, sha: string) => cacheKey(cached!.version, [ingest.preparedFrom(path), sha]);
  const prepare = async (entry: InputEntry): Promise<PreparedFile | Rejection> => {
    if (!cached) return prepareRead(entry, (file) => ingest.prepare(file));
    const stamp = fileStamp(entry.abs);
    const known = digests.known(entry, stamp);
    const hit = known === undefined ? undefined : cached.cache.get(keyOf(entry.path, known), usable);
    if (hit !== undefined) return hit;
    return prepareRead(entry, (file) => {
      const sha = sha256Hex(file.bytes);
      if (known === undefined) digests.learn(entry, stamp, sha);
      const key = keyOf(file.path, sha);
      // the entry under the known digest was just found missing or unusable: not looked up twice
      if (sha === known) return ingest.prepare(file).then((p) => (cached.cache.put(key, p), p));
      return cached.cache.memo(key, () => ingest.prepare(file), usable);
    });
  };
  return { prepare, finish: () => (cached?.cache.finish(), digests.finish()) };
}

/** The file's bytes prepared, or why it could not be read. */
function prepareRead(entry: InputEntry, prepare: (file: InputFile) => Promise<PreparedFile>): Promise<PreparedFile | Rejection> | Rejection {
  const read = readInputFile(entry);
  return 'reason' in read ? read : prepare(read);
}

export async function runIngest(options: StageOptions) {
  const { input, out } = options;
  const paths = stagePaths(out);
  const folder = listInputFolder(input);
  const bar = progress('ingest', folder.files.length, 'files');
  const runDate = todayUtc();
  const ingest = new Ingest({ runDate, fields: exportFields(options) });
  const checkedDays = new Set<string>(); // every publication date compared with the run's day
  // Each article's text and sentences go to the hand-over file as it is admitted; only its record stays here.
  const ingested = new JsonlWriter(paths.ingested);
  const articles: ArticleRecord[] = [];
  const rejected: Rejection[] = [...folder.rejected];
  try {
    await ingestFiles(folder.files, { ingest, options, rejected, checkedDays, bar }, (article) => {
      ingested.write(article);
      articles.push(articleRecord(article));
    });
  } catch (err) {
    ingested.abort();
    throw err;
  }
  const allRejected = [...rejected, ...ingest.unusedManifestRows()].sort(byPath);
  // A fresh ingest invalidates what later stages wrote from an older one.
  for (const stage of ['extract', 'normalize']) rmSync(paths.failures(stage), { force: true });
  ingested.commit();
  writeJsonl(paths.rejected, allRejected);
  writeTable(out, ARTICLES, articles as never);
  writeTable(out, REJECTED, allRejected as never);
  bar.end(`${articles.length} articles, ${allRejected.length} rejected`);
  options.onRunDays?.(sameVerdictDays(checkedDays, runDate));
  return { articles: articles.length, rejected: allRejected.length };
}

/** What ingestFiles reads and fills besides the articles it admits. */
interface IngestRun {
  ingest: Ingest;
  options: StageOptions;
  rejected: Rejection[];
  checkedDays: Set<string>;
  bar: ReturnType<typeof progress>;
}

/** One file at a time, in path order: only the current file's bytes and articles are in memory. */
async function ingestFiles(files: InputEntry[], run: IngestRun, admitted: (article: IngestedArticle) => void) {
  const { ingest, rejected, bar } = run;
  const manifests = readManifests(files, ingest, rejected);
  const { prepare, finish } = preparer(ingest, run.options);
  for (const entry of files) {
    if (manifests.has(entry.path)) continue;
    const prepared = await prepare(entry);
    if ('reason' in prepared) {
      rejected.push(prepared);
      bar.tick();
      continue;
    }
    for (const doc of prepared.docs) for (const day of doc.windowChecked) run.checkedDays.add(day);
    for (const result of ingest.admit(prepared)) {
      if ('reason' in result) rejected.push(result);
      else admitted(result);
    }
    bar.tick(); // no file name: it is untrusted text, and this goes to a terminal
  }
  finish();
}

/** A line of a hand-over file read unparsed (jsonlLines), parsed when its article is computed. */
function parseLine<T>(path: string, line: string): T {
  try {
    return JSON.parse(line) as T;
  } catch {
    throw new Error(`${path}: a line is not valid JSON`);
  }
}

export async function runExtract(options: StageOptions) {
  const paths = stagePaths(options.out);
  // The ingested lines as written: an article the cache has is keyed by its line and never parsed (a line is the
  // JSON of the article, so its key is the one the article's JSON always gave).
  const articles = () => jsonlLines(paths.ingested); // missing: reported before anything is written
  articles();
  const task: ArticleTask<string, IngestedArticle, ExtractedFact[]> = {
    stage: 'extract', parse: (line) => parseLine(paths.ingested, line), run: extractArticle, pooled: { task: 'extract' }, inputs: (line) => [line], path: (a) => a.source_path,
  };
  // Each batch's facts go to the hand-over file as the batch ends, in article order.
  const extracted = new JsonlWriter(paths.extracted);
  let facts = 0;
  const sink: Sink<ExtractedFact[]> = {
    value: (result) => {
      for (const fact of result) extracted.write(fact);
      facts += result.length;
    },
    // a cached article's facts, copied as the cache holds them: the lines a parse and a write would give
    text: (json) => {
      const lines = jsonArrayItems(json);
      for (const line of lines) extracted.writeLine(line);
      facts += lines.length;
    },
  };
  const { failures, outOfHeap } = await eachArticle(articles, task, options, sink).catch((err) => (extracted.abort(), Promise.reject(err)));
  extracted.commit();
  writeJsonl(paths.failures('extract'), failures);
  return { facts, failed: failures.length, ...outOfHeap };
}

/** The country --country or --region forces ('' for none); an unknown region or a malformed code is an error. */
function forcedCountry({ region, country }: StageOptions, packs: PackInfo[]): string {
  if (country !== undefined) {
    if (!/^[A-Za-z]{2}$/.test(country)) throw new Error(`--country ${JSON.stringify(country)}: expected an ISO 3166-1 alpha-2 code such as UA`);
    return country.toUpperCase();
  }
  if (region === undefined) return '';
  const pack = packs.find((p) => p.id === region && !p.countries.includes('*'));
  if (!pack) throw new Error(`--region ${JSON.stringify(region)}: no such region pack (packs: ${packs.filter((p) => !p.countries.includes('*')).map((p) => p.id).join(', ')})`);
  return pack.countries[0]!;
}

export async function runNormalize(options: StageOptions) {
  const { out } = options;
  const paths = stagePaths(out);
  jsonlRecords(paths.extracted); // this stage's input first: its absence is the error to report
  const corrections = readCorrections(options.corrections);
  const loaded = loadGazetteer();
  for (const problem of loaded.problems) process.stderr.write(`normalize: ${problem}\n`);
  // Place aliases and new places join the gazetteer before anything resolves against it.
  const { gazetteer, outcomes } = correctGazetteer(loaded, corrections.places);
  const country = forcedCountry(options, gazetteer.packs);
  const files = { ingested: paths.ingested, extracted: paths.extracted };
  const outline = readOutline(files);
  const placeCorrections = JSON.stringify(corrections.places);
  // Cached with corrections of every kind: a correction naming a world place by id finds it by id (placeById), not
  // only when some lookup of a clean run has brought its row in.
  const captures = captureResolver(stageCache(options, 'corroborate'), gazetteer, placeCorrections);
  const articles = corroborateDates(outline.records, outline.capturesOf, gazetteer, captures.resolve);
  captures.finish();
  const task: ArticleTask<NormalizeRead, NormalizeInput, Normalized> = {
    stage: 'normalize',
    parse: (r) => withText(r, { article: (line) => parseLine(paths.ingested, line), fact: (line) => parseLine(paths.extracted, line) }),
    run: normalizeTask(gazetteer, country), pooled: { task: 'normalize', country, corrections: options.corrections ?? '' },
    // Everything normalizeArticle reads of the article (the gazetteer is in the stage's version): its facts (as their
    // lines give them, unparsed), its record as corroboration dated it, its ingested line (the text, unparsed, and
    // what else ingest wrote), and the place corrections, which change how places resolve.
    inputs: (r) => [factsJson(r), JSON.stringify(r.article), r.line, country, placeCorrections],
    path: (i) => i.article.source_path,
  };
  // Facts and place mentions are written as each batch ends, unless a correction changes them: then they are held
  // until every article is normalized (a correction may name any fact).
  const results = new NormalizedWriter(paths, changesFacts(corrections));
  const { failures, outOfHeap } = await eachArticle(() => normalizeInputs(files, articles, outline), task, options, {
    value: (r) => results.add(r),
    text: results.held ? undefined : (json) => results.addText(json), // a cached article's records copied, unparsed
  })
    .catch((err) => (results.abort(), Promise.reject(err)));
  const { countries } = results;
  const held = results.held;
  const corrected = held
    ? applyCorrections(corrections, correctionInput(held, { paths, corrections, articles, countries, gazetteer, outcomes }))
    : applyCorrections(corrections, { facts: [], reporterTexts: new Map(), mentions: [], articles: new Map(), gazetteer, places: outcomes });
  reportCorrections(corrected.applied);
  const written = results.commit(held ? corrected.facts : null);
  writeJsonl(paths.articles, articles.map((a) => ({ ...a, ...countries.get(a.article_id) })));
  writeJsonl(paths.failures('normalize'), failures);
  writeJsonl(paths.corrections, corrected.applied);
  return { ...written, failed: failures.length, corrections: corrected.applied.length, ...outOfHeap };
}

/** One line on stderr for each correction that did not apply: a person should know at once. */
function reportCorrections(applied: AppliedCorrection[]) {
  for (const c of applied.filter((a) => a.status === 'stale' || a.status === 'invalid')) {
    const where = c.line ? `${c.file}:${c.line}` : c.file;
    process.stderr.write(`corrections: ${where}${c.correction_id ? ` ${c.correction_id}` : ''} ${c.status}: ${c.detail}\n`);
  }
}

/** A hand-over file that an older or a failed-free stage may not have written: absent is empty. */
function readOptional<T>(path: string): T[] {
  try {
    return readJsonl<T>(path);
  } catch {
    return [];
  }
}
const readFailures = (path: string) => readOptional<Failure>(path);

/** The packs the resolved places came from (their licences and attribution go into datapackage.json). */
function packsUsed(mentions: PlaceMentionRecord[]): PackCredit[] {
  const manifests = readPackFolders().flatMap((f) => ('manifest' in f ? [f.manifest] : []));
  const used = new Map<string, PackCredit>();
  for (const country of new Set(mentions.filter((m) => m.place_id !== '').map((m) => m.country))) {
    const pack = packForCountry(manifests, country);
    if (pack) used.set(pack.id, pack);
  }
  return [...used.values()];
}

export function runAggregate(options: StageOptions) {
  const { out } = options;
  const paths = stagePaths(out);
  const facts = readJsonl<Fact>(paths.normalized);
  const articles = readJsonl<ArticleRecord>(paths.articles);
  const unresolved = readJsonl<UnresolvedPlace>(paths.unresolved);
  const mentions = readJsonl<PlaceMentionRecord>(paths.mentions);
  const rejected: Rejection[] = [
    ...readJsonl<Rejection>(paths.rejected),
    ...readFailures(paths.failures('extract')),
    ...readFailures(paths.failures('normalize')),
  ];
  const corrections = readOptional<AppliedCorrection>(paths.corrections);
  const result = aggregate({ articles, facts, unresolved, mentions, rejected, corrections, packs: packsUsed(mentions) });
  // With a cache, a table whose content is the previous set's is linked from it, not written again.
  const tables = options.cache && options.previousSet ? tableReuse(options.cache.dirs, options.previousSet) : undefined;
  const counts: Record<string, number> = {};
  const written: WrittenTable[] = result.tables.map((t) => {
    const rows = t.rows(); // made here and dropped once written: the tables' rows are never all held at once
    counts[t.schema.name] = rows.length;
    return writeTable(out, t.schema, rows, { hxl: t.hxl, reuse: tables?.reuse });
  });
  for (const extra of result.files) writeFileAtomic(join(out, extra.path), extra.content);
  writeDatapackage(out, result.package, written);
  tables?.save();
  return counts;
}

/** datapackage.json last: it lists and hashes the tables and the hand-over files, so it describes the set exactly. */
function writeDatapackage(out: string, info: PackageInfo, tables: WrittenTable[]) {
  writeFileAtomic(join(out, 'datapackage.json'), buildDatapackage(out, info, tables, listFiles(out, 'stages')));
}

const STAGES: Record<StageName, (o: StageOptions) => object | Promise<object>> = {
  ingest: runIngest,
  extract: runExtract,
  normalize: runNormalize,
  aggregate: runAggregate,
};

/** Runs one stage; a missing hand-over file becomes the one-line advice to run the stage before. */
export async function runStage(name: StageName, options: StageOptions): Promise<object> {
  try {
    return await STAGES[name](options);
  } catch (err) {
    if (!(err instanceof MissingInputError)) throw err;
    const previous = STAGE_ORDER[STAGE_ORDER.indexOf(name) - 1];
    throw new UsageError(`${name}: ${err.path} not found; run \`${COMMAND} ${previous}\` with the same --out first`);
  }
}

/**
 * Closes a set whose last stage is not aggregate: the ingest tables again (a set kept from an earlier run may have
 * held aggregate's versions, so they are rebuilt from the hand-over files) and a datapackage over exactly these files.
 */
export function publishPartial(out: string, last: StageName): void {
  const paths = stagePaths(out);
  const written = [
    writeTable(out, ARTICLES, readJsonl<IngestedArticle>(paths.ingested).map(articleRecord) as never),
    writeTable(out, REJECTED, readJsonl<Rejection>(paths.rejected) as never),
  ];
  const ran = STAGE_ORDER.slice(0, STAGE_ORDER.indexOf(last) + 1).join(', ');
  writeDatapackage(out, {
    name: 'frontline',
    title: `Frontline: articles read, stages run so far: ${ran}`,
    description: `A partial set: the stages ${ran} have run. Facts, events and timelines are published by the aggregate stage.`, // one wording whichever command ran: same input, same output
    licenses: [],
    sources: [{ title: 'Input news articles (see articles.csv); quotes remain the work of their publishers' }],
    extra: { 'x-stages': ran.split(', ') },
  }, written);
}
