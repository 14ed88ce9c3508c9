import type { Fact } from '@frontline/schema';
import type { GoldFact } from './gold.ts';
import { admin1Key, reporterKey } from './keys.ts';
import { assign, dateFits, matches } from './match.ts';

export interface Ratio {
  correct: number;
  total: number;
  value: number | null;
}

/** The figures of one slice of the evaluation (the whole, a kind, a genre or an article). */
export interface Scores {
  facts: number;
  gold: number;
  gold_required: number;
  recall_required: Ratio;
  recall_all: Ratio;
  precision: Ratio;
  period_end_accuracy: Ratio;
  reported_by_accuracy: Ratio;
  admin1_accuracy: Ratio;
  /** Territory: of the matched gold facts that name who gained ground, those whose `actor` is the gold's. */
  actor_accuracy: Ratio;
}

export interface EvalReport extends Scores {
  duplicates: number;
  /** Facts of articles outside the scored set (not counted anywhere else). */
  out_of_scope: number;
  by_kind: Record<string, Scores>;
  by_genre: Record<string, Scores>;
  by_article: Record<string, Scores>;
  /** Precision of the facts in each confidence band (CONFIDENCE_BANDS), to check that confidence ranks facts. */
  by_confidence: Record<string, Ratio>;
  misses: { id: string; article: string; kind: string; required: boolean; quote: string }[];
  false_positives: { fact_id: string; article: string; kind: string; category: string; count_phrase: string; quote: string }[];
  wrong_dates: { id: string; expected: string; got: string }[];
  wrong_reporters: { id: string; expected: string[]; got: string[] }[];
  wrong_admin1: { id: string; expected: string[]; got: string[] }[];
  wrong_actors: { id: string; expected: string; got: string }[];
}

export interface ScoreOptions {
  /** The genre of an article (from the corpus sources table); articles without one are `unknown`. */
  genreOf?: (article: string) => string | undefined;
  /** Only facts of these articles are scored (the articles of the gold set); default: every fact. */
  articles?: ReadonlySet<string>;
}

/** What became of one gold fact: matched or not and, when matched, whether each field is right (undefined: not annotated). */
interface GoldOutcome {
  gold: GoldFact;
  matched: boolean;
  dateOk?: boolean;
  reporterOk?: boolean;
  admin1Ok?: boolean;
  actorOk?: boolean;
}

interface FactOutcome {
  fact: Fact;
  correct: boolean;
}

const ratio = (correct: number, total: number): Ratio => ({ correct, total, value: total ? correct / total : null });
const count = <T>(items: T[], test: (t: T) => boolean) => items.filter(test).length;

function fieldRatio(golds: GoldOutcome[], field: 'dateOk' | 'reporterOk' | 'admin1Ok' | 'actorOk'): Ratio {
  const judged = golds.filter((g) => g[field] !== undefined);
  return ratio(count(judged, (g) => g[field] === true), judged.length);
}

function summarize(golds: GoldOutcome[], facts: FactOutcome[]): Scores {
  const required = golds.filter((g) => g.gold.required);
  return {
    facts: facts.length,
    gold: golds.length,
    gold_required: required.length,
    recall_required: ratio(count(required, (g) => g.matched), required.length),
    recall_all: ratio(count(golds, (g) => g.matched), golds.length),
    precision: ratio(count(facts, (f) => f.correct), facts.length),
    period_end_accuracy: fieldRatio(golds, 'dateOk'),
    reported_by_accuracy: fieldRatio(golds, 'reporterOk'),
    admin1_accuracy: fieldRatio(golds, 'admin1Ok'),
    actor_accuracy: fieldRatio(golds, 'actorOk'),
  };
}

function judge(gold: GoldFact, fact: Fact | undefined): GoldOutcome {
  if (!fact) return { gold, matched: false };
  const expectedAdmin1 = (gold.admin1 ?? []).map(admin1Key);
  const reporters = new Set((gold.reported_by ?? []).map(reporterKey));
  return {
    gold,
    matched: true,
    dateOk: gold.period ? dateFits(fact, gold) : undefined,
    reporterOk: reporters.size ? fact.reported_by.some((r) => reporters.has(reporterKey(r))) : undefined,
    admin1Ok: expectedAdmin1.length ? fact.admin1.some((a) => expectedAdmin1.includes(admin1Key(a))) : undefined,
    actorOk: gold.actor ? fact.actor === gold.actor : undefined,
  };
}

/** Bands of facts.csv's `confidence`, highest first: a fact is in the first band whose floor it reaches. */
export const CONFIDENCE_BANDS: readonly (readonly [string, number])[] = [['high (>= 0.8)', 0.8], ['medium (0.6-0.8)', 0.6], ['low (< 0.6)', 0]];

function byConfidence(facts: FactOutcome[]): Record<string, Ratio> {
  const bandOf = (c: unknown) => (typeof c === 'number' && Number.isFinite(c) ? CONFIDENCE_BANDS.find(([, floor]) => c >= floor)![0] : 'unknown');
  const bands = [...CONFIDENCE_BANDS.map(([b]) => b), 'unknown'];
  return Object.fromEntries(
    bands.map((b) => {
      const inBand = facts.filter((f) => bandOf(f.fact.confidence) === b);
      return [b, ratio(count(inBand, (f) => f.correct), inBand.length)] as const;
    }).filter(([b, r]) => b !== 'unknown' || r.total > 0),
  );
}

/** Groups gold and fact outcomes by a key of their article or kind, and summarizes each group. */
function breakdown(
  golds: GoldOutcome[],
  facts: FactOutcome[],
  keyOfGold: (g: GoldFact) => string,
  keyOfFact: (f: Fact) => string,
): Record<string, Scores> {
  const keys = [...new Set([...golds.map((g) => keyOfGold(g.gold)), ...facts.map((f) => keyOfFact(f.fact))])].sort();
  return Object.fromEntries(
    keys.map((k) => [k, summarize(golds.filter((g) => keyOfGold(g.gold) === k), facts.filter((f) => keyOfFact(f.fact) === k))]),
  );
}

/** Scores extracted facts against gold facts: recall, precision, duplicates and field accuracies, overall and by slice. */
export function scoreFacts(allFacts: Fact[], golds: GoldFact[], options: ScoreOptions = {}): EvalReport {
  const facts = options.articles ? allFacts.filter((f) => options.articles!.has(f.article_id)) : allFacts;
  const goldToFact = assign(facts, golds);
  const assignedFacts = new Set(goldToFact.values());
  const goldOutcomes = golds.map((gold, g) => judge(gold, goldToFact.has(g) ? facts[goldToFact.get(g)!] : undefined));
  const factOutcomes = facts.map((fact) => ({ fact, correct: golds.some((gold) => matches(fact, gold)) }));
  const genre = (article: string) => options.genreOf?.(article) ?? 'unknown';
  const matched = goldOutcomes.filter((g) => g.matched);
  const factOf = (g: GoldOutcome) => facts[goldToFact.get(golds.indexOf(g.gold))!];

  return {
    ...summarize(goldOutcomes, factOutcomes),
    duplicates: count(factOutcomes, (f) => f.correct && !assignedFacts.has(facts.indexOf(f.fact))),
    out_of_scope: allFacts.length - facts.length,
    by_kind: breakdown(goldOutcomes, factOutcomes, (g) => g.kind, (f) => f.kind),
    by_genre: breakdown(goldOutcomes, factOutcomes, (g) => genre(g.article), (f) => genre(f.article_id)),
    by_article: breakdown(goldOutcomes, factOutcomes, (g) => g.article, (f) => f.article_id),
    by_confidence: byConfidence(factOutcomes),
    misses: goldOutcomes
      .filter((g) => !g.matched)
      .map(({ gold: g }) => ({ id: g.id, article: g.article, kind: g.kind, required: g.required, quote: g.quote })),
    false_positives: factOutcomes
      .filter((f) => !f.correct)
      .map(({ fact: f }) => ({
        fact_id: f.fact_id, article: f.article_id, kind: f.kind, category: f.category, count_phrase: f.count_phrase, quote: f.quote,
      })),
    wrong_dates: matched
      .filter((g) => g.dateOk === false)
      .map((g) => ({ id: g.gold.id, expected: g.gold.period![1], got: factOf(g).period_end })),
    wrong_reporters: matched
      .filter((g) => g.reporterOk === false)
      .map((g) => ({ id: g.gold.id, expected: g.gold.reported_by!, got: factOf(g).reported_by })),
    wrong_admin1: matched
      .filter((g) => g.admin1Ok === false)
      .map((g) => ({ id: g.gold.id, expected: g.gold.admin1!, got: factOf(g).admin1 })),
    wrong_actors: matched
      .filter((g) => g.actorOk === false)
      .map((g) => ({ id: g.gold.id, expected: g.gold.actor!, got: factOf(g).actor })),
  };
}
