import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TableSchema } from '@frontline/schema';
import { createHash } from 'node:crypto';
import { buildDatapackage, eachJsonl, JsonlWriter, parseCsv, readArrow, toCsv, toHxlCsv, writeFileAtomic, writeJsonl, writeTable } from '../src/index.ts';
import { knownSha256 } from '../src/atomic.ts';
import { parse } from 'csv-parse/sync';

const schema: TableSchema = {
  name: 'demo',
  title: 'Demo',
  description: 'A demo table.',
  fields: [
    { name: 'id', type: 'string', description: 'id' },
    { name: 'n', type: 'number', description: 'a number' },
    { name: 'k', type: 'integer', description: 'an integer' },
    { name: 'ok', type: 'boolean', description: 'a flag' },
    { name: 'places', type: 'string', description: 'places', list: true, hxl: '#loc+name' },
  ],
};
const rows = [
  { id: 'a', n: 0.1 + 0.2, k: 3, ok: true, places: ['Saraqib', 'Ariha'] },
  { id: 'quote "me", <script>', n: null, k: 0, ok: false, places: [] },
];

describe('csv', () => {
  it('quotes by RFC 4180, joins lists with ; and round-trips', () => {
    const text = toCsv(schema, rows);
    expect(text.split('\n')[0]).toBe('id,n,k,ok,places');
    expect(text).toContain('a,0.3,3,true,Saraqib;Ariha');
    expect(text).toContain('"quote ""me"", <script>",,0,false,');
    expect(parseCsv(schema, text)).toEqual([
      { id: 'a', n: 0.3, k: 3, ok: true, places: ['Saraqib', 'Ariha'] },
      { id: 'quote "me", <script>', n: null, k: 0, ok: false, places: [] },
    ]);
  });
  it('writes HXL hashtags as a second header row', () => {
    expect(toHxlCsv(schema, rows).split('\n')[1]).toBe(',,,,#loc+name');
  });
  it('rejects a file missing a column', () => {
    expect(() => parseCsv(schema, 'id,n\na,1\n')).toThrow(/missing columns k, ok, places/);
    expect(() => parseCsv(schema, 'id,n\na,1\n', 'x', ['id'])).toThrow(/missing columns k, ok, places/);
    expect(() => parseCsv(schema, '')).toThrow(/missing columns/);
  });
  it('keeps only the columns asked for, typed, in a file whose columns come in another order', () => {
    const text = 'places,ok,k,n,id\n"Saraqib;Ariha",true,3,0.3,a\n,false,0,,b\n';
    expect(parseCsv(schema, text, 'x', ['id', 'places', 'k'])).toEqual([
      { id: 'a', k: 3, places: ['Saraqib', 'Ariha'] },
      { id: 'b', k: 0, places: [] },
    ]);
  });
  it('keeps only the rows a test accepts, tested on the typed, projected row', () => {
    const text = 'places,ok,k,n,id\n"Goma;Bunia",true,3,0.3,a\n,false,0,,b\nMarib,true,7,1,c\n';
    const seen: string[][] = [];
    const kept = parseCsv(schema, text, 'x', ['id', 'ok'], (row) => (seen.push(Object.keys(row)), row.ok === true));
    expect(kept).toEqual([
      { id: 'a', ok: true },
      { id: 'c', ok: true },
    ]);
    expect(seen).toEqual([['id', 'ok'], ['id', 'ok'], ['id', 'ok']]);
  });
});

describe('formula cells (OWASP CSV injection rule)', () => {
  const texts = [
    '=HYPERLINK("http://x.example","click")', '+1 shelling', '-5 degrees', '@SUM(A1)', '\tindented', '\rcarriage',
    "'=already quoted", "''+two quotes", "'Tis the season", "'", "plain = fine", '', 'a;=b',
  ];
  const rowsOf = (list: string[]) => list.map((id, i) => ({ id, n: -i - 0.5, k: -i - 1, ok: i % 2 === 0, places: [id, 'Ariha'] }));

  it('writes no text cell that a spreadsheet would run, in CSV and HXL CSV, and leaves numbers alone', () => {
    for (const [text, headerRows] of [[toCsv(schema, rowsOf(texts)), 1], [toHxlCsv(schema, rowsOf(texts)), 2]] as const) {
      const cells: string[][] = parse(text);
      for (const row of cells.slice(headerRows)) {
        expect(row[0], row[0]).not.toMatch(/^[=+\-@\t\r]/);
        expect(row[4], row[4]).not.toMatch(/^[=+\-@\t\r]/);
        expect(Number(row[1])).toBeLessThan(0); // a negative number stays a number
      }
    }
    const cells: string[][] = parse(toCsv(schema, rowsOf(texts)));
    expect(cells.slice(1).map((r) => r[0])).toEqual([
      '\'=HYPERLINK("http://x.example","click")', "'+1 shelling", "'-5 degrees", "'@SUM(A1)", "'\tindented", "'\rcarriage",
      "''=already quoted", "'''+two quotes", "'Tis the season", "'", 'plain = fine', '', 'a;=b',
    ]);
  });

  it('reads our own CSV back to the raw text, a genuine leading quote included', () => {
    const back = parseCsv(schema, toCsv(schema, rowsOf(texts)));
    expect(back.map((r) => r.id)).toEqual(texts);
    expect(back.map((r) => (r.places as string[]).join(';'))).toEqual(texts.map((t) => `${t};Ariha`));
    expect(back.map((r) => r.k)).toEqual(texts.map((_, i) => -i - 1));
  });

  it('keeps the raw text in Arrow', () => {
    const dir = mkdtempSync(join(tmpdir(), 'io-'));
    writeTable(dir, schema, rowsOf(texts));
    expect(readArrow(join(dir, 'demo.arrow')).map((r) => r.id ?? '')).toEqual(texts);
  });
});

describe('tables and datapackage', () => {
  it('writes CSV and Arrow with the same columns and values, byte-identical on a rerun', () => {
    const dir = mkdtempSync(join(tmpdir(), 'io-'));
    const written = writeTable(dir, schema, rows, { hxl: true });
    const first = written.files.map((f) => readFileSync(join(dir, f)));
    writeTable(dir, schema, rows, { hxl: true });
    written.files.forEach((f, i) => expect(readFileSync(join(dir, f)).equals(first[i])).toBe(true));
    const back = readArrow(join(dir, 'demo.arrow'));
    expect(Object.keys(back[0])).toEqual(['id', 'n', 'k', 'ok', 'places']);
    expect(back[0]).toMatchObject({ id: 'a', k: 3, ok: true, places: 'Saraqib;Ariha' });
    expect(back[1].n).toBeNull();
    const pkg = JSON.parse(
      buildDatapackage(dir, { name: 'demo', title: 'Demo', description: 'd', licenses: [], sources: [] }, [written]),
    );
    expect(pkg.resources.map((r: { path: string }) => r.path)).toEqual(['demo.csv', 'demo.arrow', 'demo.hxl.csv']);
    expect(pkg.resources[0].hash).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(pkg.resources[0]['x-rows']).toBe(2);
  });
  it("lists a hand-over file's hash as it was written, and hashes it again once it is changed", () => {
    const dir = mkdtempSync(join(tmpdir(), 'io-'));
    const records = [{ id: 'a', text: 'Saraqib — ş' }, { id: 'b', text: 'two\nlines' }];
    writeJsonl(join(dir, 'stages', 'a.jsonl'), records);
    const writer = new JsonlWriter(join(dir, 'stages', 'b.jsonl'));
    for (const r of records) writer.write(r);
    writer.commit();
    const info = { name: 'demo', title: 'Demo', description: 'd', licenses: [], sources: [] };
    const listed = () => JSON.parse(buildDatapackage(dir, info, [], ['stages/a.jsonl', 'stages/b.jsonl']))['x-other-files'];
    const actual = (path: string) => {
      const bytes = readFileSync(join(dir, path));
      return { path, bytes: bytes.length, hash: `sha256:${createHash('sha256').update(bytes).digest('hex')}` };
    };
    expect(knownSha256(join(dir, 'stages', 'a.jsonl'))).toMatch(/^[0-9a-f]{64}$/);
    expect(listed()).toEqual([actual('stages/a.jsonl'), actual('stages/b.jsonl')]);
    // changed after it was written (same size even): its hash is no longer taken as known
    writeFileSync(join(dir, 'stages', 'a.jsonl'), readFileSync(join(dir, 'stages', 'a.jsonl'), 'utf8').replace('"a"', '"c"'));
    expect(knownSha256(join(dir, 'stages', 'a.jsonl'))).toBeUndefined();
    expect(listed()).toEqual([actual('stages/a.jsonl'), actual('stages/b.jsonl')]);
  });
  it('leaves no temporary file behind and replaces the old content whole', () => {
    const dir = mkdtempSync(join(tmpdir(), 'io-'));
    writeFileAtomic(join(dir, 'x.txt'), 'old');
    writeFileAtomic(join(dir, 'x.txt'), 'new');
    expect(readdirSync(dir)).toEqual(['x.txt']);
    expect(readFileSync(join(dir, 'x.txt'), 'utf8')).toBe('new');
  });
});

describe('eachJsonl', () => {
  it('gives every record of a file larger than its block, one at a time, and names a bad line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'frontline-jsonl-'));
    const path = join(dir, 'big.jsonl');
    // Records of multi-byte characters, longer than the 1 MB block, so block ends fall inside characters.
    const records = [{ t: 'é'.repeat(600_001) }, { t: 'ж€'.repeat(300_007) }, { t: 'end' }];
    writeFileSync(path, records.map((r) => JSON.stringify(r)).join('\n') + '\n');
    const seen: unknown[] = [];
    eachJsonl(path, (r) => seen.push(r));
    expect(seen).toEqual(records);
    writeFileSync(path, '{"a":1}\n\n{oops\n');
    expect(() => eachJsonl(path, () => {})).toThrow(/big\.jsonl:3: not valid JSON/);
    rmSync(dir, { recursive: true, force: true });
  });
});
