import type { Fact } from '@frontline/schema';
import type { GoldFact } from './gold.ts';
import { admin1Key, looseKey } from './keys.ts';

/** count_best inside [0.9 × low, 1.1 × high] of the gold range (gold README). */
function countFits(fact: Fact, gold: GoldFact): boolean {
  if (!gold.count || fact.count_best === null) return false;
  return fact.count_best >= 0.9 * gold.count.low && fact.count_best <= 1.1 * gold.count.high;
}

function placesMatch(fact: Fact, gold: GoldFact): boolean {
  const written = [...fact.places, ...(fact.place_mentions ?? [])].map(looseKey);
  return (gold.places ?? []).some((spellings) => spellings.some((s) => written.includes(looseKey(s))));
}

/**
 * Territory: a place matches, or for a count of places (or km) the count matches.
 * A gold capture with neither places nor a count ("seized a string of villages", "lost several villages") can only be
 * told apart by who gained ground and where, so it matches a fact of the same actor whose governorates overlap the
 * gold ones (when both give any). The gold README leaves this case open; this is the narrowest rule that can match it.
 */
function territoryMatches(fact: Fact, gold: GoldFact): boolean {
  if (placesMatch(fact, gold)) return true;
  if (gold.count) return fact.unit === gold.unit && countFits(fact, gold) && !placedElsewhere(fact, gold);
  if ((gold.places ?? []).length > 0) return false;
  const sameActor = sameSide(fact, gold);
  const goldAdmin1 = (gold.admin1 ?? []).map(admin1Key);
  const sameArea = !goldAdmin1.length || !fact.admin1.length || fact.admin1.some((a) => goldAdmin1.includes(admin1Key(a)));
  return sameActor && sameArea;
}

/**
 * Both name where the places were taken, and no name is shared: "three villages near A" is not "three villages near B",
 * whatever the count. A count alone matches only where the gold names no place, or the fact names none finer than the
 * governorate or country the places lie in ("seized two towns in Ivory Coast"), which says nothing of which towns
 * (the gold README: the place decides; the count stands in for it for a count of places). A place named but not
 * found in the gazetteer has no precision and counts as named.
 */
const CONTAINING_AREAS: ReadonlySet<string> = new Set(['governorate', 'country']);
function placedElsewhere(fact: Fact, gold: GoldFact): boolean {
  if ((gold.places ?? []).length === 0) return false;
  if (fact.places.length > 0) return !CONTAINING_AREAS.has(fact.place_precision);
  return (fact.place_mentions ?? []).length > 0;
}

/** Does a system fact describe this gold fact, by the rules of the gold README? */
export function matches(fact: Fact, gold: GoldFact): boolean {
  if (fact.article_id !== gold.article || fact.kind !== gold.kind || fact.category !== gold.category) return false;
  switch (gold.kind) {
    case 'casualty':
      return (gold.group === 'people' || fact.group === gold.group) && countFits(fact, gold);
    case 'displacement':
      return fact.unit === (gold.unit ?? 'persons') && countFits(fact, gold);
    case 'territory':
      return territoryMatches(fact, gold);
    default:
      return false;
  }
}

/** `period_end` within the gold's tolerance (1 day unless `date_tolerance_days` says otherwise). */
export function dateFits(fact: Fact, gold: GoldFact): boolean {
  if (!gold.period || !fact.period_end) return false;
  const days = Math.abs(Date.parse(fact.period_end) - Date.parse(gold.period[1])) / 86_400_000;
  return days <= (gold.date_tolerance_days ?? 1);
}

/** A territory fact names the gold's side (or the gold names none): the capture and the recapture of one place differ by it. */
function sameSide(fact: Fact, gold: GoldFact): boolean {
  return !gold.actor || gold.actor === fact.actor;
}

/**
 * How closely a fact fits a gold fact it matches, for pairing: its quoted sentence, date and side, date only, neither.
 * A place taken and retaken a day later ("rebels took X on 10 May; the army retook it on 11 May") gives two gold facts
 * whose dates are both within the tolerance of both facts, so the date alone cannot pair them; the side can, and the
 * sentence each fact was read from can when even the sides agree.
 */
interface Tier {
  sentence: boolean;
  date: boolean;
  side: boolean;
  count: boolean;
}
function fitsTier(fact: Fact, gold: GoldFact, tier: Tier): boolean {
  return (!tier.sentence || quotedIn(fact, gold)) && (!tier.date || dateFits(fact, gold)) && (!tier.side || sameSide(fact, gold))
    && (!tier.count || countAgrees(fact, gold));
}
/**
 * The gold's count, where it gives one, fits the fact's. Several counted captures around one place ("took four villages
 * near X" on one day, "eleven villages near X" the next) all match each gold fact of that place by the place alone;
 * the count tells which is which, as the date does.
 */
function countAgrees(fact: Fact, gold: GoldFact): boolean {
  return !gold.count || countFits(fact, gold);
}
/**
 * The tiers in order: within the quoted sentence first (two captures in one sentence still pair by date and side);
 * within each, date and side, then date, then neither, each first with the count agreeing.
 */
const TIERS: Tier[] = [true, false].flatMap((sentence) =>
  [
    { date: true, side: true },
    { date: true, side: false },
    { date: false, side: false },
  ].flatMap((t) => [true, false].map((count) => ({ sentence, ...t, count }))),
);

/** Lower case, one kind of quotation mark and apostrophe, single spaces: the gold quotes copy the text but not always its typography. */
const plain = (s: string): string => s.toLowerCase().replace(/[‘’`]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();

/**
 * The fact was read from the sentence the gold quotes: every part of the quote (parts joined by " ... ") is in the
 * fact's sentence. Two captures of one place on consecutive days fit each other's gold by date, side and place; the
 * sentence each was read from tells which gold fact it is.
 */
function quotedIn(fact: Fact, gold: GoldFact): boolean {
  const sentence = plain(fact.quote ?? '');
  const parts = (gold.quote ?? '').split(/\s*(?:\.\.\.|…)\s*/).map(plain).filter((p) => p.length > 0);
  return sentence !== '' && parts.length > 0 && parts.every((p) => sentence.includes(p));
}

/**
 * One system fact per gold fact: a maximum bipartite matching (augmenting paths), required gold facts first, so a
 * fact that could match two gold facts is given to the one no other fact matches. Within that, pairs are tried in
 * tiers: a fact read from the sentence the gold quotes, whose date and side fit, then date, then neither; then the same
 * among facts of other sentences (a gold quote may be shortened or the fact read from a later restatement). A place
 * taken, lost and taken again is several gold facts, and each capture pairs with the one of its sentence, or of its
 * date and side. A gold fact once paired stays paired, so the number paired, required ones first, is the same as
 * without these preferences.
 */
export function assign(facts: Fact[], golds: GoldFact[]): Map<number, number> {
  const edges = facts.map((fact) => golds.flatMap((gold, g) => (matches(fact, gold) ? [g] : [])));
  const goldToFact = new Map<number, number>();
  const factsOf = golds.map((_, g) => facts.flatMap((_, f) => (edges[f].includes(g) ? [f] : [])));
  const factTaken = new Map<number, number>();
  const tryAssign = (g: number, seen: Set<number>, tier: Tier): boolean => {
    for (const f of factsOf[g]) {
      if (seen.has(f) || !fitsTier(facts[f], golds[g], tier)) continue;
      seen.add(f);
      const other = factTaken.get(f);
      if (other === undefined || tryAssign(other, seen, tier)) {
        factTaken.set(f, g);
        goldToFact.set(g, f);
        return true;
      }
    }
    return false;
  };
  for (const required of [true, false]) {
    const tier = golds.map((_, g) => g).filter((g) => golds[g].required === required);
    for (const t of TIERS) for (const g of tier) if (!goldToFact.has(g)) tryAssign(g, new Set(), t);
  }
  return goldToFact;
}
