/**
 * Optional YAML front matter at the top of an article: `---`, YAML lines, `---` (or `...`).
 * Its title, published, outlet and url override what ingest infers from the text. Each is type-checked: a value of
 * the wrong type (a list, a map, a number for a title) is dropped and reported, never turned into "[object Object]";
 * the article and its other fields are kept.
 */
import { parse, YAMLParseError } from 'yaml';
import { z } from 'zod';

export interface FrontMatter {
  title?: string;
  published?: string;
  outlet?: string;
  url?: string;
}

/** `issues`: one message per dropped field, `front-matter.<field>: <what is wrong>`. */
export type FrontMatterResult = { ok: true; meta: FrontMatter; body: string; issues: string[] } | { ok: false; reason: string };
type Parsed = { ok: true; meta: FrontMatter; issues: string[] } | { ok: false; reason: string };

const OPEN = /^---[ \t]*\n/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/m;
// An empty value (`title:`) is null in YAML: absent, not wrong. A date may be a string or, in YAML 1.1, a timestamp.
const FIELDS = {
  title: z.string().nullish(),
  published: z.union([z.string(), z.date()]).nullish(),
  outlet: z.string().nullish(),
  url: z.string().nullish(),
};
type Field = keyof typeof FIELDS;

/** Split front matter from the body; text without a leading `---` line has none. */
export function splitFrontMatter(text: string): FrontMatterResult {
  const open = OPEN.exec(text);
  if (!open) return { ok: true, meta: {}, body: text, issues: [] };
  const rest = text.slice(open[0].length);
  const close = CLOSE.exec(rest);
  if (!close) return { ok: false, reason: "invalid YAML front matter: no closing '---' line" };
  const yamlText = rest.slice(0, close.index);
  const body = rest.slice(close.index + close[0].length).replace(/^\n/, '');
  const parsed = parseYaml(yamlText);
  if (!parsed.ok) return parsed;
  return { ok: true, meta: parsed.meta, body, issues: parsed.issues };
}

function parseYaml(yamlText: string): Parsed {
  let data: unknown;
  try {
    data = parse(yamlText);
  } catch (err) {
    // The yaml package appends a code excerpt after the first line; the first line is the message a user needs.
    const message = err instanceof YAMLParseError || err instanceof Error ? err.message.split('\n')[0]! : String(err);
    return { ok: false, reason: `invalid YAML front matter: ${message}` };
  }
  if (data === null || data === undefined) return { ok: true, meta: {}, issues: [] };
  if (typeof data !== 'object' || Array.isArray(data)) {
    return { ok: false, reason: 'invalid YAML front matter: not a list of key: value pairs' };
  }
  return checkFields(data as Record<string, unknown>);
}

/** Each known field on its own, so that one wrong field loses only itself. Unknown keys are ignored. */
function checkFields(data: Record<string, unknown>): Parsed {
  const meta: FrontMatter = {};
  const issues: string[] = [];
  for (const key of Object.keys(FIELDS) as Field[]) {
    const checked = FIELDS[key].safeParse(data[key]);
    if (!checked.success) {
      issues.push(`front-matter.${key}: ${checked.error.issues[0]!.message}`);
      continue;
    }
    const value = checked.data;
    if (value === undefined || value === null) continue;
    const text = value instanceof Date ? value.toISOString().slice(0, 10) : value.trim();
    if (text !== '') meta[key] = text;
  }
  return { ok: true, meta, issues };
}
