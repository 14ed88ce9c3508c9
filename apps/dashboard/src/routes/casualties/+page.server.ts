import { pageData } from '$lib/server/page-data.ts';

export function load() {
  return pageData('casualties');
}
