import { join } from 'node:path';

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
    failures: (stage: string) => join(stages, `${stage}_failures.jsonl`),
  };
}
export type StagePaths = ReturnType<typeof stagePaths>;
