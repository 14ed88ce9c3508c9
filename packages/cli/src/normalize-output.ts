/**
 * Normalize's outputs, written as the articles' results come (normalize-input.ts reads its inputs the same way), and
 * what the fact corrections read when a corrections folder changes facts.
 */
import type { ArticleRecord, ExtractedFact, Fact, IngestedArticle, PlaceMentionRecord, Sentence } from '@frontline/schema';
import { eachJsonl, jsonArrayItems, jsonObjectMembers, JsonlWriter, writeJsonl } from '@frontline/io';
import type { correctGazetteer, CorrectionArticle, CorrectionInput, readCorrections } from '@frontline/normalize';
import type { normalizeTask } from './tasks.ts';
import type { stagePaths } from './paths.ts';
import { articleRecord } from './normalize-input.ts';

type StagePaths = ReturnType<typeof stagePaths>;

export type Normalized = ReturnType<ReturnType<typeof normalizeTask>>;

/**
 * Normalize's outputs as the articles' results come: unresolved places always written at once, facts and place
 * mentions too unless they must be held for corrections. Each article's country is kept (small) for articles.jsonl.
 */
export class NormalizedWriter {
  readonly countries = new Map<string, Pick<Normalized, 'country' | 'country_evidence'>>();
  readonly held: { facts: Fact[]; mentions: PlaceMentionRecord[] } | null;
  private readonly unresolved: JsonlWriter;
  private readonly facts: JsonlWriter | null;
  private readonly mentions: JsonlWriter | null;
  private counts = { facts: 0, mentions: 0, unresolved: 0 };

  constructor(
    private readonly paths: StagePaths,
    hold: boolean,
  ) {
    this.held = hold ? { facts: [], mentions: [] } : null;
    this.unresolved = new JsonlWriter(paths.unresolved);
    this.facts = hold ? null : new JsonlWriter(paths.normalized);
    this.mentions = hold ? null : new JsonlWriter(paths.mentions);
  }

  add(r: Normalized): void {
    this.countries.set(r.article_id, { country: r.country, country_evidence: r.country_evidence });
    for (const u of r.unresolved) this.unresolved.write(u);
    this.counts.unresolved += r.unresolved.length;
    if (this.held) this.held.facts.push(...r.facts), this.held.mentions.push(...r.mentions);
    for (const f of this.held ? [] : r.facts) this.facts!.write(f);
    for (const m of this.held ? [] : r.mentions) this.mentions!.write(m);
    this.counts.facts += r.facts.length;
    this.counts.mentions += r.mentions.length;
  }

  /**
   * An article's result as the cache holds it (its JSON text), when nothing is held: its records' lines copied as
   * they are, the bytes `add` of the parsed result writes, without parsing them.
   */
  addText(json: string): void {
    if (this.held) throw new Error('normalize: held results are added parsed');
    const members = jsonObjectMembers(json);
    const value = (name: string) => (members.has(name) ? JSON.parse(members.get(name)!) : undefined);
    const items = (name: string) => jsonArrayItems(members.get(name) ?? '[]');
    this.countries.set(value('article_id'), { country: value('country'), country_evidence: value('country_evidence') });
    const [unresolved, facts, mentions] = [items('unresolved'), items('facts'), items('mentions')];
    for (const u of unresolved) this.unresolved.writeLine(u);
    for (const f of facts) this.facts!.writeLine(f);
    for (const m of mentions) this.mentions!.writeLine(m);
    this.counts.unresolved += unresolved.length;
    this.counts.facts += facts.length;
    this.counts.mentions += mentions.length;
  }

  /** Commits the files; held facts (as corrected) and mentions are written now. Returns the counts written. */
  commit(corrected: Fact[] | null): { facts: number; mentions: number; unresolved: number } {
    this.unresolved.commit();
    if (this.held) {
      writeJsonl(this.paths.normalized, corrected ?? this.held.facts);
      writeJsonl(this.paths.mentions, this.held.mentions);
      return { ...this.counts, facts: (corrected ?? this.held.facts).length };
    }
    this.facts!.commit();
    this.mentions!.commit();
    return this.counts;
  }

  abort(): void {
    for (const w of [this.unresolved, this.facts, this.mentions]) w?.abort();
  }
}

/**
 * What the corrections read besides the held facts and mentions: every article's text, date and country (and its
 * sentences where a fact is added), and the reporters as written, read again from the hand-over files.
 */
export function correctionInput(
  held: { facts: Fact[]; mentions: PlaceMentionRecord[] },
  run: { paths: StagePaths; corrections: ReturnType<typeof readCorrections>; articles: ArticleRecord[]; countries: NormalizedWriter['countries']; gazetteer: ReturnType<typeof correctGazetteer>['gazetteer']; outcomes: ReturnType<typeof correctGazetteer>['outcomes'] },
): CorrectionInput {
  const { paths, corrections, articles, countries, gazetteer } = run;
  const ingested = readIngested(paths.ingested, new Set(corrections.add.map((c) => c.article_id)));
  const published = new Map(articles.map((a) => [a.article_id, a.published]));
  const byArticle = new Map<string, CorrectionArticle>(ingested.records.map((a, i) => [a.article_id, {
    text: ingested.texts[i]!, sentences: ingested.sentencesOf.get(a.article_id) ?? [], published: published.get(a.article_id) ?? a.published,
    scope: { country: countries.get(a.article_id)?.country ?? '', countries: gazetteer.countries },
  }]));
  const reporterTexts = new Map<string, string[]>();
  eachJsonl<ExtractedFact>(paths.extracted, (x) => reporterTexts.set(x.fact_id, x.reporter_texts));
  return { facts: held.facts, reporterTexts, mentions: held.mentions, articles: byArticle, gazetteer, places: run.outcomes };
}

/**
 * The ingested articles as normalize needs them, read line by line: each one's record and text, and its sentences
 * only for the articles in `sentencesFor` (those a correction adds a fact to, the one reader of sentences here).
 * The sentence list repeats the text in pieces; holding it for every article once cost as much as the texts.
 */
function readIngested(path: string, sentencesFor: Set<string>) {
  const records: ArticleRecord[] = [];
  const texts: string[] = [];
  const sentencesOf = new Map<string, Sentence[]>();
  eachJsonl<IngestedArticle>(path, (a) => {
    records.push(articleRecord(a));
    texts.push(a.text);
    if (sentencesFor.has(a.article_id)) sentencesOf.set(a.article_id, a.sentence_list);
  });
  return { records, texts, sentencesOf };
}

