import { createHash } from 'node:crypto';

/**
 * The path segment of an article's page, made from its id by a rule that any id survives: letters, digits, `_`, `-`
 * and a non-leading `.` stay; every other UTF-8 byte becomes `~HH` (so `~` itself too, which keeps the rule
 * one-to-one). The result needs no percent-decoding, is a valid file name and cannot be `.`, `..` or empty, so a
 * link, the prerendered file and a static server agree on it whatever the id holds (`#`, `?`, `%41`, a newline).
 * Ids that would make a segment longer than a file name keep a readable head and a hash of the whole id.
 */
const KEEP = /[A-Za-z0-9_-]/;
const MAX = 120;
const HEAD = 96;

function escapeChar(char: string, first: boolean): string {
  if (KEEP.test(char) || (char === '.' && !first)) return char;
  return [...Buffer.from(char, 'utf8')].map((b) => `~${b.toString(16).toUpperCase().padStart(2, '0')}`).join('');
}

export function articleSlug(id: string): string {
  if (id === '') return '~';
  const escaped = [...id].map((char, i) => escapeChar(char, i === 0)).join('');
  if (escaped.length <= MAX) return escaped;
  // Cut before a partial escape; `~~` never occurs in an escaped id, so a hashed slug cannot equal a plain one.
  const head = escaped.slice(0, HEAD).replace(/~[0-9A-F]?$/, '');
  return `${head}~~${createHash('sha256').update(id, 'utf8').digest('hex').slice(0, 16)}`;
}
