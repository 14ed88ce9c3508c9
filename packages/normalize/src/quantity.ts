/**
 * Figures as written -> low/best/high.
 *
 * Numbers with a hedge. The best value is always the figure the text states; the hedge only widens the range on the
 * side it points to, by 10% (the rounding reporters apply to such figures) or, where it gives no bound at all, to half.
 *
 * | modifier  | examples                                 | low    | best | high   |
 * | --------- | ---------------------------------------- | ------ | ---- | ------ |
 * | exact     | "12 civilians"                           | v      | v    | v      |
 * | nearly    | nearly, almost, just under, close to     | 0.9 v  | v    | v      |
 * | at_least  | at least, no fewer than                  | v      | v    | 1.1 v  |
 * | more_than | more than, over, upwards of              | v      | v    | 1.1 v  |
 * | about     | about, around, some, an estimated        | 0.9 v  | v    | 1.1 v  |
 * | up_to     | up to, as many as                        | 0.5 v  | v    | v      |
 * | less_than | less than, fewer than, under             | 0.5 v  | v    | v      |
 *
 * Low is rounded down and high up to whole units (to 0.1 for a figure with decimals, e.g. kilometres).
 *
 * Ranges. "Between 154,000 and 203,000", "400–600", "10,000 to 15,000": low is the lower bound, high the upper, and
 * best the lower bound (the figure every reading of the text reaches, as conflict monitors code a range); a hedge in
 * front widens the range on its side ("some 8 to 13": 7.2 -> 7 .. 14.3 -> 15, best 8).
 *
 * Vague words. A plural of a unit means at least two of it, "three" of it is the best single reading, and the range
 * ends below the next word up ("dozens" stops where "hundreds" starts). A modifier in front of a word changes nothing.
 *
 * | word                  | low       | best      | high      | reading                                  |
 * | --------------------- | --------- | --------- | --------- | ---------------------------------------- |
 * | a_few                 | 2         | 3         | 5         | a handful                                |
 * | several               | 3         | 5         | 9         | more than a few, fewer than a dozen      |
 * | dozens                | 24        | 36        | 99        | at least two dozen, under a hundred      |
 * | scores                | 40        | 60        | 199       | at least two score                       |
 * | hundreds              | 200       | 300       | 999       |                                          |
 * | thousands             | 2,000     | 3,000     | 9,999     |                                          |
 * | tens_of_thousands     | 20,000    | 30,000    | 99,999    |                                          |
 * | hundreds_of_thousands | 200,000   | 300,000   | 999,999   |                                          |
 * | millions              | 2,000,000 | 3,000,000 | 9,999,999 |                                          |
 * | many                  | -         | -         | -         | no scale: any number would be invented   |
 *
 * No quantity (a capture with no count) -> all empty.
 */
import type { Quantity, QuantityModifier, VagueWord } from '@frontline/schema';

export interface Range {
  low: number | null;
  best: number | null;
  high: number | null;
}

/** Factors applied to the stated value v, per modifier. */
export const MODIFIER_RULES: Record<QuantityModifier, { low: number; best: number; high: number; examples: string }> = {
  exact: { low: 1, best: 1, high: 1, examples: 'no hedge' },
  nearly: { low: 0.9, best: 1, high: 1, examples: 'nearly, almost, just under, close to' },
  at_least: { low: 1, best: 1, high: 1.1, examples: 'at least, no fewer than' },
  more_than: { low: 1, best: 1, high: 1.1, examples: 'more than, over, upwards of, in excess of' },
  about: { low: 0.9, best: 1, high: 1.1, examples: 'about, around, some, an estimated, approximately, roughly' },
  up_to: { low: 0.5, best: 1, high: 1, examples: 'up to, as many as' },
  less_than: { low: 0.5, best: 1, high: 1, examples: 'less than, fewer than, under' },
};

/** The range each vague word stands for (null: no range). */
export const VAGUE_RULES: Record<VagueWord, Range & { reading: string }> = {
  a_few: { low: 2, best: 3, high: 5, reading: 'a handful' },
  several: { low: 3, best: 5, high: 9, reading: 'more than a few, fewer than a dozen' },
  dozens: { low: 24, best: 36, high: 99, reading: 'at least two dozen, under a hundred' },
  scores: { low: 40, best: 60, high: 199, reading: 'at least two score, under two hundred' },
  hundreds: { low: 200, best: 300, high: 999, reading: 'at least two hundred, under a thousand' },
  thousands: { low: 2000, best: 3000, high: 9999, reading: 'at least two thousand, under ten thousand' },
  tens_of_thousands: { low: 20000, best: 30000, high: 99999, reading: 'at least twenty thousand, under a hundred thousand' },
  hundreds_of_thousands: { low: 200000, best: 300000, high: 999999, reading: 'at least two hundred thousand, under a million' },
  millions: { low: 2000000, best: 3000000, high: 9999999, reading: 'at least two million, under ten million' },
  many: { low: null, best: null, high: null, reading: 'no scale: any number would be invented' },
};

/** The documented range rule as data, for datapackage.json. */
export const RANGE_RULES = {
  description:
    'count_best is the stated figure; a hedge widens the range on its side (factors of the stated value v). ' +
    'A vague word stands for the range given (plural = at least two of the unit, best = three, high below the next word). ' +
    'A range as written ("between 41 and 52") is low = its lower bound, best = its lower bound, high = its upper bound, ' +
    'each widened by the hedge in front of it.',
  modifiers: MODIFIER_RULES,
  vague_words: VAGUE_RULES,
} as const;

const EMPTY: Range = { low: null, best: null, high: null };

const isWhole = (v: number): boolean => Number.isInteger(v);
const down = (v: number, whole: boolean): number => (whole ? Math.floor(v + 1e-9) : Math.floor(v * 10 + 1e-9) / 10);
const up = (v: number, whole: boolean): number => (whole ? Math.ceil(v - 1e-9) : Math.ceil(v * 10 - 1e-9) / 10);

/** low/best/high of a figure as written. */
export function toRange(q: Quantity | null): Range {
  if (!q) return EMPTY;
  if (q.value !== null && Number.isFinite(q.value)) {
    const rule = MODIFIER_RULES[q.modifier || 'exact'];
    const whole = isWhole(q.value);
    const top = q.upper !== undefined && q.upper > q.value ? q.upper : q.value;
    return { low: down(q.value * rule.low, whole), best: q.value, high: up(top * rule.high, isWhole(top)) };
  }
  if (q.vague_word) {
    const { low, best, high } = VAGUE_RULES[q.vague_word];
    return { low, best, high };
  }
  return EMPTY;
}

/** True where the text gives a word, not a number. */
export function isVague(q: Quantity | null): boolean {
  return !!q && (q.value === null || !Number.isFinite(q.value)) && q.vague_word !== '';
}
