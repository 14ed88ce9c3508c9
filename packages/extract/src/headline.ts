/**
 * A headline and the body sentence that tells the same fact ("100 killed in clashes in Tripoli" over "The mayor said
 * 104 people were killed in clashes in Tripoli on Friday"): the body's sentence is the fact's source. It names who
 * reported it, when and where, and its count is the exact one the headline rounded; the headline only fills what the
 * body leaves out.
 */
import type { ExtractedFact } from '@frontline/schema';

/** Judges two facts one (same figure, places, dates and side); given by the caller, which owns that judgement. */
export type SameFact = (a: ExtractedFact, b: ExtractedFact) => boolean;

/**
 * The headline's figure told again in the body in other words: its round count ("100 killed", "more than 2,000 flee")
 * standing for the body's exact one ("104 people were killed", "2,150 people fled"), within a tenth of it on the side
 * the headline's hedge allows; or its victims named on one side only ("kills 20 civilians" over "20 people were
 * killed"). Otherwise the same fact: same places, dates and side. A round count has at most two significant digits
 * and ends in a zero: a headline that says 23 means 23.
 */
export function titleRetold(a: ExtractedFact, b: ExtractedFact, title: number, same: SameFact): boolean {
  if (a.sentence_index !== title || b.sentence_index === title) return false;
  const v = a.quantity?.value;
  const w = b.quantity?.value;
  if (v == null || w == null || (v !== w && !roundedTo(v, w, a.quantity!.modifier))) return false;
  if (a.group !== b.group && a.group !== 'people' && b.group !== 'people') return false;
  return same({ ...a, quantity: b.quantity, group: b.group }, b);
}

function roundedTo(v: number, w: number, hedge: string): boolean {
  if (!round(v) || Math.abs(w - v) > v / 10) return false;
  if ((hedge === 'more_than' || hedge === 'at_least') && w < v) return false;
  return !((hedge === 'nearly' || hedge === 'up_to' || hedge === 'less_than') && w > v);
}

function round(v: number): boolean {
  if (v < 20 || v % 10 !== 0) return false;
  const digits = String(v).replace(/0+$/, '');
  return digits.length <= 2;
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
