/**
 * How a plotted figure was derived from the words of its sentence, in steps a reader can check: the words as
 * stated, the range rule that turned them into low–high (read back from the rules datapackage.json publishes), and
 * families or households × household size. A range that no rule gives is one the text stated ("between 38 and
 * 48"); one a rule gives is inferred. Charts draw the two differently.
 */
import { formatCount, formatRange } from './format.ts';

export interface Rule {
  low: number;
  best: number;
  high: number;
}
export interface RangeRules {
  modifiers: Record<string, Rule & { examples: string }>;
  vague_words: Record<string, { low: number | null; best: number | null; high: number | null; reading: string }>;
}
export interface Household {
  size: number;
  source: string;
}
/** The fact's figure as written and counted, before any conversion to persons. */
export interface StatedFigure {
  phrase: string;
  unit: string;
  vague: boolean;
  low: number | null;
  best: number | null;
  high: number | null;
}

/** `exact`: one stated number; `stated`: the text gives the range; `inferred`: a rule gives it; '' no figure. */
export type RangeKind = 'exact' | 'stated' | 'inferred' | '';

export interface Derivation {
  kind: RangeKind;
  steps: string[];
}

// The rounding of normalize's range rule: low down and high up, to whole units (to 0.1 with decimals).
const whole = (v: number) => Number.isInteger(v);
const down = (v: number, w: boolean) => (w ? Math.floor(v + 1e-9) : Math.floor(v * 10 + 1e-9) / 10);
const up = (v: number, w: boolean) => (w ? Math.ceil(v - 1e-9) : Math.ceil(v * 10 - 1e-9) / 10);

const PERCENT = (f: number) => `${Math.round(Math.abs(1 - f) * 100)}%`;

/** The hedge rule whose factors give low–high from best; the one whose example words the phrase uses first. */
function hedgeRule(f: StatedFigure, rules: RangeRules): [string, Rule & { examples: string }] | undefined {
  const v = f.best as number;
  const fits = Object.entries(rules.modifiers).filter(
    ([name, r]) => name !== 'exact' && down(v * r.low, whole(v)) === f.low && up(v * r.high, whole(v)) === f.high,
  );
  const phrase = f.phrase.toLowerCase();
  return fits.find(([, r]) => r.examples.split(', ').some((w) => phrase.includes(w))) ?? fits[0];
}

function rangeStep(f: StatedFigure, rules: RangeRules, unit: string): Derivation {
  const { low, best, high } = f as { low: number; best: number; high: number };
  const range = `${formatRange(low, high)} ${unit}`;
  if (f.vague) {
    const word = Object.entries(rules.vague_words).find(([, r]) => r.low === low && r.best === best && r.high === high);
    const reading = word ? ` (${word[1].reading})` : '';
    return { kind: 'inferred', steps: [`Range rule for a vague word: “${f.phrase}” is read as ${range}, best ${formatCount(best)}${reading}.`] };
  }
  if (low === best && best === high) return { kind: 'exact', steps: ['An exact figure: no range.'] };
  const rule = hedgeRule(f, rules);
  if (!rule) return { kind: 'stated', steps: [`Range as the text states it: ${range}.`] };
  const [, r] = rule;
  const sides = [r.low < 1 ? `low ${PERCENT(r.low)} under` : '', r.high > 1 ? `high ${PERCENT(r.high)} over` : ''].filter(Boolean);
  return {
    kind: 'inferred',
    steps: [`Range rule for “${r.examples.split(', ')[0]}” (${r.examples}): ${sides.join(', ')} the stated ${formatCount(best)}, so ${range}.`],
  };
}

/**
 * What a person's corrections did to the fact, in words for the tooltip and the sentence panel ('' when none touched
 * it): the corrections' ids and the values they replaced, or that a person added the fact.
 */
export function correctionNote(correctedBy: string[], originals: string[]): string {
  if (!correctedBy.length) return '';
  const what = originals.length ? `replaced ${originals.join('; ')}` : 'added by a person';
  return `Corrected (${correctedBy.join(', ')}): ${what}`;
}

export function derive(f: StatedFigure, rules: RangeRules | null, household: Household | null): Derivation {
  if (f.best === null || f.low === null || f.high === null) return { kind: '', steps: [] };
  const unit = f.unit || 'persons';
  const steps = [`Stated: “${f.phrase}” ${unit}.`];
  const range = rules ? rangeStep(f, rules, unit) : { kind: '' as const, steps: [] };
  steps.push(...range.steps);
  if ((unit === 'families' || unit === 'households') && household) {
    const k = household.size;
    steps.push(
      `${formatRange(f.low, f.high)} ${unit} × ${k} persons each = ${formatRange(f.low * k, f.high * k)} persons ` +
        `(household size ${k}: ${household.source}).`,
    );
  }
  return { kind: range.kind, steps };
}
