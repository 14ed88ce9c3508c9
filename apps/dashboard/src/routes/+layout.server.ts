import { layoutData } from '$lib/server/page-data.ts';

export const prerender = true;
// Every page is a folder with index.html, which any static file server can serve.
export const trailingSlash = 'always';

/** The filter menus, reporting window, title and key events: written by the data step (scripts/page-data.ts). */
export function load() {
  return layoutData();
}
