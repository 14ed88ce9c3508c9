import { error, json } from '@sveltejs/kit';
import { detailData, pageIndex } from '$lib/server/page-data.ts';

/** One article's sentences and derivations, fetched when a mark is opened (lib/detail.svelte.ts). */
export const prerender = true;

export function entries() {
  return pageIndex().details.map((slug) => ({ slug }));
}

export function GET({ params }: { params: { slug: string } }) {
  const file = detailData(params.slug);
  if (!file) error(404, 'no such detail file');
  return json(file);
}
