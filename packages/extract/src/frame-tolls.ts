/**
 * Running totals stated by a verb of change: "the toll rose to N", "the number of people killed has climbed to N",
 * "brought the toll to N", "It has risen to N, the number of civilians whose death ...". Part of the frame finder.
 */
import type { Category, Group } from '@frontline/schema';
import type { Token } from '@frontline/nlp';
import type { Attachment, Counted } from './frame-parts.ts';
import type { Draft } from './draft.ts';
import { isCategory } from './frame-parts.ts';
import { frameFor } from './frames.ts';
import { readHead, victimsBefore } from './nouns.ts';
import { tollVerbForms, tollVerbs } from './toll-verbs.ts';
import { HEDGE_PHRASES } from './numbers.ts';

// The verbs of a toll (data/toll-verbs.csv): `cause` makes it ("brought the toll to 95", "estimated the number of
// displaced people at 1.4 million"), `change` raises it, `fall` lowers it ("civilian deaths fell to 18 in May": a
// running total never falls, so the figure is the count of its own period), `direct` takes the figure as its object
// ("has reached 63", "topped 1,000").
const CAUSE_VERBS = tollVerbs('cause');
const CHANGE_VERBS = tollVerbs('change');
const FALL_VERBS = tollVerbs('fall');
const DIRECT_CHANGE = tollVerbs('direct');
/** How many words a toll's noun and its complement may span before its verb of change. */
const TOLL_REACH = 24;

/** "the toll rose to N", "the number of people killed has climbed to N": a running total. */
export function riseTo(s: string, tokens: Token[], c: Counted): Attachment | null {
  const first = tokens.findIndex((t) => t.end > c.q.start);
  // "the number of dead has reached 63": a transitive verb of change takes the figure with no preposition.
  if (tokens[first - 1] && DIRECT_CHANGE.has(changeLemma(tokens[first - 1]!))) return tollNoun(s, tokens, tokens[first - 1]!, tokens[first - 1]!.i - 1, c);
  // "the total number of civilians killed in the siege is 412": a toll stated with a copula. Only of the dead and the
  // wounded: "the number of displaced is N" may be a stock as well as a movement.
  // "the death toll included 4,210 civilians": a monitor's total named by its share of victims, as with the copula.
  const copula = tokens[listStart(tokens, beforeAdverbs(tokens, first - 1))];
  if (copula?.lemma === 'be' || copula?.lemma === 'include') {
    const toll = tollNoun(s, tokens, copula, copula.i - 1, c);
    return toll && HARM.has(toll.category) ? toll : null;
  }
  const prep = tokens[first - 1];
  const verb = tokens[earlierFigure(tokens, first - 2) - 1] ?? tokens[first - 2];
  if (!prep || !verb || !['to', 'at'].includes(prep.lemma)) return null;
  // "civilian fatalities were up 28% to 215 in Q3": a change by a share sets the period beside the one before, as a fall does.
  // "deaths rose by 30 per cent to 41": a verb of change keeps its own reading (a rise a running total, a fall not).
  const byShare = prep.lemma === 'to' ? shareChange(tokens, first - 2) : null;
  if (byShare) {
    const toll = tollNoun(s, tokens, byShare, relativeAntecedent(tokens, byShare.i - 1), c);
    return toll && { ...toll, cumulative: CHANGE_VERBS.has(changeLemma(byShare)) };
  }
  if (prep.lemma === 'to' && FALL_VERBS.has(changeLemma(verb))) {
    const toll = tollNoun(s, tokens, verb, relativeAntecedent(tokens, verb.i - 1), c);
    return toll && { ...toll, cumulative: false };
  }
  // "brought the death toll (in X) to 95": a causing verb with the toll as its object, before "to".
  const change = CHANGE_VERBS.has(changeLemma(verb));
  const object = !change && !CAUSE_VERBS.has(verb.lemma) && causedToll(tokens, prep.i);
  if (!change && !CAUSE_VERBS.has(verb.lemma) && !object) return null;
  return tollNoun(s, tokens, verb, object ? prep.i - 1 : relativeAntecedent(tokens, verb.i - 1), c);
}

/** The words of a change by a share: "up 28%", "down 12 percent", "up by 40 per cent", "rose by 30% to". */
const SHARE_DIRECTION = new Set(['up', 'down']);
const SHARE_WORDS = new Set(['%', 'percent', 'cent']);

/** From the token before "to" (`k`), the "up"/"down" or the verb of a change by a share ("up 28% to"), or null. */
function shareChange(tokens: Token[], k: number): Token | null {
  if (!SHARE_WORDS.has(tokens[k]?.lemma.toLowerCase() ?? '')) return null;
  let j = tokens[k]!.lemma.toLowerCase() === 'cent' && tokens[k - 1]?.lemma === 'per' ? k - 2 : k - 1;
  if (tokens[j]?.pos !== 'NUM') return null;
  j -= tokens[j - 1]?.lemma === 'by' ? 2 : 1;
  const word = tokens[j];
  if (!word) return null;
  const verb = tokens[j + 1]?.lemma === 'by' && (CHANGE_VERBS.has(changeLemma(word)) || FALL_VERBS.has(changeLemma(word)));
  return verb || SHARE_DIRECTION.has(word.lemma.toLowerCase()) ? word : null;
}

/**
 * "the number of civilian casualties, which fell from 640 to 385": a monitor's report states the change in a
 * non-restrictive relative clause, so the toll's noun stands before ", which". From the token before the verb (`k`),
 * the index before that comma, or `k` unchanged when the verb opens no such clause. Auxiliaries ("which has risen")
 * are skipped; only "which" opens it ("who" has a person, not a toll, for antecedent).
 */
function relativeAntecedent(tokens: Token[], k: number): number {
  let j = k;
  while (tokens[j]?.pos === 'AUX' && j > k - 3) j--;
  return tokens[j]?.lemma === 'which' && tokens[j - 1]?.text === ',' ? j - 2 : k;
}

/** "the number of IDPs is now 40,000": the adverbs between a copula and its figure, skipped back from `k`. */
function beforeAdverbs(tokens: Token[], k: number): number {
  let j = k;
  while (tokens[j]?.pos === 'ADV' && j > k - 2) j--;
  return tokens[j]?.lemma === 'be' ? j : k;
}

const HARM = new Set<Category>(['killed', 'injured']);
/**
 * "the toll has risen from 16 to 25": the earlier figure of a change, "from N", stands between the verb and "to".
 * From the token before "to" (`k`), the index of its "from", or `k + 1` when there is none.
 */
function earlierFigure(tokens: Token[], k: number): number {
  let j = k;
  while (j >= 0 && j > k - 3 && tokens[j]!.pos === 'NUM') j--;
  return j < k && tokens[j]?.lemma === 'from' ? j : k + 1;
}

/**
 * "the death toll included 31 soldiers, 9 guards and 12 policemen": a later member of a coordinated list of counted
 * victims shares the first member's copula. From the token before the figure (`k`), the index of the token before the
 * list's first member, or `k` unchanged when the figure is no later member. Each member is a figure, its modifiers and
 * a noun ("12 policemen", "9 regime soldiers"); a member with no noun ("31 and 12") is no list of victims.
 */
function listStart(tokens: Token[], k: number): number {
  let at = k;
  while (tokens[at]?.lemma === 'and' || tokens[at]?.text === ',') {
    let j = at - 1;
    while (j >= 0 && j > at - 6 && LIST_MEMBER_POS.has(tokens[j]!.pos)) j--;
    const member = tokens.slice(j + 1, at);
    if (member[0]?.pos !== 'NUM' || member[member.length - 1]?.pos !== 'NOUN') return k;
    at = beforeHedge(tokens, j);
  }
  return at;
}

const LIST_MEMBER_POS = new Set(['NUM', 'ADJ', 'NOUN']);

/**
 * "fatalities include some 410 children and 220 women", "no fewer than 14 soldiers and 22 policemen": a member's figure
 * may carry a hedge, one of numbers.ts's phrases, matched whole. From `j`, the index before the hedge (`j` when none).
 */
function beforeHedge(tokens: Token[], j: number): number {
  for (const phrase of HEDGE_PHRASES) {
    const from = j - phrase.length + 1;
    if (from >= 0 && phrase.every((w, i) => tokens[from + i]!.text.toLowerCase() === w)) return from - 1;
  }
  return j;
}

/**
 * The toll's noun before its verb of change, read back from `last`. The noun may carry a long complement ("the number
 * of people who have fled since the start of the offensive on 3 March rose to N"): never past a comma or a semicolon.
 */
function tollNoun(s: string, tokens: Token[], verb: Token, last: number, c: Counted): Attachment | null {
  for (let k = last; k >= 0 && k >= verb.i - TOLL_REACH; k--) {
    const t = tokens[k]!;
    if (t.text === ',' || t.text === ';') break;
    const rows = t.pos === 'NOUN' || k === 0 ? frameFor(openingNoun(t), 'rise_to', 'NOUN') : [];
    const frame = rows[0];
    if (!frame) continue;
    // "the injury toll": a compound that names a category is the toll's, before the noun's own (a toll is of the dead).
    const own = isCategory(frame.category) ? frame.category : complementCategory(tokens.slice(k + 1, verb.i)) ?? complementCue(s, tokens, k);
    const category = compoundCategory(tokens, k) ?? own;
    if (!category) return null;
    // "casualties rose to 17": a noun of two harms has a row for each, as "N casualties" has (frames.csv).
    const also = rows.slice(1).map((r) => r.category).filter((x): x is Category => isCategory(x) && x !== category);
    // "rose to 140 civilian casualties (52 killed and 88 injured)": a figure with its own noun of two harms is read by
    // that noun (its breakdown gives each harm), not as a toll of both.
    if (also.length && c.head) return null;
    const group = complementGroup(s, tokens, k) || victimsBefore(s.slice(0, t.start));
    return { category, ...(also.length ? { also } : {}), frame, start: t.start, end: verb.end, cumulative: true, group, unit: complement(s, tokens, k)?.unit };
  }
  return appositiveToll(s, tokens, c, verb);
}

/**
 * "Casualties among the troops rose to 17": the tagger calls a capital that opens a sentence a name; the toll's noun
 * is matched on its lower-case form (the frames table lists the plural forms).
 */
function openingNoun(t: Token): { lemma: string; text: string } {
  return t.pos === 'PROPN' ? { lemma: t.lemma.toLowerCase(), text: t.text.toLowerCase() } : t;
}

/** Past forms the tagger may take for nouns ("on May 3 rose to": "rose" the flower), by their verb. */
const CHANGE_FORMS = tollVerbForms();

function changeLemma(t: Token): string {
  return CHANGE_VERBS.has(t.lemma) || FALL_VERBS.has(t.lemma) ? t.lemma : (CHANGE_FORMS.get(t.text.toLowerCase()) ?? t.lemma);
}

/** True when a causing verb's object, a toll's noun, comes before "to" in the clause ("brought the toll in X to"). */
function causedToll(tokens: Token[], to: number): boolean {
  // The toll's noun may carry a complement with a verb of its own ("raising the number of civilians who were killed
  // since the 18th of February to 1,423"): only a comma, or the causing verb itself, ends the search.
  for (let k = to - 1; k >= 0 && k >= to - TOLL_REACH; k--) {
    const t = tokens[k]!;
    if (t.pos === 'PUNCT' || (t.pos === 'VERB' && CAUSE_VERBS.has(t.lemma))) return false;
    if (t.pos === 'NOUN' && frameFor(t, 'rise_to', 'NOUN').length) {
      return tokens.slice(Math.max(0, k - 4), k).some((v) => v.pos === 'VERB' && CAUSE_VERBS.has(v.lemma));
    }
  }
  return false;
}

/** "the death tally", "the injury toll": the category a toll's compound modifier names, if it names one. */
function compoundCategory(tokens: Token[], noun: number): Category | null {
  const modifier = tokens[noun - 1];
  return modifier?.pos === 'NOUN' ? complementCategory([modifier]) : null;
}

/** "the number of civilians killed", "casualties among the troops": the victims the toll's noun names after "of"/"among". */
function complementGroup(s: string, tokens: Token[], noun: number): Group | '' {
  const victims = complement(s, tokens, noun, TOLL_OF_WHOM);
  return victims?.unit === 'persons' ? victims.group : '';
}

/** "the number of dead", "the number of wounded", "the number of displaced": the complement is itself the category. */
function complementCue(s: string, tokens: Token[], noun: number): Category | null {
  const cue = complement(s, tokens, noun)?.internalCue;
  if (cue === 'idps') return 'idps_stock';
  return cue || null;
}

/** The words that open a toll's victims: "the number of civilians", "deaths among the troops". */
const OF_ONLY = new Set(['of']);
const TOLL_OF_WHOM = new Set(['of', 'among']);

function complement(s: string, tokens: Token[], noun: number, opens = OF_ONLY) {
  const of = tokens[noun + 1];
  if (!of || !opens.has(of.lemma)) return null;
  // "the number of the citizens who were killed": the article is not the complement's noun.
  const from = tokens[noun + 2]?.lemma === 'the' ? tokens[noun + 2]! : of;
  return readHead(s, { start: from.start, end: from.end, phrase: '', numStart: from.start, numEnd: from.end, value: null, vague_word: '', modifier: 'exact' });
}

/**
 * "it has risen to 144, the number of civilians whose death was documented": the noun the count stands for comes
 * after it, in apposition; the category is read from its complement up to the end of the clause.
 */
function appositiveToll(s: string, tokens: Token[], c: Counted, verb: Token): Attachment | null {
  // "it rose to 64 people, the number of ...": the figure may carry its own noun of persons before the apposition.
  let k = tokens.findIndex((t) => t.start >= c.q.end);
  if (c.head && c.unit === 'persons' && c.head.i === k) k++;
  // "it rose to 9 at least, the number of ...": a monitor's translated copy may set the hedge after the figure.
  if (tokens[k]?.lemma === 'at' && tokens[k + 1]?.text.toLowerCase() === 'least') k += 2;
  k = afterIncluding(tokens, k);
  // "it has risen to 144, the number of ...", "it brought to 120 the number of ...".
  if (tokens[k]?.text === ',') k++;
  else if (!CAUSE_VERBS.has(verb.lemma)) return null;
  if (tokens[k]?.pos === 'DET') k++;
  const noun = tokens[k];
  const frame = noun && noun.pos === 'NOUN' ? frameFor(noun, 'rise_to', 'NOUN')[0] : undefined;
  if (!noun || !frame) return null;
  const rest: Token[] = [];
  // "the number of civilians, who were killed in ...": a comma before a relative pronoun does not end the complement.
  const ends = (j: number) => /^[,;.:]$/.test(tokens[j]!.text) && !(tokens[j]!.text === ',' && /^(?:who|whose)$/i.test(tokens[j + 1]?.text ?? ''));
  for (let j = k + 1; j < tokens.length && j < k + 14 && !ends(j); j++) rest.push(tokens[j]!);
  const category = isCategory(frame.category) ? frame.category : complementCategory(rest);
  // The predicate runs to the end of the complement, so that a time phrase after it ("... killed since 3 May") is its own.
  const end = rest.length ? rest[rest.length - 1]!.end : noun.end;
  return category ? { category, frame, start: verb.start, end, cumulative: true, group: complementGroup(s, tokens, k) } : null;
}

/**
 * "it rose to 40, including 7 children, the number of ...": a part named between the figure and its apposition. From
 * `k` (the token after the figure's phrase), the comma that ends the part when one opens there; `k` otherwise.
 */
const PART_REACH = 12;
function afterIncluding(tokens: Token[], k: number): number {
  const at = tokens[k]?.text === ',' ? k + 1 : k;
  if (tokens[at]?.lemma !== 'include' || tokens[at]?.text.toLowerCase() !== 'including') return k;
  for (let j = at + 1; j < tokens.length && j <= at + PART_REACH; j++) {
    if (tokens[j]!.text === ',') return j;
    if (/^[;.:]$/.test(tokens[j]!.text)) return k;
  }
  return k;
}

/** "the number of civilians killed": the category a word of the complement names through its own frame. */
function complementCategory(words: Token[]): Category | null {
  for (const w of words) {
    // "the number of arrivals": a count is itself the report that licenses a noun counted only when reported.
    const f = [...frameFor(w, 'subject', 'VERB'), ...frameFor(w, 'head', 'NOUN')].find((x) => isCategory(x.category) && (!x.licensed_by || x.licensed_by === 'reporting'));
    if (f && isCategory(f.category)) return f.category;
  }
  return null;
}

/** ", bringing the total since January to": a total with no noun of its own, right before its figure. */
const RAISING = '(?:bringing|raising|taking|pushing)';
const TOTAL_TO = new RegExp(String.raw`,\s*${RAISING}\s+(?:the|its|their)\s+(?:overall\s+|cumulative\s+)?total\b[^,;.]{0,80}?\s+to\s+$`, 'i');

/**
 * "SNHR documented the death of 64 civilians in March, bringing the total since January to 301": the total counts
 * what the figure before it in the sentence counted (category, group, unit, places); its predicate runs from
 * "bringing" to the figure, so "since January" dates the total, not the incident. The whole and where the predicate
 * starts, or null.
 */
export function totalAfter(s: string, c: Counted, before: Draft[]): { whole: Draft; cueStart: number } | null {
  const m = TOTAL_TO.exec(s.slice(0, c.q.start));
  if (!m) return null;
  const whole = before.filter((d) => d.kind !== 'territory' && !d.part && d.figEnd <= m.index && d.quantity?.value != null).sort((a, b) => a.figStart - b.figStart).pop();
  return whole ? { whole, cueStart: m.index } : null;
}
