import { error } from '@sveltejs/kit';
import { articleBySlug, articleSlugs } from '$lib/server/pages.ts';
import type { EntryGenerator } from './$types';

// The route parameter is the article's slug (lib/server/slug.ts), never the raw id, so any id has a working page.
export const entries: EntryGenerator = () => articleSlugs().map((slug) => ({ slug }));

export function load({ params }) {
  const article = articleBySlug(params.slug);
  if (!article) error(404, `No article at ${params.slug}`);
  return { article };
}
