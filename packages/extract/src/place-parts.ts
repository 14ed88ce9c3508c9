/**
 * A figure broken down by place in the next sentence: "Over 2 million people were displaced in the three regions.
 * This includes 1.7 million people in Tigray, 160,000 in Amhara and 140,000 in Afar." Each figure of the sentence
 * that opens by breaking down the one before ("This includes", "These include", "Of these,", "Among them,") and
 * names its own place is a part of that whole: the same kind, category, group and unit, with its own place. Group
 * breakdowns ("Among those killed were 68 children") are later-parts.ts'; a figure without a place of its own is left
 * to them.
 */
import type { PlaceHit } from './places.ts';
import type { Draft } from './draft.ts';
import { isNotACount } from './filters.ts';
import { readHead } from './nouns.ts';
import { findQuantities, quantityOf } from './numbers.ts';

/** The words that open a breakdown of the figure before. */
const THIS_INCLUDES = String.raw`this\s+(?:figure\s+|number\s+|total\s+)?(?:also\s+)?includes?`;
const THESE_INCLUDE = String.raw`these\s+(?:figures\s+)?include`;
const OF_THESE = String.raw`(?:of|among)\s+(?:these|them|those)\s*,`;
const OPENS = new RegExp(String.raw`^[\s•*·-]*(?:${THIS_INCLUDES}|${THESE_INCLUDE}|${OF_THESE})\s`, 'i');

/**
 * Parts by place of a whole in `wholes` (the displacement and casualty figures of the sentence before), for figures
 * of sentence `s` no finder has read (`read`); `places` are the sentence's.
 */
export function placeParts(s: string, wholes: Draft[], read: Draft[], places: PlaceHit[]): Draft[] {
  if (!wholes.length || !OPENS.test(s)) return [];
  const figures = findQuantities(s).filter((q) => !isNotACount(s, q) && q.value !== null);
  const out: Draft[] = [];
  figures.forEach((q, i) => {
    if (read.some((d) => d.figStart < q.end && q.start < d.figEnd)) return;
    const head = readHead(s, q);
    // "151,000 people in Amhara", "149,000 in Afar": the whole's unit, written or understood.
    const whole = wholes.find((w) => (!head || head.unit === w.unit) && w.quantity?.value != null && w.quantity.value > q.value!);
    if (!whole || (whole.kind === 'casualty' && head?.group && head.group !== 'people' && head.group !== whole.group)) return;
    const to = figures[i + 1]?.start ?? s.length;
    const own = places.filter((p) => p.start >= q.end && p.start < to);
    if (!own.length) return;
    out.push({
      ...whole,
      quantity: quantityOf(q),
      count_phrase: q.phrase,
      figStart: q.start,
      figEnd: q.end,
      cueStart: q.start,
      cueEnd: head?.end ?? q.end,
      places: own,
      articlePlaces: [],
      part: true,
    });
  });
  return out;
}
