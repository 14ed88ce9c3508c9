#!/usr/bin/env node
/**
 * `frontline <ingest|extract|normalize|aggregate|all|eval> [--input DIR] [--out DIR] [--wait]` (or the root script
 * `pnpm pipeline ...`): see docs/data-contract.md. Exit 0 when the run completed (rejected inputs are listed in rejected.csv); 1 with a
 * one-line reason otherwise; 130/143 when stopped by SIGINT/SIGTERM.
 */
import { Command, CommanderError } from 'commander';
import { PROGRAM_NAME } from './command.ts';
import { STAGE_ORDER, type StageName } from './paths.ts';
import type { EvalOptions } from './eval.ts';
import type { CorpusOptions } from './corpus.ts';
import type { ReviewOptions } from './review.ts';
import { UsageError } from './errors.ts';
import { runStages, type RunOptions } from './run.ts';

/**
 * The export columns' defaults, for the help text only: loading the readers takes seconds on a busy machine, and a
 * run that finds its output set current (run-record.ts) must not pay for them.
 */
const wantsHelp = process.argv.slice(2).some((a) => a === '--help' || a === '-h' || a === 'help');
const DEFAULT_FIELDS: Record<string, string | readonly string[]> = wantsHelp
  ? (await import('@frontline/ingest')).DEFAULT_FIELDS
  : { text: 'see --help', published: 'see --help', title: 'see --help', url: 'see --help', outlet: 'see --help' };

function report(stage: string, summary: unknown) {
  process.stdout.write(`${stage}: ${JSON.stringify(summary)}\n`);
}

const program = new Command(PROGRAM_NAME)
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
    .option('--region <pack>', 'read every article as about the country of this region pack (e.g. syria)')
    .option('--country <code>', 'read every article as about this country (ISO 3166-1 alpha-2, e.g. UA)')
    .option('--corrections <dir>', 'folder of corrections (CSV files, see docs/data-contract.md); default: corrections/ beside --input when it exists')
    .option('--text-field <names>', `article exports (JSON Lines, CSV): the column(s) holding the text, comma-separated, first non-empty wins (default: ${DEFAULT_FIELDS.text})`)
    .option('--date-field <names>', `article exports: the publication date column(s) (default: ${DEFAULT_FIELDS.published})`)
    .option('--title-field <names>', `article exports: the title column(s) (default: ${DEFAULT_FIELDS.title})`)
    .option('--url-field <names>', `article exports: the address column(s) (default: ${DEFAULT_FIELDS.url})`)
    .option('--outlet-field <names>', `article exports: the outlet column(s), dotted for nested JSON (default: ${DEFAULT_FIELDS.outlet})`)
    .option('--cache <dir>', 'keep the article cache in this folder (default: <out>/cache)')
    .option('--no-cache', 'compute every article again, and keep no cache')
    .option('--quiet', 'no progress and no summary on stderr')
    .action((options: RunOptions) => runStages(name === 'all' ? [...STAGE_ORDER] : [name as StageName], options, report));
}

program
  .command('eval')
  .description('score facts.csv against gold facts (JSON Lines, see corpus/GOLD-FORMAT.md), by kind, genre and article')
  .requiredOption('--gold <file|dir>', 'gold facts, one JSON object a line; or a folder of such files')
  .option('--out <dir>', 'folder holding facts.csv', 'data')
  .option('--sources <csv>', 'corpus sources table giving each article its genre')
  .option('--json', 'print the full report as JSON')
  .action(async (options: EvalOptions) => {
    const { runEval } = await import('./eval.ts'); // loaded only when asked: the stages' commands do not need it
    runEval(options);
  });

program
  .command('corpus')
  .description('run the pipeline on the evaluation corpus (corpus/) and score each set; see corpus/README.md')
  .option('--sets <names>', 'comma-separated sets: seeds, dev, test, given', 'seeds,dev,test')
  .option('--check', 'exit 1 when a figure is below its floor')
  .option('--floors <file>', 'the floors file', 'corpus/floors.json')
  .option('--raise-floors', 'raise the floors of the sets run to their current figures (never lowers one)')
  .option('--freeze', 'write corpus/real/test-part.sha256 for the test part as it is now, and stop')
  .option('--details', 'list misses and false positives (never for the test part)')
  .option('--test-rows', "also print the test part's per-article rows (names and scores); by default the test set prints its summary only")
  .option('--json', 'print the reports as JSON')
  .option('--text-only', "give the pipeline the texts alone, without the pages' URL and page-stated publication date")
  .option('--without-outlet', "give the pipeline the pages' URL and date but not their publisher (a user's plain files name none)")
  .action(async (options: CorpusOptions & { freeze?: boolean }) => {
    const { freezeTestPart, runCorpus } = await import('./corpus.ts');
    if (options.freeze) return freezeTestPart();
    if ((options.textOnly || options.withoutOutlet) && (options.check || options.raiseFloors)) {
      throw new UsageError('corpus: the floors are for runs with the pages\' metadata; --text-only and --without-outlet report, they do not check');
    }
    const breaches = runCorpus(options);
    if (breaches.length) throw new UsageError(`corpus: ${breaches.length} figure(s) below their floor (see above)`);
  });

program
  .command('review')
  .description('print the review queue: lowest-confidence facts, unresolved places, disagreeing sources, each with its sentence and correction lines')
  .option('--out <dir>', 'folder holding the run\'s tables', 'data')
  .option('--limit <n>', 'items per section', '20')
  .option('--who <name>', 'your name in the correction lines (default: $FRONTLINE_REVIEWER, else WHO)')
  .action(async (options: ReviewOptions) => {
    const { runReview } = await import('./review.ts');
    runReview(options);
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
