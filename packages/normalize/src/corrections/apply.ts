/**
 * Applies a corrections folder to a run's normalized facts, deterministically, in a fixed order: actor and source
 * aliases, place provenance (the places themselves were added to the gazetteer before resolution, see places.ts),
 * rejections, field changes, added facts, then merges and splits of events (carried out by aggregate), each file in
 * row order. A correction whose fact_key no longer exists (its sentence was edited or removed, or the extractor no
 * longer reads the figure) is `stale` and touches nothing:
 * a key is never matched approximately. Every corrected fact keeps what each correction replaced and its id.
 */
import { factKey, foldName, type AppliedCorrection, type Fact, type PlaceMentionRecord, type Sentence } from '@frontline/schema';
import { resolveSources } from '../sources.ts';
import type { ActorContext } from '../actors.ts';
import type { Gazetteer } from '../places/gazetteer.ts';
import { toPersons } from '../persons.ts';
import { actorOf, changeField, period, placesOf } from './fields.ts';
import type { PlaceOutcome } from './places.ts';
import type { Addition, Corrections, Where } from './read.ts';

/** What the corrections need of each article: its text and sentences, its date, and its country for actors. */
export interface CorrectionArticle {
  text: string;
  sentences: Sentence[];
  published: string;
  scope: ActorContext;
}

export interface CorrectionInput {
  facts: Fact[];
  /** The reporters as written, by fact_id (source aliases match these). */
  reporterTexts: Map<string, string[]>;
  mentions: PlaceMentionRecord[];
  articles: Map<string, CorrectionArticle>;
  gazetteer: Gazetteer;
  places: PlaceOutcome[];
}

type Row = Where & { id: string; who: string; when: string; why: string };

const record = (c: Row, action: string, target: string, status: AppliedCorrection['status'], detail: string, fact_ids: string[] = []): AppliedCorrection => ({
  correction_id: c.id, file: c.file, line: c.line, action, target, status, detail, fact_ids, who: c.who, when: c.when, why: c.why,
});

/** A word-bounded, case- and accent-folded match of an alias inside a text. */
const contains = (text: string, alias: string) => {
  const t = ` ${foldName(text).replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  return t.includes(` ${foldName(alias).replace(/[^\p{L}\p{N}]+/gu, ' ')} `);
};

function mark(f: Fact, id: string, original: string): Fact {
  return { ...f, reviewed: true, corrected_by: [...f.corrected_by, id], original_values: [...f.original_values, `${original} [${id}]`] };
}

class Run {
  facts: Fact[];
  applied: AppliedCorrection[] = [];
  rejected = new Map<string, string>();

  constructor(private input: CorrectionInput) {
    this.facts = input.facts;
  }

  private update(ids: Set<string>, fn: (f: Fact) => Fact) {
    this.facts = this.facts.map((f) => (ids.has(f.fact_id) ? fn(f) : f));
  }

  actors(rows: Corrections['actors']) {
    for (const c of rows) {
      const hit = this.facts.filter((f) => f.actor_text !== '' && contains(f.actor_text, c.alias));
      const resolved = hit.map((f) => actorOf(c.name, this.input.articles.get(f.article_id)?.scope ?? {}, c.class));
      const problem = resolved.find((r): r is string => typeof r === 'string') ?? (hit.length ? '' : actorOf(c.name, {}, c.class));
      if (typeof problem === 'string' && problem) {
        this.applied.push(record(c, 'actor_alias', c.alias, 'invalid', problem));
        continue;
      }
      const byId = new Map(hit.map((f, i) => [f.fact_id, resolved[i] as Pick<Fact, 'actor' | 'actor_name'>]));
      this.update(new Set(byId.keys()), (f) => mark({ ...f, ...byId.get(f.fact_id)! }, c.id, `actor: ${f.actor_name || '(none)'}`));
      this.applied.push(record(c, 'actor_alias', c.alias, hit.length ? 'applied' : 'unused', hit.length ? `actor ${c.name}` : 'no fact names this actor', [...byId.keys()]));
    }
  }

  sources(rows: Corrections['sources']) {
    for (const c of rows) {
      const ids = new Set(this.facts.filter((f) => (this.input.reporterTexts.get(f.fact_id) ?? []).some((t) => contains(t, c.alias))).map((f) => f.fact_id));
      this.update(ids, (f) => {
        const texts = this.input.reporterTexts.get(f.fact_id)!.map((t) => (contains(t, c.alias) ? c.name : t));
        this.input.reporterTexts.set(f.fact_id, texts);
        return mark({ ...f, reported_by: resolveSources(texts) }, c.id, `reported_by: ${f.reported_by.join(', ') || '(none)'}`);
      });
      this.applied.push(record(c, 'source_alias', c.alias, ids.size ? 'applied' : 'unused', ids.size ? `reporter ${c.name}` : 'no fact is attributed to this name', [...ids]));
    }
  }

  places(outcomes: PlaceOutcome[]) {
    for (const o of outcomes) {
      const c = o.correction;
      const action = c.place_id ? 'place_alias' : 'new_place';
      const target = c.place_id ? c.alias : c.name;
      if (o.problem) {
        this.applied.push(record(c, action, target, 'invalid', o.problem));
        continue;
      }
      const hits = this.input.mentions.filter((m) => m.place_id === o.place_id && o.names.includes(foldName(m.mention)));
      const ids = new Set(hits.map((m) => m.fact_id));
      for (const m of hits) m.reason = `${m.reason} (correction ${c.id})`;
      this.update(ids, (f) => mark(f, c.id, `places: '${hits.find((m) => m.fact_id === f.fact_id)!.mention}' resolved by the correction`));
      const detail = ids.size ? `${target} -> ${o.place_id}` : `${target} -> ${o.place_id}; no fact names it`;
      this.applied.push(record(c, action, target, ids.size ? 'applied' : 'unused', detail, [...ids]));
    }
  }

  private byKey(key: string): Fact | undefined {
    return this.facts.find((f) => f.fact_key === key);
  }

  reject(rows: Corrections['reject']) {
    for (const c of rows) {
      const f = this.byKey(c.fact_key);
      if (!f) {
        this.applied.push(record(c, 'reject', c.fact_key, 'stale', 'no fact has this key: its sentence was edited or removed, or the figure is no longer read'));
        continue;
      }
      this.rejected.set(f.fact_key, c.id);
      this.facts = this.facts.filter((x) => x !== f);
      this.applied.push(record(c, 'reject', c.fact_key, 'applied', `rejected ${f.kind}/${f.category} "${f.count_phrase}"`, [f.fact_id]));
    }
  }

  change(rows: Corrections['change']) {
    for (const c of rows) {
      const action = `change:${c.field}`;
      const f = this.byKey(c.fact_key);
      if (!f) {
        const why = this.rejected.has(c.fact_key) ? `its fact is rejected by ${this.rejected.get(c.fact_key)}` : 'no fact has this key: its sentence was edited or removed, or the figure is no longer read';
        this.applied.push(record(c, action, c.fact_key, 'stale', why));
        continue;
      }
      const changed = changeField(f, c.field, c.value, this.input.gazetteer, this.input.articles.get(f.article_id)?.scope ?? {});
      if ('error' in changed) {
        this.applied.push(record(c, action, c.fact_key, 'invalid', changed.error));
        continue;
      }
      this.facts = this.facts.map((x) => (x === f ? mark(changed.fact, c.id, `${c.field}: ${changed.original || '(none)'}`) : x));
      this.applied.push(record(c, action, c.fact_key, 'applied', `${c.field}: ${changed.original || '(none)'} -> ${c.value || '(none)'}`, [f.fact_id]));
    }
  }

  /** Merges and splits of events: checked here (every key a fact, one kind), carried out when aggregate reconciles. */
  events(rows: Corrections['events']) {
    for (const c of rows) {
      const action = `${c.action}_events`;
      const target = c.fact_keys.join(';');
      const facts = c.fact_keys.map((k) => this.byKey(k));
      const missing = c.fact_keys.filter((_, i) => !facts[i]);
      if (missing.length) {
        this.applied.push(record(c, action, target, 'stale', `no fact has the key ${missing.join(', ')}: its sentence was edited or removed, or the figure is no longer read`));
        continue;
      }
      const found = facts as Fact[];
      if (new Set(found.map((f) => f.kind)).size > 1) {
        this.applied.push(record(c, action, target, 'invalid', 'the facts are of different kinds: an event is of one kind'));
        continue;
      }
      const ids = new Set(found.map((f) => f.fact_id));
      this.update(ids, (f) => mark(f, c.id, `event: as reconciled`));
      this.applied.push(record(c, action, target, 'applied', `${c.action} the events of ${found.length} facts`, [...ids].sort()));
    }
  }

  add(rows: Addition[]) {
    for (const c of rows) {
      const made = addedFact(c, this.input);
      if (typeof made === 'string') {
        this.applied.push(record(c, 'add', c.article_id, made.startsWith('stale: ') ? 'stale' : 'invalid', made.replace(/^stale: /, '')));
        continue;
      }
      const twin = this.byKey(made.fact_key);
      if (twin) {
        this.applied.push(record(c, 'add', c.article_id, 'unused', `the extractor reads this figure already (fact_key ${twin.fact_key})`, [twin.fact_id]));
        continue;
      }
      this.facts = [...this.facts, made];
      this.applied.push(record(c, 'add', c.article_id, 'applied', `added ${made.kind}/${made.category} "${made.count_phrase}" (fact_key ${made.fact_key})`, [made.fact_id]));
    }
  }
}

/** A fact a person added, checked against the article: its sentence must be in the text as it is now. */
function addedFact(c: Addition, input: CorrectionInput): Fact | string {
  const article = input.articles.get(c.article_id);
  if (!article) return `stale: no article ${c.article_id} in this run`;
  const at = article.text.indexOf(c.sentence);
  if (at < 0) return `stale: the sentence is not in ${c.article_id} (edited or removed)`;
  const fig = c.sentence.indexOf(c.figure);
  if (fig < 0) return `the figure ${JSON.stringify(c.figure)} is not in the sentence`;
  const sentence = article.sentences.find((s) => s.start <= at && at < s.end);
  const where = c.place ? placesOf(c.place, input.gazetteer) : null;
  if (typeof where === 'string') return where;
  const when = c.period ? period(c.period) : null;
  if (c.period && !when) return `period ${JSON.stringify(c.period)} is not YYYY-MM-DD or YYYY-MM-DD..YYYY-MM-DD`;
  const actor = c.actor ? actorOf(c.actor, article.scope) : { actor: '' as const, actor_name: '' };
  if (typeof actor === 'string') return actor;
  const n = c.count === '' ? null : Number(c.count);
  const unit = c.unit || (n === null ? '' : 'persons');
  const persons = toPersons(c.kind, unit, { low: n, best: n, high: n });
  const span = { article_id: c.article_id, quote: c.sentence, char_start: at, figure_start: at + fig, figure_end: at + fig + c.figure.length };
  return {
    fact_id: `${c.article_id}:${sentence?.index ?? 0}:${c.id}`, fact_key: factKey(span), article_id: c.article_id,
    kind: c.kind, category: c.category as Fact['category'], group: c.group, ...actor, actor_text: c.actor,
    count_low: n, count_best: n, count_high: n, unit, persons_low: persons.low, persons_best: persons.best, persons_high: persons.high,
    count_phrase: c.figure, vague: false,
    places: where?.places ?? [], place_mentions: [], place_ids: where?.place_ids ?? [], place_precision: where?.place_precision ?? '',
    admin1: where?.admin1 ?? [], admin1_basis: where?.admin1.length ? 'stated' : '', latitude: where?.latitude ?? null, longitude: where?.longitude ?? null,
    period_start: when?.start ?? '', period_end: when?.end ?? '', date_precision: when ? (when.start === when.end ? 'day' : 'month') : '',
    time_phrase: '', date_basis: when ? 'phrase' : '', cumulative: false, certainty: 'stated', hedge: '',
    reported_by: c.reporter ? resolveSources(c.reporter.split(';')) : [], reporter_basis: c.reporter ? 'stated' : '',
    quote: c.sentence, sentence_index: sentence?.index ?? 0, char_start: at, char_end: at + c.sentence.length,
    figure_start: span.figure_start, figure_end: span.figure_end, published: article.published,
    confidence: 1, confidence_reasons: [], reviewed: true, corrected_by: [c.id], original_values: [`added [${c.id}]`],
  };
}

/** The facts with the corrections applied, and one record per correction (problems of the folder first). */
export function applyCorrections(corrections: Corrections, input: CorrectionInput): { facts: Fact[]; applied: AppliedCorrection[] } {
  const run = new Run(input);
  run.actors(corrections.actors);
  run.sources(corrections.sources);
  run.places(input.places);
  run.reject(corrections.reject);
  run.change(corrections.change);
  run.add(corrections.add);
  run.events(corrections.events);
  const problems = corrections.problems.map((p) => ({
    correction_id: p.id, file: p.file, line: p.line, action: '', target: '', status: 'invalid' as const, detail: p.reason, fact_ids: [], who: '', when: '', why: '',
  }));
  return { facts: run.facts, applied: [...problems, ...run.applied] };
}
