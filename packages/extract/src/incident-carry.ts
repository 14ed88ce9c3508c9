/**
 * "Rebels ambushed a convoy near Tinzaouaten between July 25 and 27. The rebel coalition claimed that it killed 47
 * soldiers.": a toll whose sentence names no place, no time of its own and no running total goes on telling the
 * incident of the sentence before it in the same paragraph, and takes that sentence's places. A new paragraph, a time
 * of its own ("On Friday, ...") or a running total ("since 2021") starts another story, and the toll stays placeless.
 */
import type { ExtractedFact, PlaceMention } from '@frontline/schema';

/** The places the fact takes from the sentence before (article offsets), or [] when it starts a story of its own. */
export function carriedIncidentPlaces(fact: ExtractedFact, before: PlaceMention[], newParagraph: boolean): PlaceMention[] {
  if (newParagraph || fact.kind !== 'casualty' || fact.place_mentions.length) return [];
  if (fact.time_phrase || fact.cumulative) return [];
  // A country alone says nothing of the incident's place that the fact's country would not.
  return before.filter((p) => p.feature_hint !== 'country');
}
