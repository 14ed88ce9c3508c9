import { articleSummaries, rejectedInputs, unresolvedPlaces } from '$lib/server/pages.ts';

export function load() {
  return { articles: articleSummaries(), rejected: rejectedInputs(), unresolved: unresolvedPlaces() };
}
