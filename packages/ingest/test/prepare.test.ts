import { describe, expect, it } from 'vitest';
import { Ingest, sameVerdictDays, sameVerdicts, type InputFile } from '../src/index.ts';
import { addDays } from '@frontline/nlp/dates';

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

describe('the run dates on which a set of checked days keeps its verdicts (what the run record keeps)', () => {
  it('is the span of every run date on which sameVerdicts holds, on random days', () => {
    // A small deterministic generator: days from 1899 to 2021 around run dates in 2020, so both verdicts occur.
    let seed = 7;
    const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    const dayNear = (base: string) => (next(10) === 0 ? addDays('1899-12-25', next(14)) : addDays(base, next(30) - 15));
    for (let trial = 0; trial < 200; trial++) {
      const runDate = addDays('2020-03-01', next(60));
      const days = Array.from({ length: next(4) }, () => dayNear(runDate));
      const span = sameVerdictDays(days, runDate);
      for (let shift = -40; shift <= 40; shift++) {
        const other = addDays(runDate, shift);
        const inSpan = other >= span.from && other <= span.to;
        expect(inSpan, `${days.join(',')} on ${runDate} -> ${other}`).toBe(sameVerdicts(days, runDate, other));
      }
    }
  });

  it('holds from the day before the latest accepted date on, and on the run date alone once a date is refused', () => {
    expect(sameVerdictDays(['2024-05-12', '2024-06-03', ''], '2024-06-10')).toEqual({ from: '2024-06-02', to: '9999-12-31' });
    expect(sameVerdictDays(['1850-01-01'], '2024-06-10').to).toBe('9999-12-31'); // before 1900 on any run date
    expect(sameVerdictDays(['2024-05-12', '2024-06-03'], '2024-06-01')).toEqual({ from: '2024-06-01', to: '2024-06-01' });
  });
});
