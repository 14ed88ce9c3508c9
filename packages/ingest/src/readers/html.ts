/// <reference lib="dom" />
// The DOM types of linkedom's documents (they implement the standard DOM interfaces).
/**
 * A saved web page: the article's main text by Mozilla's Readability (the Firefox reader view) on a linkedom DOM,
 * written out as plain text one block a line; scripts, styles and other non-text elements are never kept. Title,
 * publication date, outlet and address come from the page's metadata where it has them (meta.ts). A page that is
 * only navigation (no article text outside links) is refused with that reason.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { decodeArticle } from '../decode.ts';
import { articleId } from '../id.ts';
import { pageMetadata } from './html-meta.ts';
import { refused, single, type InputFile, type ReadOutcome, type Reader } from './types.ts';

/** Saved pages carry inline scripts and styles: a larger limit than a text file's, the article is a small part. */
const MAX_HTML_BYTES = 16 * 1024 * 1024;
/** Fewer characters of text outside links than this: a menu, a list of headlines or an error page, not an article. */
const MIN_ARTICLE_CHARS = 200;

const BLOCKS = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'FOOTER', 'ASIDE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'UL', 'OL',
  'BLOCKQUOTE', 'PRE', 'TABLE', 'TR', 'FIGURE', 'FIGCAPTION', 'DL', 'DT', 'DD', 'ADDRESS', 'HR',
]);
/** Never text, whatever Readability leaves: code, styling, embedded objects, form controls. */
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT', 'EMBED', 'CANVAS', 'BUTTON', 'SELECT', 'FORM', 'IMG', 'VIDEO', 'AUDIO']);

/** Plain text of an element: blocks and `<br>` on their own lines, list items marked "- ", table cells split by " | ". */
export function elementText(root: Node): string {
  const out: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === 3) return void out.push((node.textContent ?? '').replace(/\s+/g, ' '));
    if (node.nodeType !== 1) return;
    const tag = (node as Element).tagName.toUpperCase();
    if (SKIP.has(tag)) return;
    if (tag === 'BR') return void out.push('\n');
    const block = BLOCKS.has(tag);
    if (block) out.push('\n\n');
    if (tag === 'LI') out.push('- ');
    if ((tag === 'TD' || tag === 'TH') && (node as Element).previousElementSibling) out.push(' | ');
    node.childNodes.forEach(walk);
    if (block) out.push('\n\n');
  };
  walk(root);
  return tidy(out.join(''));
}

/** Text of an HTML fragment (an export's `content` column often holds the article as HTML), by the same walk. */
export function fragmentText(html: string): string {
  const { document } = parseHTML(`<!DOCTYPE html><html><body>${html}</body></html>`);
  return elementText(document.body);
}

/** Spaces trimmed around line breaks, at most one blank line between blocks. */
function tidy(text: string): string {
  return text
    .replace(/[ \t\u00a0]*\n[ \t\u00a0]*/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/[ \t\u00a0]{2,}/g, ' ')
    .trim();
}

/** Characters of text that are not inside a link: what tells an article from a menu. */
function textOutsideLinks(root: Node): number {
  let n = 0;
  const walk = (node: Node) => {
    if (node.nodeType === 3) n += (node.textContent ?? '').replace(/\s+/g, ' ').trim().length;
    else if (node.nodeType === 1 && !['A', ...SKIP].includes((node as Element).tagName.toUpperCase())) node.childNodes.forEach(walk);
  };
  walk(root);
  return n;
}

/** The charset a page declares in its first bytes (`<meta charset>` or http-equiv), when not UTF-8. */
function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  const label = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
  if (!label || label === 'utf-8' || label === 'utf8') return null;
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return null; // an unknown label: read as UTF-8, strictly
  }
}

function decodeHtml(file: InputFile): { ok: true; text: string } | { ok: false; reason: string } {
  const charset = declaredCharset(file.bytes);
  if (charset === null || charset === 'utf-16le' || charset === 'utf-16be') return decodeArticle(file.bytes, MAX_HTML_BYTES);
  return { ok: true, text: new TextDecoder(charset).decode(file.bytes) };
}

export function readHtml(file: InputFile): ReadOutcome {
  const decoded = decodeHtml(file);
  if (!decoded.ok) return refused(file.path, decoded.reason);
  const { document } = parseHTML(decoded.text);
  // Before Readability, which removes the scripts that hold JSON-LD and rewrites the document.
  const meta = pageMetadata(document);
  const article = new Readability<Node>(document as unknown as Document, { serializer: (node) => node }).parse();
  const content = article?.content;
  if (!content || textOutsideLinks(content) < MIN_ARTICLE_CHARS) {
    return refused(file.path, `HTML page without article text: under ${MIN_ARTICLE_CHARS} characters outside links (navigation or link lists only)`);
  }
  if (!meta.title && article.title) meta.title = { value: article.title.trim(), from: 'HTML <title>', key: 'html' };
  return single({ path: file.path, id: articleId(file.path), raw: file.bytes, text: `${elementText(content)}\n`, meta, issues: [], removed: [] });
}

export const htmlReader: Reader = { format: 'html', maxBytes: MAX_HTML_BYTES, read: readHtml };
