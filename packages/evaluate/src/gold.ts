import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** A hand-annotated gold fact, in the format of corpus/GOLD-FORMAT.md. */
export interface GoldFact {
  id: string;
  article: string;
  kind: string;
  required: boolean;
  quote: string;
  category: string;
  group?: string;
  actor?: string;
  count?: { low: number; best: number; high: number };
  unit?: string;
  vague?: boolean;
  places?: string[][];
  admin1?: string[];
  period?: [string, string];
  cumulative?: boolean;
  reported_by?: string[];
  date_tolerance_days?: number;
}

export function parseGold(text: string, source = 'gold'): GoldFact[] {
  return text
    .split('\n')
    .map((line, i) => [line.trim(), i + 1] as const)
    .filter(([line]) => line !== '')
    .map(([line, n]) => {
      try {
        return JSON.parse(line) as GoldFact;
      } catch {
        throw new Error(`${source}:${n}: not valid JSON`);
      }
    });
}

/** Gold facts from one JSON Lines file, or from every `*.jsonl` file of a folder (in name order). */
export function readGold(path: string): GoldFact[] {
  if (!statSync(path).isDirectory()) return parseGold(readFileSync(path, 'utf8'), path);
  return readdirSync(path)
    .filter((name) => name.endsWith('.jsonl'))
    .sort()
    .flatMap((name) => parseGold(readFileSync(join(path, name), 'utf8'), join(path, name)));
}
