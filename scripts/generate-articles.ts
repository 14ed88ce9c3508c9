/**
 * `pnpm exec tsx scripts/generate-articles.ts N DIR`: writes N articles into DIR for the dashboard's scale
 * measurements, copied round-robin from the seeds and the evaluation corpus's published texts (so reporters, places,
 * dates and genres vary as in real input), each made unique by a closing line so that ingest does not reject it as
 * a duplicate. Same N, same files.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const SOURCES = [join(ROOT, 'seeds'), join(ROOT, 'corpus/real/articles')];

export function generateArticles(n: number, dir: string): { articles: number; bytes: number } {
  const texts = SOURCES.flatMap((folder) =>
    readdirSync(folder)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => readFileSync(join(folder, f), 'utf8')),
  );
  mkdirSync(dir, { recursive: true });
  let bytes = 0;
  for (let i = 0; i < n; i++) {
    const text = `${texts[i % texts.length]}\n\nCopy ${i} of a published article, made for the measurement.\n`;
    bytes += Buffer.byteLength(text);
    writeFileSync(join(dir, `gen_${String(i).padStart(5, '0')}.txt`), text);
  }
  return { articles: n, bytes };
}

if (process.argv[1] === import.meta.filename) {
  const [n, dir] = process.argv.slice(2);
  if (!n || !dir) throw new Error('usage: generate-articles.ts N DIR');
  const { articles, bytes } = generateArticles(Number(n), dir);
  console.log(`${articles} articles, ${(bytes / 1e6).toFixed(2)} MB in ${dir}`);
}
