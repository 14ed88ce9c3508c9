import { filterOptions } from '$lib/server/rows.ts';
import { tables } from '$lib/server/tables.ts';

export const prerender = true;
// Every page is a folder with index.html, which any static file server can serve.
export const trailingSlash = 'always';

export function load() {
  return { options: filterOptions(), title: tables().datapackage.title ?? 'Frontline' };
}
