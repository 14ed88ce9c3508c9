import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import * as flechette from '@uwdata/flechette';
import type { TableSchema } from '@frontline/schema';
import { readArrow, writeTable, type TableReuse } from '../src/index.ts';
import { sha256Of } from '../src/table-reuse.ts';

vi.mock('@uwdata/flechette', async (original) => {
  const real = await original<typeof flechette>();
  return { ...real, columnFromArray: vi.fn(real.columnFromArray) };
});

// Every Arrow type the writers use: text (with non-ASCII and empty cells, which are null), integers, numbers (with
// the odd ones), booleans, lists and dates.
const schema: TableSchema = {
  name: 'tolls',
  title: 'Tolls',
  description: 'Casualty tolls by place.',
  fields: [
    { name: 'place', type: 'string', description: 'place' },
    { name: 'killed', type: 'integer', description: 'killed' },
    { name: 'share', type: 'number', description: 'share' },
    { name: 'cumulative', type: 'boolean', description: 'cumulative' },
    { name: 'reporters', type: 'string', list: true, description: 'reporters' },
    { name: 'day', type: 'date', description: 'day' },
  ],
};
const rows = [
  { place: 'Goma', killed: 12, share: 0.5, cumulative: true, reporters: ['MONUSCO', 'Reuters'], day: '2025-01-27' },
  { place: 'الفاشر', killed: 40, share: NaN, cumulative: false, reporters: [], day: '' },
  { place: '', killed: null, share: -0, cumulative: null, reporters: ['OCHA'], day: '2024-06-01' },
  { place: 'Bakhmut', killed: 7, share: Infinity, cumulative: true, reporters: ['Ukrinform'], day: '2023-05-20' },
  { place: 'Marib', killed: 3, share: null, cumulative: false, reporters: ['Saba'], day: '2021-02-10' },
];
const dir = () => mkdtempSync(join(tmpdir(), 'io-arrow-'));

/** The previous set (written with a record) and the Arrow bytes of `content` written with its reuse and plainly. */
function bothWays(before: object[], content: object[]) {
  const previous = dir();
  const first: TableReuse = { previous: dir(), version: 'v1', before: {}, after: {} };
  writeTable(previous, schema, before as never, { reuse: first });
  const out = dir();
  vi.mocked(flechette.columnFromArray).mockClear();
  writeTable(out, schema, content as never, { reuse: { previous, version: 'v1', before: first.after, after: {} } });
  const encoded = vi.mocked(flechette.columnFromArray).mock.calls.map((call) => (call[0] as unknown[]).length);
  const plain = dir();
  writeTable(plain, schema, content as never);
  return { written: readFileSync(join(out, 'tolls.arrow')), plain: readFileSync(join(plain, 'tolls.arrow')), encoded, previous, first };
}

describe('a changed table takes its unchanged rows’ Arrow values from the previous file', () => {
  it('writes the bytes of a plain write when rows change, move, go, repeat or are added', () => {
    const [goma, fasher, empty, bakhmut, marib] = rows;
    const changes = [
      [goma, { ...fasher, killed: 41 }, empty, bakhmut, marib],
      [marib, bakhmut, empty, fasher, goma],
      [goma, marib],
      [goma, goma, { place: 'Mogadishu', killed: 3, share: 1, cumulative: true, reporters: ['SONNA'], day: '2022-10-29' }, fasher, empty, bakhmut, marib],
      [empty],
      [],
      ...Array.from({ length: 20 }, (_v, n) => [...rows, ...rows.map((r, i) => ({ ...r, killed: n * 10 + i }))].slice(n % 7)),
    ];
    for (const content of changes) {
      const { written, plain } = bothWays(rows, content as object[]);
      expect(written.equals(plain)).toBe(true);
    }
    expect(readArrow(join(bothWays(rows, changes[0]!).previous, 'tolls.arrow'))).toHaveLength(5);
  });

  it('encodes only the rows the previous file lacks', () => {
    const { written, plain, encoded } = bothWays(rows, [...rows, { ...rows[0]!, place: 'Kunduz' }]);
    expect(written.equals(plain)).toBe(true);
    expect(encoded).toEqual(schema.fields.map(() => 1)); // one new row, per column
  });

  it('builds the file from every row when the previous file is not as recorded', () => {
    const previous = dir();
    const first: TableReuse = { previous: dir(), version: 'v1', before: {}, after: {} };
    writeTable(previous, schema, rows as never, { reuse: first });
    const path = join(previous, 'tolls.arrow');
    writeFileSync(path, readFileSync(path).subarray(0, 100)); // cut short: it no longer hashes as recorded
    const content = [...rows, { ...rows[0]!, place: 'Kunduz' }];
    const out = dir();
    vi.mocked(flechette.columnFromArray).mockClear();
    writeTable(out, schema, content as never, { reuse: { previous, version: 'v1', before: first.after, after: {} } });
    const encoded = vi.mocked(flechette.columnFromArray).mock.calls.map((call) => (call[0] as unknown[]).length);
    expect(encoded).toEqual(schema.fields.map(() => 6)); // no batch of new rows alone: every row, column by column
    expect(readArrow(join(out, 'tolls.arrow'))).toHaveLength(6);
    expect(sha256Of(readFileSync(join(out, 'tolls.arrow')))).toBe(sha256Of(bothWays([], content).plain));
  });
});
