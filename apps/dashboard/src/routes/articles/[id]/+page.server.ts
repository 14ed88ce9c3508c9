import { error } from '@sveltejs/kit';
import { articleIds, articleText } from '$lib/server/pages.ts';
import type { EntryGenerator } from './$types';

export const entries: EntryGenerator = () => articleIds().map((id) => ({ id }));

export function load({ params }) {
  const article = articleText(params.id);
  if (!article) error(404, `No article ${params.id}`);
  return { article };
}
