/**
 * The verbs that take a figure as their object, read by the cue before a figure (cues.ts: "killed 14 people",
 * "injures 20", "hosts 8,000 IDPs", "seized 2 towns"): data/object-cues.csv, one written form a row, by category.
 * `verb` rows are the cue itself; `control` rows are the verbs before "(full) control of/over" ("took control of 3
 * villages"). The frame finder's own rows are data/frames.csv; these are the forms the cue matches as written.
 */
import type { Category } from '@frontline/schema';
import { CATEGORIES, parseRegistry } from '@frontline/schema';
import { alternation } from '@frontline/nlp/dates';
import { readDataFile } from './data.ts';

const FILE = 'object-cues.csv';
const KINDS = ['verb', 'control'] as const;
export type ObjectCueKind = (typeof KINDS)[number];

interface ObjectCue {
  phrase: string;
  category: Category;
  kind: ObjectCueKind;
}

let cached: ObjectCue[] | null = null;

/** Parses the table's text (a broken row stops the stage with its line). */
export function parseObjectCues(text: string, file = FILE): ObjectCue[] {
  const rows = parseRegistry(text, file, ['phrase', 'category', 'kind'], { kind: KINDS, category: Object.values(CATEGORIES).flat() });
  return rows.map((r) => ({ phrase: r.phrase!.toLowerCase(), category: r.category as Category, kind: r.kind as ObjectCueKind }));
}

/** The written forms of one category and kind as a regex alternation in a group, longest first. */
export function objectCuePattern(category: Category, kind: ObjectCueKind = 'verb'): string {
  cached ??= parseObjectCues(readDataFile(FILE));
  const forms = cached.filter((c) => c.category === category && c.kind === kind).map((c) => c.phrase);
  // An empty alternation would match before every figure: a category left without rows is a broken table.
  if (!forms.length) throw new Error(`${FILE}: no ${kind} rows for ${category}`);
  return `(?:${alternation(forms)})`;
}
