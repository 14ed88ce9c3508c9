import { closeSync, mkdtempSync, openSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexLines, linesFrom, newlineChunks, readSpan, Spool } from '../src/cache/line-file.ts';

/** The file's lines as the whole-file reading defines them: key before the first tab, first line of a key wins. */
function byWholeRead(text: string) {
  const keys = new Map<string, string>();
  let unkeyed = 0;
  for (const line of text.split('\n')) {
    const tab = line.indexOf('\t');
    if (tab > 0 && !keys.has(line.slice(0, tab))) keys.set(line.slice(0, tab), line);
    else if (line !== '') unkeyed += 1;
  }
  return { keys, unkeyed };
}

function withFile<T>(text: string, use: (fd: number) => T): T {
  const path = join(mkdtempSync(join(tmpdir(), 'frontline-lines-')), 'x.cache');
  writeFileSync(path, text);
  const fd = openSync(path, 'r');
  try {
    return use(fd);
  } finally {
    closeSync(fd);
  }
}

/** Lines whose keys and payloads fall across the 1 MB chunks the index reads: long payloads, multi-byte text. */
function awkwardText(seed: number): string {
  let state = seed;
  const next = (n: number) => ((state = (state * 1103515245 + 12345) % 2147483648), state % n);
  const lines: string[] = [];
  for (let i = 0; i < 60; i++) {
    const key = `k${next(40)}é${'x'.repeat(next(3) * 30)}`;
    const payload = 'ü€'.repeat(next(8) === 0 ? 120_000 : next(2000));
    const shape = next(10);
    lines.push(shape === 0 ? '' : shape === 1 ? `no tab ${payload}` : shape === 2 ? `\tempty key` : `${key}\tcheck\t${payload}`);
  }
  return lines.join('\n') + (seed % 2 ? '\n' : ''); // with and without a last '\n' (a truncated file)
}

describe('a cache file read by position', () => {
  it('finds the lines, keys and rejects the whole-file reading finds, across chunk boundaries', () => {
    for (const seed of [1, 2, 3, 4]) {
      const text = awkwardText(seed);
      const expected = byWholeRead(text);
      withFile(text, (fd) => {
        const { spans, unkeyed } = indexLines(fd);
        expect(unkeyed).toBe(expected.unkeyed);
        expect([...spans.keys()]).toEqual([...expected.keys.keys()]);
        for (const [key, span] of spans) expect(readSpan(fd, span)).toBe(expected.keys.get(key));
      });
    }
  });

  it('copies lines in the order asked, neighbours in one read, new lines between them', () => {
    const text = 'a\t1\nb\t22\nc\t333\nd\t4\n';
    withFile(text, (fd) => {
      const spans = [...indexLines(fd).spans.values()];
      const out = [...linesFrom(fd, [spans[0]!, spans[1]!, 'new\tline', spans[3]!, spans[2]!])].map(String);
      expect(out).toEqual(['a\t1\nb\t22', 'new\tline', 'd\t4', 'c\t333']);
    });
  });

  it('reads spooled lines back beside the file\'s, joining neighbours of one file only', () => {
    withFile('a\t1\nb\t22\n', (fd) => {
      const spans = [...indexLines(fd).spans.values()];
      const spool = new Spool(join(mkdtempSync(join(tmpdir(), 'frontline-spool-')), '.x.cache.spool.1.tmp'));
      const fresh = [spool.append('x\t9'), spool.append('n\té')];
      // the spool's second line starts at byte 4, right after the file's first line: only the file tells them apart
      expect(fresh[1]!.start).toBe(spans[0]!.end + 1);
      expect([...linesFrom(fd, [spans[0]!, fresh[1]!, spans[1]!])].map(String)).toEqual(['a\t1', 'n\té', 'b\t22']);
      expect([...linesFrom(fd, [fresh[0]!, fresh[1]!])].map(String)).toEqual(['x\t9\nn\té']);
      spool.remove();
      expect(() => openSync(spool.path, 'r')).toThrow();
    });
  });

  it('writes the pieces as bytes, each followed by a newline, in chunks of a few MB', () => {
    const pieces = [Buffer.from('a\t1\nb\t22'), Buffer.alloc(5 << 20, 0x78), Buffer.from('c\t\u00e9')];
    const chunks = [...newlineChunks(pieces)];
    expect(chunks.length).toBe(2);
    expect(Buffer.concat(chunks).equals(Buffer.concat(pieces.flatMap((p) => [p, Buffer.from('\n')])))).toBe(true);
  });
});
