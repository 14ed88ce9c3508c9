import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { MAX_ARTICLE_BYTES, decodeArticle, firstInvalidUtf8, ingestFiles } from '../src/index.ts';
import { enc, file } from './helpers.ts';

const ARTICLE = 'Fighting in Idlib\n\nThousands fled on Monday, aid groups said.\n';

function reasonFor(bytes: Uint8Array | string): string {
  const { articles, rejected } = ingestFiles([file('a/x.txt', bytes)]);
  expect(articles).toHaveLength(0);
  expect(rejected).toHaveLength(1);
  return rejected[0]!.reason;
}

describe('bad input files are refused with a reason', () => {
  it('refuses an empty file', () => {
    expect(reasonFor(new Uint8Array())).toBe('empty file');
  });

  it('refuses a whitespace-only file', () => {
    expect(reasonFor(' \n\t\r\n  \n')).toBe('empty file');
  });

  it('refuses a BOM-only file as empty', () => {
    expect(reasonFor(new Uint8Array([0xef, 0xbb, 0xbf, 0x0a]))).toBe('empty file');
  });

  it('refuses a binary file (NUL bytes)', () => {
    expect(reasonFor(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]))).toBe('binary file (NUL bytes)');
  });

  it('refuses invalid UTF-8 and says at which byte', () => {
    const bytes = new Uint8Array([...enc('Idlib '), 0xe9, ...enc('t\u00e9')]); // a Latin-1 "é" at byte 6
    expect(reasonFor(bytes)).toBe('invalid UTF-8 at byte 6');
  });

  it('refuses a file over the size limit with both sizes', () => {
    const big = new Uint8Array(Math.round(3.1 * 1024 * 1024)).fill(0x61);
    expect(reasonFor(big)).toBe('file too large: 3.1 MB > 2 MB limit');
  });

  it('accepts a file of exactly the limit', () => {
    expect(MAX_ARTICLE_BYTES).toBe(2 * 1024 * 1024);
    const text = 'Title\n\n' + 'a'.repeat(MAX_ARTICLE_BYTES - 7);
    expect(decodeArticle(enc(text)).ok).toBe(true);
  });

  it('refuses a file whose only text is front matter or boilerplate', () => {
    expect(reasonFor('---\ntitle: Nothing here\n---\n\n')).toBe('no article text');
    expect(reasonFor('Sign in / Join\n\nShare this article\nAdvertisement\n')).toBe('no article text');
  });

  it('refuses an exact duplicate, keeping the first by path order', () => {
    const { articles, rejected } = ingestFiles([file('b/copy.txt', ARTICLE), file('a/original.txt', ARTICLE)]);
    expect(articles.map((a) => a.source_path)).toEqual(['a/original.txt']);
    expect(rejected).toEqual([{ path: 'b/copy.txt', reason: 'exact duplicate of a/original.txt' }]);
  });

  it('refuses a second file with the same article id', () => {
    const { articles, rejected } = ingestFiles([file('a/x.md', ARTICLE), file('b/x.txt', ARTICLE + 'More.\n')]);
    expect(articles.map((a) => a.article_id)).toEqual(['x']);
    expect(rejected).toEqual([{ path: 'b/x.txt', reason: "duplicate article id 'x' (also a/x.md)" }]);
  });
});

describe('decoding', () => {
  it('strips a UTF-8 BOM and normalizes CRLF and CR to LF', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...enc('Title\r\n\r\nLine one.\rLine two.\r\n')]);
    const decoded = decodeArticle(bytes);
    expect(decoded).toEqual({ ok: true, text: 'Title\n\nLine one.\nLine two.\n' });
  });

  it('hashes the raw bytes, before BOM and line-ending changes', () => {
    const raw = new Uint8Array([0xef, 0xbb, 0xbf, ...enc(ARTICLE.replace(/\n/g, '\r\n'))]);
    const [a] = ingestFiles([file('x.txt', raw)]).articles;
    expect(a!.sha256).toBe(createHash('sha256').update(raw).digest('hex'));
  });

  it('finds the first invalid byte of overlong, surrogate and truncated sequences', () => {
    expect(firstInvalidUtf8(enc('abc €'))).toBe(-1);
    expect(firstInvalidUtf8(new Uint8Array([0x41, 0xc0, 0xaf]))).toBe(1); // overlong "/"
    expect(firstInvalidUtf8(new Uint8Array([0x41, 0x42, 0xed, 0xa0, 0x80]))).toBe(2); // UTF-16 surrogate
    expect(firstInvalidUtf8(new Uint8Array([0x41, 0xe2, 0x82]))).toBe(1); // cut off at the end
    expect(firstInvalidUtf8(new Uint8Array([0x80]))).toBe(0); // stray continuation byte
  });
});

describe('UTF-16 and UTF-32 with a byte order mark', () => {
  const TEXT = 'Idlib: 😀 déplacés\r\n\r\nThousands fled on Monday, aid groups said.\r\n';
  const EXPECTED = TEXT.replace(/\r\n/g, '\n');

  function utf16(text: string, littleEndian: boolean): Uint8Array {
    const out = new DataView(new ArrayBuffer(2 + text.length * 2));
    out.setUint16(0, 0xfeff, littleEndian);
    for (let i = 0; i < text.length; i++) out.setUint16(2 + i * 2, text.charCodeAt(i), littleEndian);
    return new Uint8Array(out.buffer);
  }
  function utf32(text: string, littleEndian: boolean): Uint8Array {
    const points = [0xfeff, ...[...text].map((c) => c.codePointAt(0)!)];
    const out = new DataView(new ArrayBuffer(points.length * 4));
    points.forEach((p, i) => out.setUint32(i * 4, p, littleEndian));
    return new Uint8Array(out.buffer);
  }

  it('decodes all four, not "binary"', () => {
    for (const bytes of [utf16(TEXT, true), utf16(TEXT, false), utf32(TEXT, true), utf32(TEXT, false)]) {
      expect(decodeArticle(bytes)).toEqual({ ok: true, text: EXPECTED });
    }
    const [a] = ingestFiles([file('wide.txt', utf16(TEXT, true))]).articles;
    expect(a!.text).toBe(EXPECTED.trimEnd());
  });

  it('refuses broken ones with the encoding in the reason', () => {
    expect(reasonFor(utf16(TEXT, true).subarray(0, 9))).toBe('invalid UTF-16LE (after its byte order mark)'); // odd length
    const lone = utf16('Title\n\nA lone \ud800 surrogate.', false);
    expect(reasonFor(lone)).toBe('invalid UTF-16BE (after its byte order mark)');
    const beyond = utf32('Title\n\nText.', true);
    new DataView(beyond.buffer).setUint32(8, 0x110000, true);
    expect(reasonFor(beyond)).toBe('invalid UTF-32LE (after its byte order mark)');
    expect(reasonFor(utf32('Title\n\nText.', false).subarray(0, 10))).toBe('invalid UTF-32BE (after its byte order mark)');
  });

  it('still calls a file with NUL characters binary, whatever its encoding', () => {
    expect(reasonFor(utf16('Title\0\n\nText.', true))).toBe('binary file (NUL bytes)');
  });
});
