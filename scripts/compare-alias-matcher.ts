/**
 * Test-only: runs the alias matcher (text.ts, a trie) and its definition (one alternation regex per case group,
 * test/alias-reference.ts) over every sentence of ingested articles and of the corpus's dev texts, with every alias
 * list the extractor builds a matcher of, and prints each sentence where they differ. The frozen test part is skipped.
 * Usage: pnpm exec tsx scripts/compare-alias-matcher.ts [INGESTED.jsonl ...]
 */
import { readFileSync } from 'node:fs';
import { ACTORS, ADMIN1, SOURCES, foldName, type IngestedArticle } from '../packages/schema/src/index.ts';
import { splitSentences } from '../packages/ingest/src/sentences.ts';
import { readSources, splitOf } from '../packages/evaluate/src/sources.ts';
import { COUNTRIES } from '../packages/extract/src/places.ts';
import { aliasMatcher } from '../packages/extract/src/text.ts';
import { oneAlternation } from '../packages/extract/test/alias-reference.ts';

const registry = [...ACTORS.flatMap((a) => a.aliases), ...SOURCES.flatMap((s) => s.aliases)];
const lists: Record<string, string[]> = {
  actors: ACTORS.flatMap((a) => a.aliases),
  sources: SOURCES.flatMap((s) => s.aliases),
  sourcesAndAnaphora: SOURCES.flatMap((s) => [...s.aliases, ...(s.anaphora ?? [])]),
  series: [...new Set(SOURCES.flatMap((e) => (e.series ?? []).map(foldName)))],
  admin1: ADMIN1.flatMap((a) => a.aliases),
  countries: COUNTRIES,
  registry,
  registryCapitalised: registry.filter((a) => /\p{Lu}/u.test(a)),
};

function devTexts(): string[] {
  const rows = readSources('corpus/real/sources.csv');
  const split = splitOf(rows);
  const frozen = new Set(readFileSync('corpus/real/test-part.sha256', 'utf8').split('\n').map((l) => l.trim().split(/\s+/).pop()));
  const dev = rows.filter((r) => split.get(r.article) === 'dev' && !frozen.has(r.file));
  return dev.map((r) => readFileSync(`corpus/real/articles/${r.file}`, 'utf8'));
}

const texts = [...process.argv.slice(2).flatMap((f) => readFileSync(f, 'utf8').trim().split('\n').map((l) => (JSON.parse(l) as IngestedArticle).text)), ...devTexts()];
const sentences = [...new Set(texts.flatMap((t) => splitSentences(t).map((s) => s.text)))];
let differences = 0;
let hits = 0;
for (const [name, aliases] of Object.entries(lists)) {
  const [trie, regex] = [aliasMatcher(aliases), oneAlternation(aliases)];
  for (const s of sentences) {
    const [a, b] = [JSON.stringify(trie(s)), JSON.stringify(regex(s))];
    hits += trie(s).length;
    if (a !== b) differences++, console.log(`${name}: ${JSON.stringify(s)}\n  trie  ${a}\n  regex ${b}`);
  }
}
console.log(`${sentences.length} sentences, ${Object.keys(lists).length} alias lists, ${hits} hits, ${differences} differences`);
process.exitCode = differences ? 1 : 0;
