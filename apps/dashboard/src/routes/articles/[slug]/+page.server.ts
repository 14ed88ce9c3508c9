import { error } from '@sveltejs/kit';
import { articlePageData, pageIndex } from '$lib/server/page-data.ts';
import type { EntryGenerator } from './$types';

// The route parameter is the article's slug (lib/server/slug.ts), never the raw id, so any id has a working page.
// An article page is text and links only: no JavaScript, so no hydration data, and the text is in the page once.
// Thousands of these pages stay small; the charts' pages are where the scripts are.
export const csr = false;

export const entries: EntryGenerator = () => pageIndex().articles.map((slug) => ({ slug }));

export function load({ params }) {
  const article = articlePageData(params.slug);
  if (!article) error(404, `No article at ${params.slug}`);
  return { article };
}
