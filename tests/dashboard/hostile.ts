/**
 * Hostile input for the dashboard's browser test, and the probes that show nothing in it ran or became a link.
 * Every script payload sets `window.__pwned` as well as opening a dialog, so a run is caught either way.
 */
/// <reference lib="dom" />
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '../../apps/dashboard/scripts/harness.ts';

export const HOSTILE_ID = 'zz_hostile_front_matter';
export const HOSTILE = {
  title: '<img src=x onerror="window.__pwned=1;alert(1)">',
  outlet: '=HYPERLINK("http://evil")',
  url: 'javascript:window.__pwned=1;alert(document.domain)',
  sentence: 'At least 14 civilians were killed in Ariha on Tuesday <svg onload="window.__pwned=1">, the White Helmets said.',
};
/** Input file names (without .txt) that are awkward in a URL or a file name; each becomes an article id today. */
export const HOSTILE_NAMES = ['hash#frag', 'query?x=1', 'pct%41', 'pctA', 'new\nline'];
export const SECRET_TOKEN = 's3cret-do-not-publish';
export const SECRET = JSON.stringify({ token: SECRET_TOKEN });

const yaml = (text: string) => `'${text.replaceAll("'", "''")}'`;

/** File name -> text of the hostile inputs (front matter strings pass today's ingest as they are). */
export function hostileInputs(): Record<string, string> {
  const files: Record<string, string> = {
    [`${HOSTILE_ID}.txt`]: [
      '---',
      `title: ${yaml(HOSTILE.title)}`,
      'published: 2018-01-16',
      `outlet: ${yaml(HOSTILE.outlet)}`,
      `url: ${yaml(HOSTILE.url)}`,
      '---',
      'Strikes hit Ariha again',
      '',
      HOSTILE.sentence,
      '',
    ].join('\n'),
  };
  HOSTILE_NAMES.forEach((name, i) => {
    files[`${name}.txt`] = `---\npublished: 2018-01-1${i}\n---\nFamilies flee Saraqib\n\nAt least ${30 + i} families fled Saraqib on Tuesday, the UN said.\n`;
  });
  return files;
}

export interface Probe {
  path: string;
  dialogs: string[];
}

/** Records (and dismisses) every dialog a page opens. */
export function probe(page: Page, path: string): Probe {
  const seen: Probe = { path, dialogs: [] };
  page.on('dialog', (dialog) => {
    seen.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return seen;
}

/**
 * Attributes in the live page that could run script: an event-handler attribute, or a URL attribute whose value,
 * read the way a browser does (spaces and control characters dropped, any case), starts with a script or data scheme.
 */
export function scriptLinks(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const URL_ATTRS = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'srcdoc', 'poster']);
    const found: string[] = [];
    for (const el of document.querySelectorAll('*')) {
      for (const attr of el.attributes) {
        const value = attr.value.replace(/[\u0000-\u0020]/g, '').toLowerCase();
        // `data:,` (empty) is the app's own no-request favicon; any other data: URL could carry a document.
        const scripted = URL_ATTRS.has(attr.name) && /^(javascript|vbscript|data):/.test(value) && value !== 'data:,';
        if (scripted || attr.name.startsWith('on')) found.push(`<${el.localName} ${attr.name}="${attr.value}">`);
      }
    }
    return found;
  });
}

/** Every file of the built site, as paths relative to it. */
export function siteFiles(dir: string): string[] {
  return (readdirSync(dir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1))
    .sort();
}

/** A URL attribute with a script scheme, or an unescaped payload element, in the HTML as written. */
export const SCRIPT_IN_HTML = /\b(?:href|src|action|formaction)\s*=\s*["']?\s*(?:javascript|vbscript):|<img\s+src=x|<svg\s+onload/i;

export const readText = (dir: string, file: string) => readFileSync(join(dir, file), 'utf8');
