/**
 * Whose figures a text states when it attributes them to no one. A UN or NGO situation report, flash update or
 * bulletin states its author's figures; so does a monitor's own bulletin ("SNHR said today that ...", "The
 * Observatory documented ..."); a wire story with a known agency's dateline states the agency's. Any other news
 * story's unattributed figure is the outlet's claim, which the text does not name: no default.
 *
 * The author is read from the title and the first lines only, where a report names itself, and only a source of
 * the registry counts (an unknown name in a title is too often the subject of the story, not its author).
 */
import type { IngestedArticle } from '@frontline/schema';
import { REPORTING, SOURCES, foldName } from '@frontline/schema';
import { entryOf, reporterPhrase, sourceMentions } from './reporter-phrase.ts';
import { escapeRe } from '@frontline/nlp/dates';
import { aliasMatcher } from './text.ts';
import { mayMatch } from './regex-gate.ts';
import { newsletterAuthor } from './newsletter-author.ts';
import { bylineOrganisation } from './byline-block.ts';
import { wordsPattern } from './attribution-words.ts';
import { acronymDefinitions } from '@frontline/nlp';

/** Body sentences read for a monitor's own words, and for a report's author or self-description, after the title. */
const LEAD_SENTENCES = 4;
const REPORT_LEAD_SENTENCES = 8;
/** A report's header: the lines before its body (agency banner, country, title, date), where it names its kind. */
const HEADER_SENTENCES = 4;
/** An assessment's own voice, read in its first sentences: "ISW assesses", "CTP-ISW cannot independently verify". */
const ANALYSIS_LEAD_SENTENCES = 12;
const HAS_OBSERVED = String.raw`ha(?:s|ve)\s+(?:not\s+(?:yet\s+)?)?observed`;
const CANNOT_VERIFY = String.raw`cannot\s+(?:independently\s+)?(?:verify|confirm)`;
const WILL_GO_ON = String.raw`will\s+continue\s+to\s+(?:monitor|report|assess)`;
const OWN_ANALYSIS = new RegExp(
  String.raw`^\s+(?:(?:also|previously|continues\s+to)\s+)?(?:assesses|assess|judges|observes|${HAS_OBSERVED}|${CANNOT_VERIFY}|${WILL_GO_ON})\b`, 'i');
/** "Prepared by OCHA Sudan", "Issued by: the UN Office for ...": a credit line names the publisher. */
const CREDIT = /(?:^|\n)[\s•*|-]*(?:prepared|issued|produced|compiled|published)\s+by\s*:?/i;
/** "X publishes these updates", "This report was prepared by X": a text naming its author. */
const PRODUCT = '(?:updates?|reports?|bulletins?|briefs?|products?|documents?|publications?|snapshots?|overviews?|dashboards?)';
const PASSIVE_BE = String.raw`(?:is|are|was|were|has\s+been|have\s+been)`;
const MADE = '(?:produced|prepared|compiled|issued|published)';
const SELF_DESCRIBED = [
  /(?:^|\s)(?:publishes|produces|prepares|compiles|issues)\s+(?:these|this)\s+(?:updates?|reports?|bulletins?|briefs?)\b/i,
  new RegExp(String.raw`\b(?:this|these)\s+${PRODUCT}\s+${PASSIVE_BE}\s+(?:\w+\s+)?${MADE}\s+by\b`, 'i'),
];
const REPORT_KIND = new RegExp(String.raw`\b(?:${REPORTING.report_kind.map(escapeRe).join('|')})\b`, 'i');
/** A line that names a kind of report ("Flash Update No. 3", "Sudan: Humanitarian Update, 23 August 2023"). */
export const namesReportKind = (line: string): boolean => REPORT_KIND.test(line);
/** Who may author a report: named in its first lines, a UN agency, NGO or monitor; in its title, also a public body. */
const AUTHOR_TYPES = new Set(['un', 'ngo', 'monitor', 'rescue']);
const TITLE_AUTHOR_TYPES = new Set([...AUTHOR_TYPES, 'government']);
/** A monitor speaking of its own work: "X documented", "X activists recorded", "X said today", "X has verified". */
const RECORDERS = String.raw`(?:activists|researchers|team|teams|field\s+researchers)`;
const RECORDED = String.raw`(?:documented|recorded|monitored|tracked|verified|registered|counted|(?:said|says|reported|announced)\s+today)`;
const OWN_WORK = new RegExp(String.raw`^(?:\s*\([^()]{1,20}\))?(?:\s+${RECORDERS})?\s+(?:has\s+|have\s+)?${RECORDED}\b`, 'i');
/** Registry sources named in a line that may author a report, in order, with their offsets. */
function authors(line: string, types = AUTHOR_TYPES) {
  return sourceMentions(line).flatMap((hit) => {
    const entry = entryOf(hit.text);
    return entry && types.has(entry.type) ? [{ ...hit, entry }] : [];
  });
}

/** The report's own agency as written, '' when the text is not a report or does not say whose it is. */
export function documentAuthor(
  article: Pick<IngestedArticle, 'title' | 'text' | 'sentence_list' | 'outlet'> & { url?: string; removed?: IngestedArticle['removed'] },
): string {
  const lead = article.sentence_list.slice(0, REPORT_LEAD_SENTENCES + 1).map((s) => article.text.slice(s.start, s.end) || s.text);
  const title = article.title || lead[0] || '';
  const header = lead.slice(0, HEADER_SENTENCES);
  const described = lead.map(selfDescribed).find((a) => a) ?? [...header, ...closing(article)].map(credited).find((a) => a);
  if (described) return described;
  if (REPORT_KIND.test(title) || header.some((l) => REPORT_KIND.test(l))) {
    // The publisher's own site ("unocha.org/publications/...") says whose report it is better than an agency its
    // lead happens to name ("UN and partners delivered supplies to ...").
    const author =
      reportAuthor(title) ??
      titleNamedAuthor(title) ??
      header.map(banner).find((a) => a) ??
      contactAuthor(article) ??
      footerAuthor(article) ??
      // An agency given as the outlet (a manifest's, a page's site name) published it, wherever it is hosted: a UN
      // country team's site carries UNHCR's updates.
      (pageAuthor(article) || undefined) ??
      seriesOrLeadAuthor(title, header, lead);
    if (author) return author;
  }
  // "Name" / "Organisation" / "March 31, 2011" above the body: the organisation published what follows; so does an
  // agency's own dateline, "Geneva (ICRC) – ...", as a wire's names the wire.
  const byline = bylineOrganisation(article.text) || header.map(datelineAuthor).find((a) => a);
  if (byline) return byline;
  if (!article.outlet) {
    const own = ownAnalysis(article.sentence_list.slice(0, ANALYSIS_LEAD_SENTENCES + 1).map((s) => article.text.slice(s.start, s.end) || s.text));
    if (own) return own;
  }
  if (!article.outlet) {
    for (const [i, line] of lead.entries()) {
      // A monitor's or an agency's own bulletin: "X (ACR) recorded N" in its first lines, with no outlet around it. A
      // monitor's summary may open with its headline figures and name itself a paragraph later ("Yemen Data Project
      // recorded 215 air raids in July"): a monitor is read through the report's lead. A line without the verbs'
      // words (regex-gate.ts) is not searched for sources.
      if (!mayMatch(OWN_WORK, line)) continue;
      const own = authors(line).find((a) => OWN_WORK.test(line.slice(a.end)) && (i <= LEAD_SENTENCES || a.entry.type === 'monitor'));
      if (own) return own.text;
    }
  }
  const defined = selfDefinedAuthor(title, lead.slice(0, LEAD_SENTENCES + 1));
  if (defined) return defined;
  const sourced = lead.slice(0, LEAD_SENTENCES + 1).map((l) => sourceLine(l)).find((a) => a) ?? removedSourceLine(article.removed ?? []);
  if (sourced) return sourced;
  // A bulletin that names no author in its text: the publisher of the series its title names.
  const series = [title, ...header].map(seriesAuthor).find((a) => a);
  if (series) return series;
  const voiced = firstPersonAuthor(article);
  if (voiced) return voiced;
  const outlet = article.outlet ? entryOf(article.outlet) : undefined;
  // "OCHA Syria" as a manifest's outlet: the agency's office published the update, whatever its title calls it. A news
  // medium as the outlet only carries what the text's own voice ("witnesses told AFP") may say is another's.
  if (outlet && outlet.type !== 'media') return article.outlet;
  return pageAuthor(article) || mediumVoice(article) || (outlet ? article.outlet : '');
}

/**
 * A wire story republished under another outlet's name speaks in the agency's own voice: "witnesses told AFP", "a
 * source told Reuters", "Reuters could not independently verify the toll", "an AP correspondent saw". The figures it
 * attributes to no one are that medium's own, which the outlet only carries. A medium with "news agency" after it
 * ("told the AFP news agency") is another outlet citing the agency, which says nothing of whose the story is.
 */
const VOICE_BEFORE = new RegExp(String.raw`\b(?:${wordsPattern('voice_before')})\s+(?:the\s+)?$`, 'i');
const VOICE_AFTER = new RegExp(String.raw`^\s+(?:${wordsPattern('voice_after')})\b`, 'i');
const VOICE_GATE = new RegExp(String.raw`\b(?:${wordsPattern('voice_before')}|${wordsPattern('voice_after')})\b`, 'i');
const CITED_AGENCY = /^\s+(?:news\s+)?agency\b/i;
function mediumVoice(article: Pick<IngestedArticle, 'text' | 'sentence_list'>): string {
  for (const s of article.sentence_list) {
    const line = article.text.slice(s.start, s.end) || s.text;
    if (!VOICE_GATE.test(line)) continue;
    for (const hit of sourceMentions(line)) {
      const after = line.slice(hit.end);
      if (entryOf(hit.text)?.type !== 'media' || CITED_AGENCY.test(after)) continue;
      if (VOICE_BEFORE.test(line.slice(0, hit.start)) || VOICE_AFTER.test(after)) return hit.text;
    }
  }
  return '';
}

/**
 * A series the title names ("Flash Update No. 3") is its publisher's product, whatever agency the lead names first;
 * the lead's own words for that publisher ("ISW", "OCHA") are kept when it names it.
 */
function seriesOrLeadAuthor(title: string, header: string[], lead: string[]): string | undefined {
  const series = [title, ...header].map(seriesAuthor).find((a) => a);
  const first = lead.map(firstAuthor).find((a) => a);
  if (!series) return first;
  return first && entryOf(first)?.name === entryOf(series)?.name ? first : series;
}

/** The words of a body that may count ("institute", "observatory", "network"): reporting.csv's `body` nouns. */
const BODY_NOUNS = new Set(REPORTING.body.map((w) => w.toLowerCase()));
/** What a body does with its own count after its name: "(PICSS) in its monthly report revealed", "(CRS)'s latest data". */
const ITS_REPORT = /^\s*(?:,\s*)?(?:in\s+its|['’]s)\s+(?:[\p{Ll}-]+\s+){0,2}(?:report|bulletin|update|data|count|tally|survey)\b/u;

/**
 * A monitor the registry does not know, defined in the lead and presenting its own count there: "Pakistan Institute
 * for Conflict and Security Studies (PICSS) in its monthly report revealed ...", or so defined under a title that
 * names its report ("...: PICSS Report"). A body's name holds a body noun; a title naming the report suffices only
 * with that definition, so a story's subject is never taken for its author.
 */
function selfDefinedAuthor(title: string, lead: string[]): string {
  for (const line of lead) {
    for (const d of acronymDefinitions(line)) {
      // A body the registry knows is read by the rules above, under its registry name.
      if (entryOf(d.acronym) || entryOf(d.name) || !d.name.split(/\s+/).some((w) => BODY_NOUNS.has(w.toLowerCase()))) continue;
      const titled = new RegExp(String.raw`\b${escapeRe(d.acronym)}\s+(?:[\p{L}-]+\s+)?(?:report|bulletin|data|update)\b`, 'iu').test(title);
      if (titled || ITS_REPORT.test(line.slice(d.end))) return d.acronym;
    }
  }
  return '';
}

/** What the page around the text says of its publisher: its outlet, a registry author's site, a newsletter's address. */
function pageAuthor(article: Pick<IngestedArticle, 'title' | 'text' | 'outlet'> & { url?: string }): string {
  const url = article.url ?? '';
  return outletAuthor(article.outlet) || siteAuthor(url) || slugAuthor(url) || newsletterAuthor(url, `${article.title}\n${article.text}`);
}

/**
 * A report republished by an aggregator keeps its title in the page's address ("reliefweb.int/report/burundi/ocha-
 * burundi-situation-report-20-26-jan-2003", "/unhcr-sudan-emergency-external-update-12"): an address whose last part
 * opens on a registry agency and names a kind of report is that agency's report, though its text may name no one. A
 * news story's address ("/un-says-40000-fled-goma") names no kind of report.
 */
function slugAuthor(url: string): string {
  const slug = urlParts(url).path.split('/').filter((p) => p).at(-1)?.replace(/\.(?:html?|pdf|php|aspx?)$/i, '') ?? '';
  const words = safeDecode(slug).replace(/[-_+]+/g, ' ').trim();
  if (!words || !REPORT_KIND.test(words)) return '';
  // An address is lower case: its opening words are looked up folded, the longest alias first ("un ocha" before "un").
  const opening = foldName(words).split(' ');
  for (let n = Math.min(SLUG_ALIAS_WORDS, opening.length - 1); n > 0; n--) {
    const name = SLUG_ALIASES.get(opening.slice(0, n).join(' '));
    if (name) return name;
  }
  return '';
}

/** The registry's authors by their folded aliases, as an address writes them (hyphens read as spaces). */
const SLUG_ALIASES = new Map(SOURCES.flatMap((e) => (TITLE_AUTHOR_TYPES.has(e.type) ? e.aliases.map((a) => [foldName(a.replace(/-/g, ' ')), e.name] as const) : [])));
const SLUG_ALIAS_WORDS = 6;

/** An address's host (lower case, no port) and path, both '' when it is no absolute address. */
const URL_PARTS = /^[a-z][a-z0-9+.-]*:\/\/([^/?#:]+)(?::\d*)?([^?#]*)/i;
function urlParts(url: string): { host: string; path: string } {
  const m = URL_PARTS.exec(url.trim());
  return { host: m?.[1]?.toLowerCase() ?? '', path: m?.[2] ?? '' };
}

/** A URL part decoded, or as written when it is no valid escape. */
function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

/**
 * A news item that names its one source on a line of its own under the lead, as some outlets format every item
 * ("Source: Oleh Syniehubov, Head of Kharkiv Oblast Military Administration, on Telegram"; "Source: the army's
 * General Staff"): the item's figures are that source's. A line naming several sources (joined by semicolons) does
 * not say which figure is whose, so it names none.
 */
const SOURCE_LINE = /^\s*(?:Sources?|SOURCES?)\s*:\s*([^;]+?)\s*$/;
function sourceLine(line: string, withRole = false): string | null {
  // A broadcast or video advisory writes its slug's labels in capitals ("STORY: ...", "SOURCE: OHCHR"); its source
  // may be a crew or a pool ("SOURCE: VARIOUS"), so only a registry author counts there.
  if (/^\s*SOURCES?\s*:/.test(line)) return sourceAuthor(line);
  const m = SOURCE_LINE.exec(line);
  if (!m || (withRole && !m[1]!.includes(','))) return null;
  const name = m[1]!.split(',')[0]!.replace(/\s+on\s+(?:Telegram|Facebook|Twitter|X|air)\b.*$/i, '');
  return reporterPhrase(name);
}

/** The region a source's role names: "Head of Donetsk Oblast Military Administration" gives "Donetsk". */
const REGION_OF_ROLE = /((?:\p{Lu}[\p{L}'’-]+\s+){1,3})(?:Oblast|Regional|Region|Province|Governorate|State|District)\b/gu;

/**
 * A "Source:" line naming several officials, each with the region his role names ("Source: Pavlo Kyrylenko, Head
 * of Donetsk Oblast Military Administration; Oleh Syniehubov, Head of Kharkiv Oblast Military Administration"):
 * each official with his regions, read in the item's first lines (or among the lines ingest removed). Empty unless
 * at least two of them name a region: only then can a figure's region say whose it is (regional-sources.ts).
 */
export function regionalSourceLine(
  article: Pick<IngestedArticle, 'text' | 'sentence_list'> & { removed?: IngestedArticle['removed'] },
): { name: string; regions: string[] }[] {
  const lead = article.sentence_list.slice(0, REPORT_LEAD_SENTENCES + 1).map((s) => article.text.slice(s.start, s.end) || s.text);
  const removed = (article.removed ?? []).filter((r) => r.reason === 'link_list').map((r) => r.text);
  for (const line of [...lead, ...removed]) {
    const m = /^\s*Sources?\s*:\s*(.+?)\s*$/.exec(line);
    if (!m || !m[1]!.includes(';')) continue;
    const officials = m[1]!.split(';').flatMap((part) => {
      const comma = part.indexOf(',');
      const name = comma > 0 ? reporterPhrase(part.slice(0, comma)) : null;
      const regions = comma > 0 ? [...part.slice(comma).matchAll(REGION_OF_ROLE)].map((r) => r[1]!.trim()) : [];
      return name && regions.length ? [{ name, regions }] : [];
    });
    if (officials.length >= 2) return officials;
  }
  return [];
}

/**
 * Ingest takes a "Source: ..." line for the header of a further-reading list and removes it, keeping it among the
 * removed lines without its place. Only a line crediting a person or body with a role ("Source: Pavlo Kyrylenko,
 * Head of Donetsk Oblast Military Administration") is read, and only when it is the page's one such line: a list's
 * header names a title or an outlet.
 */
function removedSourceLine(removed: readonly { text: string; reason: string }[]): string | null {
  const lines = removed.filter((r) => r.reason === 'link_list' && SOURCE_LINE.test(r.text));
  if (lines.length !== 1) return null;
  return sourceLine(lines[0]!.text, true) ?? sourceAuthor(lines[0]!.text);
}

/**
 * "Source: IOM DTM", "Source: UNHCR": the one "Source:" line a snapshot or a dashboard's text carries names the body
 * whose figures it shows, without a role, when that body is a registry author (an agency, an NGO, a monitor); a title
 * or an outlet there is a further-reading header's.
 */
function sourceAuthor(line: string): string | null {
  const name = SOURCE_LINE.exec(line)?.[1] ?? '';
  const first = authors(name)[0];
  return first && first.start === 0 && !/[,:]/.test(name) ? first.text : null;
}

/** Registry authors by the host of their own web site (sources.csv, kind `site`). */
const SITES = new Map(SOURCES.flatMap((e) => (AUTHOR_TYPES.has(e.type) ? (e.sites ?? []).map((h) => [h.toLowerCase(), e.name] as const) : [])));

/**
 * A page saved from a publisher's own site ("https://www.understandingwar.org/backgrounder/..."), whose text names no
 * author: the site's owner published it, and a newsletter or assessment states its own figures. Only a registry
 * author's own host counts (a host that republishes others' texts, a news portal, names no author); the host or any
 * of its subdomains ("www.", "m.").
 */
/** The outlet as written when the registry knows it as an agency that may author a report, else ''. */
function outletAuthor(outlet: string): string {
  const entry = outlet ? entryOf(outlet) : undefined;
  if (entry || !outlet) return entry && AUTHOR_TYPES.has(entry.type) ? outlet : '';
  // "OCHA Sudan", "UNHCR Chad": an agency's country office, as a manifest names the outlet, is that agency.
  return banner(outlet) ?? '';
}

function siteAuthor(url: string): string {
  const host = urlParts(url).host;
  for (let h = host; h && h.includes('.'); h = h.slice(h.indexOf('.') + 1)) {
    const name = SITES.get(h);
    if (name) return name;
  }
  return '';
}

/** Publication series by their title words ("Iran Update"), each with its publisher (sources.csv, kind `series`). */
const SERIES = new Map(SOURCES.flatMap((e) => (e.series ?? []).map((t) => [foldName(t), e.name] as const)));
const seriesMention = aliasMatcher([...SERIES.keys()]);

/** A title or header line naming a publication series: the series' publisher (a bulletin often names no author). */
function seriesAuthor(line: string): string | undefined {
  const hit = seriesMention(line)[0];
  return hit ? SERIES.get(foldName(hit.text)) : undefined;
}

/** In a title, the agency next to the kind of report ("UNHCR flash update", "OCHA | Flash Update #8"), else the first. */
function reportAuthor(title: string): string | undefined {
  const found = authors(title, TITLE_AUTHOR_TYPES);
  if (!found.length) return undefined;
  const kind = REPORT_KIND.exec(title);
  const next = kind ? found.find((a) => /^[\s|ǀ:–—-]*(?:\p{L}+\s+)?$/u.test(title.slice(a.end, kind.index))) : undefined;
  return (next ?? found[0]!).text;
}

/** A title's opening name, ended by a colon, bar or dash: "Nigeria Security Tracker: ", "Sahel Conflict Monitor – ". */
const TITLE_NAME = /^\s*((?:\p{Lu}[\p{L}'’-]*\s+){1,5}\p{Lu}[\p{L}'’-]*)\s*[:|–—-]\s*/u;
const OPENS_WITH_KIND = new RegExp(String.raw`^(?:${REPORTING.report_kind.map(escapeRe).join('|')})\b`, 'i');
/**
 * A monitor's or tracker's own bulletin that names itself only in its title, as the name before the kind of report
 * ("Nigeria Security Tracker: Weekly Update ...", "Yemen Conflict Observatory – Monthly Report"): the name is the
 * author of the figures its items credit to no one, whether or not the registry knows it. Only a name ending in a body
 * noun (reporting.csv) counts, so a place or a subject before the colon ("Sudan: Situation Report") names no one.
 */
function titleNamedAuthor(title: string): string | undefined {
  const m = TITLE_NAME.exec(title);
  if (!m || !OPENS_WITH_KIND.test(title.slice(m[0].length))) return undefined;
  return BODY_NOUNS.has(m[1]!.split(/\s+/).at(-1)!.toLowerCase()) ? m[1]! : undefined;
}

/** "X (at Y) publishes these updates": the first source before the verb; "this report is produced by X": the first after. */
function selfDescribed(line: string): string | undefined {
  const publishes = SELF_DESCRIBED[0]!.exec(line);
  const by = publishes ? null : SELF_DESCRIBED[1]!.exec(line);
  // Most lead lines describe nothing: their sources are not looked for (a scan of the line for every alias).
  if (!publishes && !by) return undefined;
  const named = authors(line, TITLE_AUTHOR_TYPES);
  if (publishes) return named.find((a) => a.end <= publishes.index)?.text;
  return named.find((a) => a.start >= by!.index + by![0].length)?.text;
}

/** "Prepared by OCHA Sudan": the first source after a credit at the start of a line. */
function credited(line: string): string | undefined {
  const credit = CREDIT.exec(line);
  return credit ? authors(line.slice(credit.index + credit[0].length), TITLE_AUTHOR_TYPES)[0]?.text : undefined;
}

/** A header line that is an agency's name, maybe with its office ("OCHA", "OCHA Ukraine", "United Nations Office for ..."). */
function banner(line: string): string | undefined {
  const found = authors(line, TITLE_AUTHOR_TYPES);
  if (found.length !== 1) return undefined;
  const rest = (line.slice(0, found[0]!.start) + ' ' + line.slice(found[0]!.end)).match(/\p{L}+/gu) ?? [];
  // An office's name may be an abbreviation in mixed case: "OCHA oPt" (the occupied Palestinian territory).
  return rest.length <= 2 && rest.every((w) => /\p{Lu}/u.test(w)) ? found[0]!.text : undefined;
}

/**
 * A news release opening as a wire story does, its place and then the agency in brackets before a dash: "Geneva
 * (ICRC) – ...", "NAIROBI (UNHCR) - ...". The bracket must hold one registry author and nothing else.
 */
const AGENCY_DATELINE = /^\s*\p{Lu}[\p{L}'’.\/ -]{1,40}?\s*\(([^()]{2,30})\)\s*(?:--|[–—-])\s/u;
function datelineAuthor(line: string): string | undefined {
  const bracket = AGENCY_DATELINE.exec(line)?.[1]?.trim();
  const found = bracket ? authors(bracket) : [];
  return found.length === 1 && found[0]!.text === bracket ? found[0]!.text : undefined;
}

/** "ISW assesses that ...", "CTP-ISW cannot verify ...": an analyst's text speaks of its own judgement in the present. */
function ownAnalysis(lines: string[]): string | undefined {
  for (const line of lines) {
    // A line without the verbs' words anywhere (regex-gate.ts) has none after a source: its sources are not looked for.
    if (!mayMatch(OWN_ANALYSIS, line)) continue;
    const own = authors(line).find((a) => OWN_ANALYSIS.test(line.slice(a.end)));
    if (own) return own.text;
  }
  return undefined;
}

/** "For further information, please contact: ..., OCHA": a report's closing contact lines name its publisher. */
const CONTACT = /\b(?:for\s+(?:further|more)\s+information|please\s+contact|contact\s*:|media\s+contacts?)\b/i;
const CLOSING_SENTENCES = 8;

function closing(article: Pick<IngestedArticle, 'text' | 'sentence_list'>): string[] {
  return article.sentence_list.slice(-CLOSING_SENTENCES).map((s) => article.text.slice(s.start, s.end) || s.text);
}

/** The contact lines may sit before footnotes or annexes: the last of them in the whole text counts. */
function contactAuthor(article: Pick<IngestedArticle, 'text' | 'sentence_list'>): string | undefined {
  const lines = article.sentence_list.map((s) => article.text.slice(s.start, s.end) || s.text);
  let at = -1;
  for (let i = lines.length - 1; i >= 0 && at < 0; i--) if (CONTACT.test(lines[i]!)) at = i;
  if (at < 0) return undefined;
  return lines.slice(at, at + CLOSING_SENTENCES).map((l) => authors(l.slice(CONTACT.exec(l)?.index ?? 0))[0]?.text).find((a) => a);
}

/** "United Nations Office for the Coordination of Humanitarian Affairs (OCHA) | www.unocha.org": a page footer. */
function footerAuthor(article: Pick<IngestedArticle, 'text' | 'sentence_list'>): string | undefined {
  for (const s of article.sentence_list) {
    const line = article.text.slice(s.start, s.end) || s.text;
    const web = /\bwww\.[a-z0-9-]+\.[a-z]{2,}|https?:\/\/\S+/i.exec(line);
    if (!web) continue;
    // The name next to the address: in the same footer, within a short distance before it.
    const near = authors(line.slice(Math.max(0, web.index - 120), web.index));
    if (near.length) return near[near.length - 1]!.text;
  }
  return undefined;
}

/** "by the international NGO Save the Children": up to three words that say what the cited body is, before its name. */
const CITED_DESCRIPTOR = String.raw`(?:(?:\p{Ll}[\p{Ll}-]*|\p{Lu}{2,5})\s+){0,3}`;
/**
 * A report's lead cites other sources for their own figures ("according to the CCCM Cluster", "IOM tracked 4,000
 * arrivals", "(source: WHO)"): a source named that way is quoted by the report, not its author. So is any name inside
 * brackets, "(IOM DTM)" after the name it shortens: an aside that spells out what the words before it cited.
 */
const CITED_BEFORE = new RegExp(String.raw`(?:according\s+to|as\s+per|citing|quoting|sources?\s*:|\bby|\([^()]{0,40})\s*(?:the\s+)?${CITED_DESCRIPTOR}$`, 'iu');
const REPORTING_VERB = '(?:said|says|reported|reports|tracked|tracks|recorded|records|estimated|estimates|counted|registered|verified|documented|confirmed)';
const CITED_AFTER = new RegExp(String.raw`^(?:['’]s\b|\s*\)|\s+(?:has\s+|have\s+|also\s+)?${REPORTING_VERB})`, 'i');

/** The first registry author a lead line names other than as a cited source. */
function firstAuthor(line: string): string | undefined {
  let citedEnd = -1;
  for (const a of authors(line)) {
    // "according to the International Organization for Migration Displacement Tracking Matrix": a name that runs on
    // from a cited one, with nothing between them, is part of the same citation.
    const runsOn = citedEnd >= 0 && line.slice(citedEnd, a.start).trim() === '';
    if (!runsOn && !CITED_BEFORE.test(line.slice(0, a.start)) && !CITED_AFTER.test(line.slice(a.end))) return a.text;
    citedEnd = a.end;
  }
  return undefined;
}

/**
 * A quotation's words, blanked: "we" inside one is its speaker's, outside it the text's own. A quotation may run over
 * a few sentences of a paragraph; an unclosed mark blanks nothing.
 */
const QUOTATION = /“[^”]{0,800}”|"[^"\n]{0,800}"/g;
const unquoted = (text: string): string => text.replace(QUOTATION, (q) => ' '.repeat(q.length));
/** The text's own first person plural: "we received", "our teams treated" (cased, so "US" is no "us"). */
const FIRST_PERSON = /\b(?:[Ww]e|[Oo]ur)\b/;

/** Whether a sentence, outside its quotations, speaks as "we" or "our": the voice of the text's own publisher. */
export function speaksAsPublisher(sentence: string): boolean {
  return FIRST_PERSON.test(unquoted(sentence)) && !/^\s*["“]/.test(sentence);
}

/** Where a lead's opening name may start: the line's start, after "The". */
const OPENING_NAME = /^\s*(?:the\s+)?$/i;
/** Lead sentences read for the agency that opens the text. */
const VOICE_LEAD_SENTENCES = 2;

/**
 * A press release or an agency's update, as a news site or a mailing list republishes it, speaks as "we" and names
 * itself only as the subject of its opening sentence: "Médecins Sans Frontières (MSF) is alarmed by ... Since May we
 * have treated 212 wounded." The agency opening the lead is the "we" of the figures it gives outside quotations. A
 * news story opening on an agency speaks as "we" only inside its quotations, which are blanked first.
 */
function firstPersonAuthor(article: Pick<IngestedArticle, 'title' | 'text' | 'sentence_list'>): string | undefined {
  const body = unquoted(article.text);
  if (!FIRST_PERSON.test(body)) return undefined;
  const lead = article.sentence_list.slice(0, VOICE_LEAD_SENTENCES).map((s) => article.text.slice(s.start, s.end) || s.text);
  for (const line of lead) {
    const opener = authors(line).find((a) => OPENING_NAME.test(line.slice(0, a.start)));
    if (opener) return opener.text;
  }
  // A release's headline names its agency as its subject after the country it concerns ("Yemen: MSF calls for ...",
  // "DR Congo: ICRC alarmed as ..."), and its body speaks as "our teams": the headline's one agency.
  const title = article.title || lead[0] || '';
  const named = authors(title);
  return named.length === 1 && TITLE_SUBJECT.test(title.slice(0, named[0]!.start)) ? named[0]!.text : undefined;
}

/** Before a headline's subject: nothing, or the country or place it concerns and a colon. */
const TITLE_SUBJECT = /^\s*(?:[^:]{1,40}:\s*)?(?:the\s+)?$/i;
