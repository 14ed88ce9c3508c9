/**
 * Markdown: the markup parsed (CommonMark, by mdast-util-from-markdown) and written back as plain text: one block a
 * paragraph, headings and list items on their own lines (items keep a "- " or "1. " marker, so the line joiner and
 * the title picker see them as list items), emphasis, links and code spans reduced to their words, images and raw
 * HTML dropped (never kept as markup).
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { List, Nodes, Parents } from 'mdast';
import { MAX_ARTICLE_BYTES } from '../decode.ts';
import { readTextual } from './text.ts';
import type { Reader } from './types.ts';

/** Words of inline content; a hard break stays a line break, a soft one too (unwrap.ts joins wrapped lines). */
function inline(node: Nodes): string {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      return node.value;
    case 'break':
      return '\n';
    case 'image':
    case 'imageReference':
    case 'html':
      return '';
    default:
      return 'children' in node ? (node as Parents).children.map(inline).join('') : '';
  }
}

function list(node: List, depth: number): string[] {
  const indent = '  '.repeat(depth);
  return node.children.map((item, i) => {
    const marker = node.ordered ? `${(node.start ?? 1) + i}. ` : '- ';
    const [first, ...rest] = item.children.flatMap((child) => blocks(child, depth + 1));
    return [`${indent}${marker}${first ?? ''}`, ...rest].join('\n');
  });
}

/** Each block as text; the caller separates blocks with a blank line. */
function blocks(node: Nodes, depth = 0): string[] {
  switch (node.type) {
    case 'root':
    case 'blockquote':
      return node.children.flatMap((child) => blocks(child, depth));
    case 'list':
      return [list(node, depth).join('\n')];
    case 'heading':
    case 'paragraph':
      return [inline(node).trim()].filter(Boolean);
    case 'code':
      return [node.value];
    case 'html':
    case 'thematicBreak':
    case 'definition':
      return [];
    default:
      return [inline(node).trim()].filter(Boolean);
  }
}

export function markdownToText(markdown: string): string {
  return `${blocks(fromMarkdown(markdown)).join('\n\n')}\n`;
}

export const markdownReader: Reader = {
  format: 'markdown',
  maxBytes: MAX_ARTICLE_BYTES,
  read: (file) => readTextual(file, MAX_ARTICLE_BYTES, markdownToText),
};
