/**
 * Optional YAML front matter at the top of an article: `---`, YAML lines, `---` (or `...`).
 * Its title, published, outlet and url override what ingest infers from the text.
 */
import { parse, YAMLParseError } from 'yaml';

export interface FrontMatter {
  title?: string;
  published?: string;
  outlet?: string;
  url?: string;
}

export type FrontMatterResult = { ok: true; meta: FrontMatter; body: string } | { ok: false; reason: string };

const OPEN = /^---[ \t]*\n/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/m;
const FIELDS = ['title', 'published', 'outlet', 'url'] as const;

/** Split front matter from the body; text without a leading `---` line has none. */
export function splitFrontMatter(text: string): FrontMatterResult {
  const open = OPEN.exec(text);
  if (!open) return { ok: true, meta: {}, body: text };
  const rest = text.slice(open[0].length);
  const close = CLOSE.exec(rest);
  if (!close) return { ok: false, reason: "invalid YAML front matter: no closing '---' line" };
  const yamlText = rest.slice(0, close.index);
  const body = rest.slice(close.index + close[0].length).replace(/^\n/, '');
  const parsed = parseYaml(yamlText);
  if (!parsed.ok) return parsed;
  return { ok: true, meta: parsed.meta, body };
}

function parseYaml(yamlText: string): { ok: true; meta: FrontMatter } | { ok: false; reason: string } {
  let data: unknown;
  try {
    data = parse(yamlText);
  } catch (err) {
    // The yaml package appends a code excerpt after the first line; the first line is the message a user needs.
    const message = err instanceof YAMLParseError || err instanceof Error ? err.message.split('\n')[0]! : String(err);
    return { ok: false, reason: `invalid YAML front matter: ${message}` };
  }
  if (data === null || data === undefined) return { ok: true, meta: {} };
  if (typeof data !== 'object' || Array.isArray(data)) {
    return { ok: false, reason: 'invalid YAML front matter: not a list of key: value pairs' };
  }
  const meta: FrontMatter = {};
  for (const key of FIELDS) {
    const value = (data as Record<string, unknown>)[key];
    if (value === undefined || value === null) continue;
    const text = value instanceof Date ? value.toISOString().slice(0, 10) : String(value).trim();
    if (text !== '') meta[key] = text;
  }
  return { ok: true, meta };
}
