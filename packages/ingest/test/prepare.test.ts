import { describe, expect, it } from 'vitest';
import { Ingest, type InputFile } from '../src/index.ts';

const file = (path: string, text: string): InputFile => ({ path, bytes: new TextEncoder().encode(text) });
const dated = (day: string) => `---\npublished: ${day}\n---\nShelling displaced about 1,200 people from the town on Monday, the agency said.\n`;

describe('a file prepared once, admitted later (what the article cache keeps)', () => {
  it('admits a prepared file as reading it would', async () => {
    const files = [file('a.txt', dated('2019-05-01')), file('b.txt', dated('2019-05-01')), file('c.md', '# Title\n\nNo figures here at all.\n')];
    const direct = new Ingest({ runDate: '2020-01-01' });
    const staged = new Ingest({ runDate: '2020-01-01' });
    const prepared = await Promise.all(files.map((f) => staged.prepare(f))); // any order, any time
    for (const [i, f] of files.entries()) expect(staged.admit(prepared[i]!)).toEqual(await direct.read(f));
  });

  it('is reused on another day only when the publication window gives each date it checked the same verdict', async () => {
    const early = new Ingest({ runDate: '2020-01-01' });
    const future = await early.prepare(file('a.txt', dated('2020-01-03'))); // after the next day: not used
    expect(future.docs[0]!.article!.warnings!.join(';')).toMatch(/after the day after the run/);
    expect(new Ingest({ runDate: '2020-01-01' }).reusable(future)).toBe(true);
    expect(new Ingest({ runDate: '2020-01-05' }).reusable(future)).toBe(false); // the date is now in the window
    expect(new Ingest({ runDate: '2020-01-02' }).reusable(future)).toBe(false); // still refused, but the message names the day

    const past = await early.prepare(file('b.txt', dated('2019-05-01')));
    const later = new Ingest({ runDate: '2026-11-30' });
    expect(later.reusable(past)).toBe(true);
    const again = await later.prepare(file('b.txt', dated('2019-05-01')));
    expect({ ...again, runDate: '' }).toEqual({ ...past, runDate: '' });
  });

  it('names everything besides the bytes that preparing reads: the export columns and the manifest rows', () => {
    const plain = new Ingest();
    const other = new Ingest({ fields: { text: ['body'], published: ['date'], title: ['title'], url: ['url'], outlet: ['outlet'] } });
    expect(plain.preparedFrom('a.jsonl')).not.toBe(other.preparedFrom('a.jsonl'));
    expect(plain.preparedFrom('a.jsonl')).not.toBe(plain.preparedFrom('b.jsonl'));
    const described = new Ingest();
    described.addManifest({ entries: new Map([['a.txt', { at: 'articles.csv:2', meta: { title: { value: 'T', from: 'manifest', key: 'manifest' } } }]]), rejected: [] });
    expect(described.preparedFrom('a.txt')).not.toBe(plain.preparedFrom('a.txt'));
    expect(described.preparedFrom('b.txt')).toBe(plain.preparedFrom('b.txt'));
  });
});
