/**
 * Raw bytes to article text, or the reason a user gets for why the file was refused.
 */

/** Largest accepted article file: 2 MiB. News articles are a few kilobytes; anything bigger is not one article. */
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;

export type Decoded = { ok: true; text: string } | { ok: false; reason: string };

const MB = 1024 * 1024;

/** The reason for a file over the limit; the CLI gives it from the file's size before reading it. */
export function tooLarge(size: number, limit = MAX_ARTICLE_BYTES): string | null {
  return size > limit ? `file too large: ${(size / MB).toFixed(1)} MB > ${limit / MB} MB limit` : null;
}

type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'utf-32le' | 'utf-32be';

// Longest first: the UTF-32LE mark begins with the UTF-16LE one.
const BOMS: Array<[Encoding, number[]]> = [
  ['utf-32le', [0xff, 0xfe, 0x00, 0x00]],
  ['utf-32be', [0x00, 0x00, 0xfe, 0xff]],
  ['utf-8', [0xef, 0xbb, 0xbf]],
  ['utf-16le', [0xff, 0xfe]],
  ['utf-16be', [0xfe, 0xff]],
];

/** The encoding a byte order mark announces, and the bytes after the mark; UTF-8 when there is none. */
function sniff(bytes: Uint8Array): { encoding: Encoding; body: Uint8Array } {
  for (const [encoding, mark] of BOMS) {
    if (mark.every((b, i) => bytes[i] === b)) return { encoding, body: bytes.subarray(mark.length) };
  }
  return { encoding: 'utf-8', body: bytes };
}

/**
 * Decode strictly (UTF-8, or UTF-16/UTF-32 when a byte order mark says so), drop the mark and normalize CRLF/CR to
 * LF before anything else looks at the text.
 */
export function decodeArticle(bytes: Uint8Array, limit = MAX_ARTICLE_BYTES): Decoded {
  const large = tooLarge(bytes.length, limit);
  if (large) return { ok: false, reason: large };
  if (bytes.length === 0) return { ok: false, reason: 'empty file' };
  const { encoding, body } = sniff(bytes);
  const decoded = encoding === 'utf-8' ? decodeUtf8(body) : decodeWide(body, encoding);
  if (!decoded.ok) return decoded;
  // NUL is checked on the decoded text: UTF-16 and UTF-32 bytes are full of zeros, their text has none.
  if (decoded.text.includes('\0')) return { ok: false, reason: 'binary file (NUL bytes)' };
  const text = decoded.text.replace(/\r\n?/g, '\n');
  if (text.trim() === '') return { ok: false, reason: 'empty file' };
  return { ok: true, text };
}

function decodeUtf8(bytes: Uint8Array): Decoded {
  // Before decoding: a NUL-ridden binary file is "binary", not "invalid UTF-8 at byte ...".
  if (bytes.includes(0)) return { ok: false, reason: 'binary file (NUL bytes)' };
  try {
    // ignoreBOM: true keeps a second BOM as text rather than dropping it silently.
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    return { ok: false, reason: `invalid UTF-8 at byte ${firstInvalidUtf8(bytes)}` };
  }
}

/** UTF-16 through TextDecoder; UTF-32, which TextDecoder does not know, code point by code point. */
function decodeWide(bytes: Uint8Array, encoding: Exclude<Encoding, 'utf-8'>): Decoded {
  const invalid: Decoded = { ok: false, reason: `invalid ${encoding.toUpperCase()} (after its byte order mark)` };
  if (encoding === 'utf-16le' || encoding === 'utf-16be') {
    try {
      return { ok: true, text: new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes) };
    } catch {
      return invalid;
    }
  }
  if (bytes.length % 4 !== 0) return invalid;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const chunks: string[] = [];
  const CHUNK = 8192; // String.fromCodePoint takes its code points as arguments: keep each call small
  for (let i = 0; i < bytes.length; i += 4 * CHUNK) {
    const points: number[] = [];
    for (let j = i; j < Math.min(bytes.length, i + 4 * CHUNK); j += 4) {
      const cp = view.getUint32(j, encoding === 'utf-32le');
      if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return invalid;
      points.push(cp);
    }
    chunks.push(String.fromCodePoint(...points));
  }
  return { ok: true, text: chunks.join('') };
}

/**
 * Offset of the first byte that does not start or continue a valid UTF-8 sequence. TextDecoder only says "invalid",
 * and a user fixing the file needs to know where.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const len = sequenceLength(bytes, i);
    if (len === 0) return i;
    i += len;
  }
  return -1;
}

/** Length of the valid UTF-8 sequence starting at `i`, 0 if it is invalid (overlong, surrogate, truncated, > U+10FFFF). */
function sequenceLength(b: Uint8Array, i: number): number {
  const lead = b[i]!;
  if (lead < 0x80) return 1;
  const [len, min, max] =
    lead >= 0xc2 && lead <= 0xdf ? [2, 0x80, 0xbf]
    : lead === 0xe0 ? [3, 0xa0, 0xbf]
    : lead === 0xed ? [3, 0x80, 0x9f]
    : lead >= 0xe1 && lead <= 0xef ? [3, 0x80, 0xbf]
    : lead === 0xf0 ? [4, 0x90, 0xbf]
    : lead >= 0xf1 && lead <= 0xf3 ? [4, 0x80, 0xbf]
    : lead === 0xf4 ? [4, 0x80, 0x8f]
    : [0, 0, 0];
  if (len === 0 || i + len > b.length) return 0;
  // The second byte's range excludes overlong forms and surrogates; the rest are plain continuation bytes.
  if (b[i + 1]! < min || b[i + 1]! > max) return 0;
  for (let k = 2; k < len; k++) if ((b[i + k]! & 0xc0) !== 0x80) return 0;
  return len;
}
