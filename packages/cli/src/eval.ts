import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FACTS, type Fact } from '@frontline/schema';
import { readCsv, writeFileAtomic } from '@frontline/io';
import { formatReport, parseGold, scoreFacts } from '@frontline/evaluate';
import { UsageError } from './read-input.ts';

/** Scores `<out>/facts.csv` against a gold file, prints the report and keeps it as `<out>/eval.json`. */
export function runEval({ gold, out, json }: { gold: string; out: string; json?: boolean }) {
  const factsPath = join(out, 'facts.csv');
  if (!existsSync(gold)) throw new UsageError(`eval: gold file not found: ${gold}`);
  if (!existsSync(factsPath)) throw new UsageError(`eval: ${factsPath} not found; run \`pnpm pipeline all\` first`);
  const report = scoreFacts(readCsv(FACTS, factsPath) as unknown as Fact[], parseGold(readFileSync(gold, 'utf8'), gold));
  writeFileAtomic(join(out, 'eval.json'), JSON.stringify(report, null, 2) + '\n');
  process.stdout.write(json ? JSON.stringify(report, null, 2) + '\n' : formatReport(report));
  return report;
}
