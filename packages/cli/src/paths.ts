import { existsSync, realpathSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { basename, dirname, join, parse, relative, resolve, isAbsolute } from 'node:path';
import { UsageError } from './errors.ts';

/** The stages in the order they run; each reads what the ones before it wrote. */
export const STAGE_ORDER = ['ingest', 'extract', 'normalize', 'aggregate'] as const;
export type StageName = (typeof STAGE_ORDER)[number];

/** The hand-over files each stage writes under `stages/` for the later stages (aggregate writes none). */
const HANDOVER: Record<StageName, string[]> = {
  ingest: ['ingested.jsonl', 'rejected.jsonl'],
  extract: ['extracted.jsonl', 'extract_failures.jsonl'],
  normalize: ['normalized.jsonl', 'articles.jsonl', 'unresolved.jsonl', 'place_mentions.jsonl', 'normalize_failures.jsonl', 'corrections.jsonl'],
  aggregate: [],
};

/** Where each stage writes under `--out`: published tables at the top, stage hand-over files under `stages/`. */
export function stagePaths(out: string) {
  const stages = join(out, 'stages');
  return {
    out,
    stages,
    ingested: join(stages, 'ingested.jsonl'),
    extracted: join(stages, 'extracted.jsonl'),
    normalized: join(stages, 'normalized.jsonl'),
    /** Article records after normalize: publication dates may be corroborated across articles. */
    articles: join(stages, 'articles.jsonl'),
    unresolved: join(stages, 'unresolved.jsonl'),
    mentions: join(stages, 'place_mentions.jsonl'),
    rejected: join(stages, 'rejected.jsonl'),
    /** What each row of the corrections folder did (normalize applies them; aggregate publishes the record). */
    corrections: join(stages, 'corrections.jsonl'),
    failures: (stage: string) => join(stages, `${stage}_failures.jsonl`),
  };
}
export type StagePaths = ReturnType<typeof stagePaths>;

/**
 * The files a run starting at `first` keeps from the current set: the hand-over files of the stages before it.
 * Everything else (published tables, later stages' files) is written anew or dropped, so the new set never mixes
 * tables of two runs.
 */
export function keptFiles(first: StageName): string[] {
  return STAGE_ORDER.slice(0, STAGE_ORDER.indexOf(first)).flatMap((s) => HANDOVER[s].map((f) => `stages/${f}`));
}

/** The absolute path with every existing part resolved through symbolic links (the folder may not exist yet). */
export function realPath(path: string): string {
  const abs = resolve(path);
  if (existsSync(abs)) return realpathSync(abs);
  const parent = dirname(abs);
  return parent === abs ? abs : join(realPath(parent), basename(abs));
}

export const within = (inner: string, outer: string) => {
  const rel = relative(outer, inner);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
};

/**
 * Checks `--out` (and `--input` when the run reads it) before anything is written, and returns the real output path
 * (through symbolic links: the switch replaces the real folder, not a link to it). One-line refusals.
 */
export function checkFolders(input: string, out: string, readsInput: boolean): string {
  const real = realPath(out);
  if (real === parse(real).root) throw new UsageError(`refusing --out ${out}: it is the root folder, which a run would replace`);
  if (real === realPath(homedir())) throw new UsageError(`refusing --out ${out}: it is the home folder, which a run would replace`);
  if (existsSync(real) && !statSync(real).isDirectory()) throw new UsageError(`refusing --out ${out}: it is a file, not a folder`);
  if (existsSync(real) && statSync(real).dev !== statSync(dirname(real)).dev) {
    throw new UsageError(`refusing --out ${out}: it is a mount point, which a run cannot replace by rename; use a folder inside it`);
  }
  if (readsInput && existsSync(input)) {
    const source = realPath(input);
    if (within(real, source)) {
      throw new UsageError(`refusing --out ${out}: it is inside --input ${input}, so a re-run would read its own outputs as articles`);
    }
    if (within(source, real)) throw new UsageError(`refusing --input ${input}: it is inside --out ${out}, which a run replaces`);
  }
  return real;
}
