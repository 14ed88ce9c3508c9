/**
 * The writers that stream (a table's CSV a few thousand rows at a time, a JSON Lines file record by record) must
 * write the bytes the whole-file writers wrote, and replace a file atomically all the same.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { table, toArrowIPC } from 'arquero';
import { int32, utf8 } from '@uwdata/flechette';
import type { TableSchema } from '@frontline/schema';
import { jsonArrayItems, jsonObjectMembers, jsonlLines, jsonlRecordsAt, JsonlWriter, LIST_SEPARATOR, MissingInputError, readArrow, readJsonl, readJsonlSpans, toCsv, toHxlCsv, writeJsonl, writeTable, type TableReuse } from '../src/index.ts';

const schema: TableSchema = {
  name: 'tolls',
  title: 'Tolls',
  description: 'Rows whose cells need quoting.',
  fields: [
    { name: 'place', type: 'string', description: 'place', hxl: '#loc+name' },
    { name: 'killed', type: 'integer', description: 'killed' },
    { name: 'quote', type: 'string', description: 'the sentence' },
    { name: 'reporters', type: 'string', description: 'who', list: true },
  ],
};

const PLACES = ['Goma', 'Kidal', 'Marib', 'El Fasher', 'Mariupol', 'Khan Younis'];

/** More rows than one serialized piece, with commas, quotes, line breaks and formula-like text in the cells. */
function manyRows(n: number) {
  return Array.from({ length: n }, (_, i) => ({
    place: PLACES[i % PLACES.length]!,
    killed: i % 7 === 0 ? null : i,
    quote: i % 3 === 0 ? `"At least ${i}, officials said,"\nreported ${i}` : i % 5 === 0 ? `=${i}+1` : `plain ${i}`,
    reporters: i % 2 ? ['OCHA', 'UNHCR'] : [],
  }));
}

const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('writeTable (CSV written in pieces)', () => {
  it('writes the bytes of the whole-table CSV and HXL CSV, and an Arrow file of every row', () => {
    const rows = manyRows(4567);
    const out = mkdtempSync(join(tmpdir(), 'frontline-stream-'));
    writeTable(out, schema, rows, { hxl: true });
    expect(readFileSync(join(out, 'tolls.csv'), 'utf8')).toBe(toCsv(schema, rows));
    expect(readFileSync(join(out, 'tolls.hxl.csv'), 'utf8')).toBe(toHxlCsv(schema, rows));
    const arrow = readArrow(join(out, 'tolls.arrow'));
    expect(arrow).toHaveLength(rows.length);
    expect(arrow[4566]!.place).toBe(rows[4566]!.place);
    expect(readdirSync(out).filter((f) => f.startsWith('.'))).toEqual([]);
  });

  it('writes a table of no rows as its header alone', () => {
    const out = mkdtempSync(join(tmpdir(), 'frontline-stream-'));
    writeTable(out, schema, [], { hxl: true });
    expect(readFileSync(join(out, 'tolls.csv'), 'utf8')).toBe('place,killed,quote,reporters\n');
    expect(readFileSync(join(out, 'tolls.hxl.csv'), 'utf8')).toBe(toHxlCsv(schema, []));
  });

  it('streams the Arrow file arquero writes from the whole table (column by column, the same bytes)', () => {
    const wholeTable = (rows: ReturnType<typeof manyRows>) => {
      const cell = (v: unknown) => (Array.isArray(v) ? v.join(LIST_SEPARATOR) : v === '' ? null : v);
      const columns = Object.fromEntries(schema.fields.map((f) => [f.name, rows.map((r) => cell(r[f.name as keyof (typeof rows)[number]]) ?? null)]));
      const types = { place: utf8(), killed: int32(), quote: utf8(), reporters: utf8() };
      return Buffer.from(toArrowIPC(table(columns), { format: 'file', types }) as Uint8Array);
    };
    for (const rows of [manyRows(4567), manyRows(1), []]) {
      const out = mkdtempSync(join(tmpdir(), 'frontline-stream-'));
      writeTable(out, schema, rows);
      expect(readFileSync(join(out, 'tolls.arrow')).equals(wholeTable(rows))).toBe(true);
    }
  });

  it('records the SHA-256 of each file as written, for the next run to link it', () => {
    const out = mkdtempSync(join(tmpdir(), 'frontline-stream-'));
    const reuse: TableReuse = { previous: mkdtempSync(join(tmpdir(), 'frontline-prev-')), version: 'v', before: {}, after: {} };
    writeTable(out, schema, manyRows(2500), { hxl: true, reuse });
    const files = reuse.after.tolls!.files;
    expect(Object.keys(files)).toEqual(['tolls.csv', 'tolls.arrow', 'tolls.hxl.csv']);
    for (const [file, hash] of Object.entries(files)) expect(hash).toBe(sha(join(out, file)));
  });
});

describe('JsonlWriter', () => {
  // About 6 MB: more than one batch of the writer.
  const records = Array.from({ length: 3000 }, (_, i) => ({ id: `a${i}`, text: 'x'.repeat(i % 4000), list: [i, null, 'é'] }));

  it('writes the bytes of writeJsonl, and readJsonl reads them back', () => {
    const dir = mkdtempSync(join(tmpdir(), 'frontline-jsonl-'));
    writeJsonl(join(dir, 'whole.jsonl'), records);
    const writer = new JsonlWriter(join(dir, 'streamed.jsonl'));
    for (const r of records) writer.write(r);
    writer.commit();
    // Buffer.equals, not toEqual: the matcher's walk over 6 MB takes minutes.
    expect(readFileSync(join(dir, 'streamed.jsonl')).equals(readFileSync(join(dir, 'whole.jsonl')))).toBe(true);
    const back = readJsonl<(typeof records)[number]>(join(dir, 'streamed.jsonl'));
    expect(back).toHaveLength(records.length);
    expect(JSON.stringify(back) === JSON.stringify(records)).toBe(true);
  });

  it('leaves the old file until commit, and untouched with no temporary file when aborted', () => {
    const dir = mkdtempSync(join(tmpdir(), 'frontline-jsonl-'));
    const path = join(dir, 'stage.jsonl');
    writeFileSync(path, '{"old":true}\n');
    const writer = new JsonlWriter(path);
    for (const r of records) writer.write(r);
    expect(readFileSync(path, 'utf8')).toBe('{"old":true}\n');
    writer.abort();
    expect(readFileSync(path, 'utf8')).toBe('{"old":true}\n');
    expect(readdirSync(dir)).toEqual(['stage.jsonl']);
  });
});

describe('readJsonl', () => {
  it('skips blank lines and names the line of a bad record', () => {
    const dir = mkdtempSync(join(tmpdir(), 'frontline-jsonl-'));
    writeFileSync(join(dir, 'a.jsonl'), '{"a":1}\n\n{"a":2}\n');
    expect(readJsonl(join(dir, 'a.jsonl'))).toEqual([{ a: 1 }, { a: 2 }]);
    writeFileSync(join(dir, 'b.jsonl'), '{"a":1}\n{"a":\n');
    expect(() => readJsonl(join(dir, 'b.jsonl'))).toThrow(/b\.jsonl:2: not valid JSON/);
    expect(existsSync(join(dir, 'b.jsonl'))).toBe(true);
  });
});

describe('jsonlLines', () => {
  it('gives each line as written, unparsed (a bad one too), blank lines left out, a last line without its newline kept', () => {
    const dir = mkdtempSync(join(tmpdir(), 'frontline-jsonl-'));
    const big = 'x'.repeat(1 << 20); // a line across the reader's 1 MB blocks
    writeFileSync(join(dir, 'a.jsonl'), `{"a": 1}\n\n  \n{"a":\n{"b":"${big}","c":"é"}\n{"d":4}`);
    expect([...jsonlLines(join(dir, 'a.jsonl'))]).toEqual(['{"a": 1}', '{"a":', `{"b":"${big}","c":"é"}`, '{"d":4}']);
    expect(() => jsonlLines(join(dir, 'none.jsonl'))).toThrow(MissingInputError);
  });
});

describe('jsonlRecordsAt and readJsonlSpans', () => {
  it('give each record with its byte span, and read back any records by their spans, in the order asked', () => {
    const dir = mkdtempSync(join(tmpdir(), 'frontline-jsonl-'));
    const big = 'y'.repeat((1 << 20) + 7); // a record across the reader's 1 MB blocks, so spans run on past a block
    const path = join(dir, 'a.jsonl');
    writeFileSync(path, `{"a":"é"}\n\n{"b":"${big}"}\n{"c":"Ğ→ü"}\n{"d":4}`); // multi-byte characters: spans count bytes
    const read = [...jsonlRecordsAt<Record<string, unknown>>(path)];
    expect(read.map((r) => r.record)).toEqual([{ a: 'é' }, { b: big }, { c: 'Ğ→ü' }, { d: 4 }]);
    const bytes = readFileSync(path);
    for (const { record, span } of read) expect(JSON.parse(bytes.toString('utf8', span.at, span.at + span.bytes))).toEqual(record);
    const [a, b, c, d] = read.map((r) => r.span);
    expect(readJsonlSpans(path, [d!, a!, c!])).toEqual([{ d: 4 }, { a: 'é' }, { c: 'Ğ→ü' }]);
    expect(readJsonlSpans(path, [b!])).toEqual([{ b: big }]);
    expect(readJsonlSpans(path, [])).toEqual([]);
    expect(() => jsonlRecordsAt(join(dir, 'none.jsonl'))).toThrow(MissingInputError);
  });
});

describe('jsonArrayItems', () => {
  it("splits a JSON array into its items' texts, the lines JsonlWriter writes for the records parsed", () => {
    const records = [
      { fact_id: 'a-1', quote: 'Rebels said, "we hold [the] {bridge}", then left.', list: [1, [2, 3], { x: ',' }] },
      { fact_id: 'a-2', quote: 'a backslash \\ and a quote \\" and a tab\there', n: -0.5, empty: [], none: null },
      'a string, with a comma',
      42,
      [],
    ];
    const items = jsonArrayItems(JSON.stringify(records));
    expect(items).toEqual(records.map((r) => JSON.stringify(r)));
    expect(jsonArrayItems('[]')).toEqual([]);
    expect(jsonArrayItems('[{}]')).toEqual(['{}']);
    const dir = mkdtempSync(join(tmpdir(), 'frontline-items-'));
    const [copied, written] = [join(dir, 'copied.jsonl'), join(dir, 'written.jsonl')];
    const w1 = new JsonlWriter(copied);
    for (const item of items) w1.writeLine(item);
    w1.commit();
    const w2 = new JsonlWriter(written);
    for (const r of JSON.parse(JSON.stringify(records)) as unknown[]) w2.write(r);
    w2.commit();
    expect(sha(copied)).toBe(sha(written));
  });

  it('refuses text that is not an array, and a string left open', () => {
    expect(() => jsonArrayItems('{"a":1}')).toThrow('not a JSON array');
    expect(() => jsonArrayItems('["a,]')).toThrow('not closed');
  });
});

describe('jsonObjectMembers', () => {
  it("gives each member's value as its own JSON text, keys with quotes, escapes and colons included", () => {
    const record = { article_id: 'a:1', facts: [{ q: 'x, "y": {z}' }], 'odd "key", here': { n: 1 }, country: '', none: null };
    const members = jsonObjectMembers(JSON.stringify(record));
    expect([...members.keys()]).toEqual(Object.keys(record));
    for (const [key, value] of Object.entries(record)) expect(members.get(key)).toBe(JSON.stringify(value));
    expect(jsonObjectMembers('{}').size).toBe(0);
    expect(() => jsonObjectMembers('[1]')).toThrow('not a JSON object');
  });
});
