/**
 * Normalize's input, read from the two hand-over files without holding the corpus: every article's record (no text)
 * and where the facts corroboration compares are (read back as each article is dated), then, batch by batch, each
 * article with its text and its facts. Extract writes an article's facts together and in article order, so the
 * facts are read alongside the articles; a file in another order (edited by hand) is grouped in memory instead, as
 * it always was.
 */
import type { ArticleRecord, ExtractedFact, IngestedArticle } from '@frontline/schema';
import { jsonlLines, jsonlRecords, jsonlRecordsAt, readJsonlSpans, type LineSpan } from '@frontline/io';
import { comparedByCorroboration, type Corrections, type FactsOf } from '@frontline/normalize';
import type { NormalizeInput } from './tasks.ts';

export const articleRecord = ({ text: _t, sentence_list: _s, removed: _r, ...record }: IngestedArticle): ArticleRecord => record;

interface HandOver {
  ingested: string;
  extracted: string;
}

export interface CorpusOutline {
  /** Every article's record, in file order. */
  records: ArticleRecord[];
  /**
   * The facts corroboration compares (territory captures) of one article, in file order, read back from the
   * extracted file by their spans: the corpus's captures, quotes and all, are never held at once.
   */
  capturesOf: FactsOf;
  /** Each article's facts when the extracted file is not in article order; null when it is (they are streamed). */
  factsOf: Map<string, ExtractedFact[]> | null;
  /**
   * When the file is in article order: for each of its lines (blank ones left out), the position of the article the
   * fact belongs to, -1 for none. Normalize then reads the facts' lines in step with the articles, unparsed.
   */
  owners: Int32Array | null;
}

/** One pass over each file: the records, where the captures are, and whether the facts follow the articles' order. */
export function readOutline(files: HandOver): CorpusOutline {
  const records: ArticleRecord[] = [];
  for (const a of jsonlRecords<IngestedArticle>(files.ingested)) records.push(articleRecord(a)); // never every text at once
  const position = new Map(records.map((r, i) => [r.article_id, i]));
  let ordered = position.size === records.length; // ids are unique (ingest refuses a second one)
  let last = 0;
  const spans = new Map<string, LineSpan[]>();
  const owners: number[] = [];
  for (const { record: fact, span } of jsonlRecordsAt<ExtractedFact>(files.extracted)) {
    if (comparedByCorroboration(fact)) spans.get(fact.article_id)?.push(span) ?? spans.set(fact.article_id, [span]);
    const at = position.get(fact.article_id);
    owners.push(at ?? -1);
    if (at === undefined) continue; // no such article: never read, as before
    ordered &&= at >= last;
    last = at;
  }
  const capturesOf: FactsOf = (a) => readJsonlSpans<ExtractedFact>(files.extracted, spans.get(a.article_id) ?? []);
  return { records, capturesOf, factsOf: ordered ? null : groupFacts(files.extracted), owners: ordered ? Int32Array.from(owners) : null };
}

function groupFacts(path: string): Map<string, ExtractedFact[]> {
  const factsOf = new Map<string, ExtractedFact[]>();
  for (const f of jsonlRecords<ExtractedFact>(path)) factsOf.get(f.article_id)?.push(f) ?? factsOf.set(f.article_id, [f]);
  return factsOf;
}

/**
 * An article as normalize reads it, unparsed: its facts' lines of the extracted file and its line of the ingested file
 * (the text is in it), parsed by `withText` only when the cache does not have the article's result.
 */
export interface NormalizeRead {
  /** Each fact as JSON.stringify wrote it (extract writes them so): '[' + these joined by ',' + ']' is the facts' JSON. */
  factLines: string[];
  article: ArticleRecord;
  line: string;
}

export const withText = ({ factLines, article, line }: NormalizeRead, parse: { article: (line: string) => IngestedArticle; fact: (line: string) => ExtractedFact }): NormalizeInput =>
  ({ facts: factLines.map(parse.fact), article, text: parse.article(line).text });

/** The facts' JSON, keyed as JSON.stringify(facts) would give it, from their lines. */
export const factsJson = (r: NormalizeRead): string => `[${r.factLines.join(',')}]`;

/**
 * Each article (as corroboration dated it; `articles` is in the ingested file's order) with its line of the ingested
 * file and its facts' lines, read as pulled: the lines from the ingested file, the facts from the extracted file in
 * step with it (by the outline's owners), or from `factsOf` when the file is not in article order.
 */
export function* normalizeInputs(files: HandOver, articles: ArticleRecord[], outline: Pick<CorpusOutline, 'factsOf' | 'owners'>): Generator<NormalizeRead> {
  const { factsOf, owners } = outline;
  const facts = jsonlLines(files.extracted);
  let pending = facts.next();
  let j = 0; // the position of the pending fact's line among the file's lines
  let i = 0;
  for (const line of jsonlLines(files.ingested)) {
    const article = articles[i]!;
    const own = factsOf?.get(article.article_id)?.map((f) => JSON.stringify(f)) ?? [];
    // Facts of unknown articles (owner -1) are passed over; those of this article are taken; a later article's wait.
    for (; owners && !pending.done; pending = facts.next(), j++) {
      const at = owners[j]!;
      if (at > i) break;
      if (at === i) own.push(pending.value);
    }
    i++;
    yield { factLines: own, article, line };
  }
}

/** Whether the corrections change facts (so normalize must hold them all); problems alone only get reported. */
export const changesFacts = (c: Corrections): boolean =>
  [c.reject, c.change, c.add, c.places, c.actors, c.sources, c.events].some((rows) => rows.length > 0);
