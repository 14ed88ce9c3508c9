import { error, json } from '@sveltejs/kit';
import { detailFiles } from '$lib/server/detail.ts';

/** One article's sentences and derivations, fetched when a mark is opened (lib/detail.svelte.ts). */
export const prerender = true;

export function entries() {
  return [...detailFiles().keys()].map((slug) => ({ slug }));
}

export function GET({ params }: { params: { slug: string } }) {
  const file = detailFiles().get(params.slug);
  if (!file) error(404, 'no such detail file');
  return json(file);
}
