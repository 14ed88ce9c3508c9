/**
 * A mark's sentence and derivation, fetched when it is hovered, focused or opened: the page data holds no sentence
 * (lib/server/detail.ts). One request per article's detail file, whatever the number of its marks; a failed one
 * says why in the panel and is tried again the next time a mark of that article is opened.
 */
import { base } from '$app/paths';
import { page } from '$app/state';
import { SvelteMap } from 'svelte/reactivity';
import type { DetailFile, Provenance, ProvenanceDetail } from './types.ts';

/** Loaded details by fact id, and why a file could not be loaded, by file name. */
const loaded = new SvelteMap<string, ProvenanceDetail>();
const failures = new SvelteMap<string, string>();
const requested = new Set<string>();

async function fetchFile(name: string): Promise<DetailFile> {
  const response = await fetch(`${base}/detail/${name}.json`);
  if (!response.ok) throw new Error(`the server answered ${response.status}`);
  return (await response.json()) as DetailFile;
}

/** Starts loading the detail file of a mark's article, once; the panel and tooltip follow `detailOf`. */
export function requestDetail(prov: Provenance): void {
  if (requested.has(prov.detail)) return;
  requested.add(prov.detail);
  failures.delete(prov.detail);
  fetchFile(prov.detail).then(
    (file) => {
      for (const [id, detail] of file.facts) loaded.set(id, detail);
      if (!loaded.has(prov.fact_id)) failures.set(prov.detail, 'its sentence is not in the detail file');
    },
    (error: Error) => {
      requested.delete(prov.detail);
      failures.set(prov.detail, error.message);
    },
  );
}

/** The mark's sentence and derivation once loaded (undefined before). */
export function detailOf(prov: Provenance): ProvenanceDetail | undefined {
  return loaded.get(prov.fact_id);
}

/** Why the mark's sentence could not be loaded ('' while it loads or once it has). */
export function detailFailure(prov: Provenance): string {
  return loaded.has(prov.fact_id) ? '' : (failures.get(prov.detail) ?? '');
}

let titleIndex: { pairs: unknown; map: Map<string, string> } | undefined;

/** An article's title from the page data's title list (the id when the page has none). */
export function articleTitle(id: string): string {
  const pairs = (page.data as { titles?: [string, string][] }).titles ?? [];
  if (titleIndex?.pairs !== pairs) titleIndex = { pairs, map: new Map(pairs) };
  return titleIndex.map.get(id) || id;
}
