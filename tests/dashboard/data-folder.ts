/**
 * A pipeline output folder written from rows built in the test (no ingest involved): the tables through
 * @frontline/io's writers, the ingest hand-over file and a datapackage.json with real sizes and hashes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDatapackage, writeTable, type Row } from '@frontline/io';
import { ARTICLES, CASUALTIES_TIMELINE, FACTS, PLACE_MENTIONS, TERRITORY_TIMELINE, UNRESOLVED_PLACES } from '@frontline/schema';

export interface Folder {
  articles: Row[];
  facts?: Row[];
  unresolved?: Row[];
  territory?: Row[];
  casualties?: Row[];
  mentions?: Row[];
  /** article id -> clean text (one sentence per line). */
  texts: Record<string, string>;
}

function sentences(text: string) {
  const list: { index: number; start: number; end: number }[] = [];
  let at = 0;
  for (const line of text.split('\n')) {
    if (line) list.push({ index: list.length, start: at, end: at + line.length });
    at += line.length + 1;
  }
  return list;
}

export function writeDataFolder(dir: string, folder: Folder): void {
  mkdirSync(join(dir, 'stages'), { recursive: true });
  const written = [
    writeTable(dir, ARTICLES, folder.articles),
    writeTable(dir, FACTS, folder.facts ?? []),
    writeTable(dir, UNRESOLVED_PLACES, folder.unresolved ?? []),
    ...(folder.territory ? [writeTable(dir, TERRITORY_TIMELINE, folder.territory)] : []),
    ...(folder.casualties ? [writeTable(dir, CASUALTIES_TIMELINE, folder.casualties)] : []),
    ...(folder.mentions ? [writeTable(dir, PLACE_MENTIONS, folder.mentions)] : []),
  ];
  const ingested = Object.entries(folder.texts).map(([article_id, text]) =>
    JSON.stringify({ article_id, text, sentence_list: sentences(text) }),
  );
  writeFileSync(join(dir, 'stages', 'ingested.jsonl'), ingested.join('\n') + '\n');
  const info = { name: 'test', title: 'Test data', description: 'Rows written by a test.', licenses: [], sources: [] };
  writeFileSync(join(dir, 'datapackage.json'), buildDatapackage(dir, info, written));
}
