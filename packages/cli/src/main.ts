#!/usr/bin/env node
/**
 * `pnpm pipeline <ingest|extract|normalize|aggregate|all|eval> [--input DIR] [--out DIR] [--wait]`:
 * see docs/data-contract.md. Exit 0 when the run completed (rejected inputs are listed in rejected.csv); 1 with a
 * one-line reason otherwise; 130/143 when stopped by SIGINT/SIGTERM.
 */
import { Command, CommanderError } from 'commander';
import { STAGE_ORDER, type StageName } from './paths.ts';
import { UsageError } from './read-input.ts';
import { runStages, type RunOptions } from './run.ts';

function report(stage: string, summary: unknown) {
  process.stdout.write(`${stage}: ${JSON.stringify(summary)}\n`);
}

const program = new Command('pipeline')
  .description('Frontline: conflict news articles in, tidy tables of displacement, casualties and territory out.')
  .exitOverride()
  .configureOutput({ writeErr: (s) => process.stderr.write(s) });

for (const name of [...STAGE_ORDER, 'all']) {
  program
    .command(name)
    .description(name === 'all' ? 'run every stage in order' : `run the ${name} stage`)
    .option('--input <dir>', 'folder of article files', 'seeds')
    .option('--out <dir>', 'folder every stage writes to', 'data')
    .option('--wait', 'wait for another run on the same --out to end instead of refusing')
    .action((options: RunOptions) => runStages(name === 'all' ? [...STAGE_ORDER] : [name as StageName], options, report));
}

program
  .command('eval')
  .description('score facts.csv against a gold file (JSON lines, see shared gold README)')
  .requiredOption('--gold <file>', 'gold facts, one JSON object a line')
  .option('--out <dir>', 'folder holding facts.csv', 'data')
  .option('--json', 'print the full report as JSON')
  .action(async (options: { gold: string; out: string; json?: boolean }) => {
    const { runEval } = await import('./eval.ts'); // loaded only when asked: the stages' commands do not need it
    runEval(options);
  });

try {
  await program.parseAsync(process.argv);
} catch (err) {
  if (err instanceof CommanderError) process.exit(err.exitCode);
  const message = err instanceof UsageError ? err.message : `error: ${(err as Error).stack ?? err}`;
  process.stderr.write(`${message.split('\n')[0]}\n`);
  if (!(err instanceof UsageError) && process.env.FRONTLINE_DEBUG) process.stderr.write(`${(err as Error).stack}\n`);
  process.exit(1);
}
