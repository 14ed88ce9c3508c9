import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { FACTS, type Fact } from '@frontline/schema';
import { readCsv, writeFileAtomic } from '@frontline/io';
import { formatReport, readGold, readSources, scoreFacts, type EvalReport } from '@frontline/evaluate';
import { COMMAND } from './command.ts';
import { UsageError } from './read-input.ts';

export interface EvalOptions {
  gold: string;
  out: string;
  sources?: string;
  json?: boolean;
}

/** The sources table that goes with a gold file or folder: given, or `sources.csv` beside the file or in the folder. */
function sourcesPath(gold: string, given?: string): string | undefined {
  if (given) {
    if (!existsSync(given)) throw new UsageError(`eval: sources table not found: ${given}`);
    return given;
  }
  const beside = join(statSync(gold).isDirectory() ? gold : dirname(gold), 'sources.csv');
  return existsSync(beside) ? beside : undefined;
}

/**
 * Scores `<out>/facts.csv` against gold facts (a JSON Lines file or a folder of them), by kind, genre and article,
 * prints the report and keeps it as `<out>/eval.json`. With a sources table only its articles' facts are scored.
 */
export function runEval({ gold, out, sources, json }: EvalOptions): EvalReport {
  const factsPath = join(out, 'facts.csv');
  if (!existsSync(gold)) throw new UsageError(`eval: gold file or folder not found: ${gold}`);
  if (!existsSync(factsPath)) throw new UsageError(`eval: ${factsPath} not found; run \`${COMMAND} all\` first`);
  const table = sourcesPath(gold, sources);
  const rows = table ? readSources(table) : [];
  const genres = new Map(rows.map((r) => [r.article, r.genre]));
  const report = scoreFacts(readCsv(FACTS, factsPath) as unknown as Fact[], readGold(gold), {
    genreOf: (article) => genres.get(article),
    articles: table ? new Set(genres.keys()) : undefined,
  });
  writeFileAtomic(join(out, 'eval.json'), JSON.stringify(report, null, 2) + '\n');
  process.stdout.write(json ? JSON.stringify(report, null, 2) + '\n' : formatReport(report));
  return report;
}
