/** Plain text (and the base of Markdown): strict decoding, then optional YAML front matter. */
import { decodeArticle, MAX_ARTICLE_BYTES } from '../decode.ts';
import { articleId } from '../id.ts';
import { splitFrontMatter, type FrontMatter } from '../frontmatter.ts';
import { refused, single, type InputFile, type KnownMeta, type ReadOutcome, type Reader } from './types.ts';

/** Front matter fields as known metadata. */
export function frontMatterMeta(meta: FrontMatter): KnownMeta {
  const known: KnownMeta = {};
  for (const [field, value] of Object.entries(meta) as Array<[keyof FrontMatter, string]>) {
    known[field] = { value, from: 'front matter', key: 'front-matter' };
  }
  return known;
}

/** Decoded text with its front matter split off, the body turned into article text by `toText`. */
export function readTextual(file: InputFile, maxBytes: number, toText: (body: string) => string): ReadOutcome {
  const decoded = decodeArticle(file.bytes, maxBytes);
  if (!decoded.ok) return refused(file.path, decoded.reason);
  const split = splitFrontMatter(decoded.text);
  if (!split.ok) return refused(file.path, split.reason);
  const text = toText(split.body);
  return single({ path: file.path, id: articleId(file.path), raw: file.bytes, text, meta: frontMatterMeta(split.meta), issues: split.issues, removed: [] });
}

export const textReader: Reader = {
  format: 'text',
  maxBytes: MAX_ARTICLE_BYTES,
  read: (file) => readTextual(file, MAX_ARTICLE_BYTES, (body) => body),
};
