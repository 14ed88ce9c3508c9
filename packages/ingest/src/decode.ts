/**
 * Raw bytes to article text, or the reason a user gets for why the file was refused.
 */

/** Largest accepted article file: 2 MiB. News articles are a few kilobytes; anything bigger is not one article. */
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;

export type Decoded = { ok: true; text: string } | { ok: false; reason: string };

const MB = 1024 * 1024;

/** Decode UTF-8 strictly, drop a BOM and normalize CRLF/CR to LF before anything else looks at the text. */
export function decodeArticle(bytes: Uint8Array): Decoded {
  if (bytes.length > MAX_ARTICLE_BYTES) {
    return { ok: false, reason: `file too large: ${(bytes.length / MB).toFixed(1)} MB > ${MAX_ARTICLE_BYTES / MB} MB limit` };
  }
  if (bytes.length === 0) return { ok: false, reason: 'empty file' };
  if (bytes.includes(0)) return { ok: false, reason: 'binary file (NUL bytes)' };
  let text: string;
  try {
    // ignoreBOM: true keeps a BOM in the output so that we strip it ourselves, visibly, below.
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return { ok: false, reason: `invalid UTF-8 at byte ${firstInvalidUtf8(bytes)}` };
  }
  text = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (text.trim() === '') return { ok: false, reason: 'empty file' };
  return { ok: true, text };
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
