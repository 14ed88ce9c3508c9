/**
 * A headline and the body sentence that tells the same fact ("100 killed in clashes in Tripoli" over "The mayor said
 * 100 people were killed in clashes in Tripoli on Friday"): the body's sentence is the fact's source. It names who
 * reported it, when and where; the headline only fills what the body leaves out.
 */
import type { ExtractedFact } from '@frontline/schema';

/** Judges two facts one (same figure, places, dates and side); given by the caller, which owns that judgement. */
export type SameFact = (a: ExtractedFact, b: ExtractedFact) => boolean;

/**
 * The headline's figure told again in the body: the same count, its victims perhaps named on one side only ("kills 20
 * civilians" over "20 people were killed"), and otherwise the same fact: same places, dates and side. A headline's
 * round count over the body's exact one ("100 killed" over "104 people were killed") stays two facts: different
 * figures are different facts (corpus/GOLD-FORMAT.md), and the reader may want the rounding.
 */
export function titleRetold(a: ExtractedFact, b: ExtractedFact, title: number, same: SameFact): boolean {
  if (a.sentence_index !== title || b.sentence_index === title) return false;
  const v = a.quantity?.value;
  if (v == null || v !== b.quantity?.value) return false;
  if (a.group !== b.group && a.group !== 'people' && b.group !== 'people') return false;
  return same({ ...a, group: b.group }, b);
}

/**
 * The body's restatement, in the headline's place among the facts, with what only the headline says: a source
 * ("UN: 30 civilians killed"), a date, a side, a place, or victims the body calls just "people".
 */
export function bodyOverTitle(title: ExtractedFact, body: ExtractedFact): ExtractedFact {
  const merged: ExtractedFact = { ...body };
  const bodyByAuthor = body.reporter_basis === 'document_author' && title.reporter_texts.length > 0 && title.reporter_basis !== 'document_author';
  if (!body.reporter_texts.length || bodyByAuthor) [merged.reporter_texts, merged.reporter_basis] = [title.reporter_texts, title.reporter_basis];
  if (!body.time_phrase && title.time_phrase) {
    [merged.time_phrase, merged.time_context, merged.end_phrase] = [title.time_phrase, title.time_context, title.end_phrase];
  }
  merged.cumulative = body.cumulative || title.cumulative;
  if (!body.actor_text) merged.actor_text = title.actor_text;
  if (!body.place_mentions.length) merged.place_mentions = title.place_mentions;
  if (body.group === 'people' && title.group && title.group !== 'people') merged.group = title.group;
  return merged;
}
