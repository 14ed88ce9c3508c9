import { readAnnotations } from '$lib/server/annotations.ts';
import { filterOptions } from '$lib/server/rows.ts';
import { tables } from '$lib/server/tables.ts';
import { reportingWindow } from '$lib/window.ts';

export const prerender = true;
// Every page is a folder with index.html, which any static file server can serve.
export const trailingSlash = 'always';

export function load() {
  const t = tables();
  const reporting = reportingWindow(t.articles.map((a) => (typeof a.published === 'string' ? a.published : '')));
  return { options: filterOptions(), reporting, title: t.datapackage.title ?? 'Frontline', annotations: readAnnotations() };
}
