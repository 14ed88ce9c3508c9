import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseCsv } from '@frontline/io';
import type { TableSchema } from '@frontline/schema';
import type { Annotation } from '../types.ts';

/** annotations.csv: key events a user adds or edits; one row per event. */
const ANNOTATIONS: TableSchema = {
  name: 'annotations',
  title: 'Key events',
  description: 'Events drawn on the time axes of the dashboard.',
  fields: [
    { name: 'date', type: 'date', description: 'The day of the event (YYYY-MM-DD).' },
    { name: 'label', type: 'string', description: 'A short label, shown at the top of the time axis.' },
    { name: 'source', type: 'string', description: 'Where the event is documented (an address or a citation).' },
  ],
};

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The file: FRONTLINE_ANNOTATIONS, else apps/dashboard/annotations.csv. */
export function annotationsPath(): string {
  const root = process.env.FRONTLINE_REPO_ROOT ?? resolve(process.cwd(), '../..');
  return process.env.FRONTLINE_ANNOTATIONS ?? resolve(root, 'apps/dashboard/annotations.csv');
}

/**
 * The key events of annotations.csv, by day. A missing file gives none; a row without an ISO day or a label is left
 * out with a warning naming its line, so one bad line does not stop the build; a file without the columns stops it
 * with a message naming them.
 */
export function readAnnotations(path = annotationsPath()): Annotation[] {
  // Read once per build: the layout's load runs for every prerendered page.
  if (cache?.path === path) return cache.annotations;
  const annotations = parseAnnotations(path);
  cache = { path, annotations };
  return annotations;
}

let cache: { path: string; annotations: Annotation[] } | undefined;

function parseAnnotations(path: string): Annotation[] {
  if (!existsSync(path)) return [];
  const out: Annotation[] = [];
  parseCsv(ANNOTATIONS, readFileSync(path, 'utf8'), path).forEach((row, i) => {
    const date = typeof row.date === 'string' ? row.date : '';
    const label = typeof row.label === 'string' ? row.label.trim() : '';
    if (!ISO_DAY.test(date) || !label) {
      console.warn(`dashboard: ${path} line ${i + 2} left out: it needs a date (YYYY-MM-DD) and a label`);
      return;
    }
    out.push({ date, label, source: typeof row.source === 'string' ? row.source : '' });
  });
  return out.sort((a, b) => a.date.localeCompare(b.date) || a.label.localeCompare(b.label));
}
