/**
 * The extract stage: an ingested article's sentences to raw facts (figures, casualty counts, territorial changes)
 * with their spans, time phrase, actor words and reporters. Nothing is resolved against the gazetteer, calendars
 * or registries here; normalize does that.
 */
import type { ExtractedFact, IngestedArticle, PlaceMention, Sentence } from '@frontline/schema';
import { differentSides, opponent, sameSide, sentenceActors, specificActor, subjectLeft, subjectSpoke } from './actors.ts';
import { SourceMemory } from './attribution.ts';
import { nameGenerics } from './named-generic.ts';
import { routeEnd } from './route-name.ts';
import { fullSurnames } from './surname-back.ts';
import { documentAuthor, namesReportKind } from './authorship.ts';
import { creditRegionalSources } from './regional-sources.ts';
import { creditBefore } from './attribution-after.ts';
import { creditAnnounced, recordKeeper } from './record-announced.ts';
import { PART_OPENS, sameFigure, type ArticleMemory, type Draft } from './draft.ts';
import { coordinatedHarms } from './coordinated-harm.ts';
import { countsIllness } from './illness.ts';
import { isRefuted } from './modality.ts';
import { figureDrafts, includedPlaces, incidentPlaces, ownPlaces } from './figures.ts';
import { leadingPlaces } from './place-ranking.ts';
import { breakdownActors } from './breakdown-actor.ts';
import { placeParts } from './place-parts.ts';
import { forcesNation } from './nouns.ts';
import type { FrameDraft } from './frame-finder.ts';
import { frameDrafts } from './frame-finder.ts';
import type { PlaceHit } from './places.ts';
import { recordingPlaces } from './place-subject.ts';
import { COMPASS_ALONE, COUNTRY_SET, countryOf, findPlaces, isGovernorate, namesAdmin1 } from './places.ts';
import { referredPlaces } from './references.ts';
import { carriedIncidentPlaces } from './incident-carry.ts';
import { warCountry } from './war-country.ts';
import { targetsCivilians } from './civilian-targeting.ts';
import { recentActor, territoryDrafts } from './territory.ts';
import { namedCountMembers } from './named-count.ts';
import { datelineDays, findTimes, pickTime, statementTime, type TimeHit } from './time.ts';
import { certaintyOf } from './certainty.ts';
import { clauseBackoff } from './clause-backoff.ts';
import { DateContext, earlierStoryTimes, isBulletItem, isEntryLine, isHeading, isListLine, leadInColon, lineMarker, PlaceDiscourse } from './discourse.ts';
import { VictimContext } from './victims.ts';
import { withFactKeys } from '@frontline/schema';
import { clauseTolls, laterParts } from './later-parts.ts';
import { TOLL_SENTENCES, tollShareTime } from './toll-share-time.ts';
import { placedMembers } from './placed-members.ts';
import { bracketedPlaces } from './bracketed-places.ts';
import { apposedShares } from './apposed-share.ts';
import { ListLeads } from './list-leads.ts';
import { InfoboxSides } from './infobox-sides.ts';
import { LabelLeads } from './label-leads.ts';
import { LabelledEstimates } from './labelled-estimates.ts';
import { keyFigures } from './key-figures.ts';
import { leadPlaceLists } from './lead-place-list.ts';
import { gappedPlaces } from './gapped-places.ts';
import { respectively } from './respectively.ts';
import { flatTables } from './flat-tables.ts';
import { returnsToShelter, shelterStocks, staysInShelter } from './shelter-returns.ts';
import { storyFighters, storyNounGroup } from './story-fighters.ts';
import { bodyOverTitle, titleRetold } from './headline.ts';
import { CAMPAIGN_START_MARK, DATELINE_MARK, foldName, PARAGRAPH_MARK, PRIOR_SECTION_MARK, SECTION_MARK, TITLE_PERIOD_MARK } from '@frontline/schema';
import { forgetArticleTexts, maskSpans, unquoteWords } from './text.ts';
import { withEchoedYears } from './echoed-year.ts';
import { alternation, dateWords, eventNouns } from '@frontline/nlp/dates';
import { asWritten, headlineReading, proseNames } from './title-case.ts';

export { findQuantities } from './numbers.ts';
export { findPlaces } from './places.ts';
export { findTimes } from './time.ts';
export { factKey } from '@frontline/schema';

const SINCE_START = String.raw`since\s+(?:then|the\s+(?:start|beginning))`;
const RUNNING_TOTAL = new RegExp(String.raw`\b(?:so\s+far|to\s+date|in\s+total|total\s+of|${SINCE_START}|ha(?:s|ve)\s+(?:risen|climbed)\s+to)\b`, 'i');
/**
 * "The U.N. says the conflict has cost more than 3,000 lives", "the insurgency, which has claimed 17,000 lives and left
 * two million homeless": what a war has done, told in the perfect, is a running total counted to the day it is stated,
 * not a toll of the day the story has reached. So is what a bout of it has done ("Violence by armed groups has
 * displaced two million people", "the fighting in the north has forced 80,000 from their homes"), as a wire's
 * background paragraph states it after a lead dated "on Saturday". Campaign nouns are the date lexicon's
 * (`campaign_noun`); one short phrase of who or where may stand between the noun and its verb.
 */
const CAMPAIGN_NOUN = alternation(dateWords('campaign_noun').map((w) => w.word));
const CAMPAIGN_QUALIFIER = String.raw`(?:\s+(?:by|in|for|against|between|across|around|of)\s+[^,.;:()]{1,40}?)?`;
const CAMPAIGN_TOLL_VERB = '(?:killed|claimed|cost|left|displaced|forced|uprooted|driven)';
const CAMPAIGN_PERFECT = new RegExp(
  String.raw`\b(?:${CAMPAIGN_NOUN})${CAMPAIGN_QUALIFIER}(?:,\s*which)?\s+(?:has|have)\s+(?:(?:so\s+far|already|now)\s+)?${CAMPAIGN_TOLL_VERB}\b`, 'i');

function runningTotal(window: string): boolean {
  return RUNNING_TOTAL.test(window) || CAMPAIGN_PERFECT.test(window);
}

/** Extracts every fact of an article, in sentence order; a figure stated twice is kept once (the first time). */
export function extractArticle(article: IngestedArticle): ExtractedFact[] {
  forgetArticleTexts();
  const memory: ArticleMemory = { subjects: [], places: [], actors: [], battles: [], pairs: [], openers: [], taken: [], headings: [], gainer: '' };
  const sources = new SourceMemory(documentAuthor(article));
  const facts: ExtractedFact[] = [];
  const dates = new DateContext();
  // A title kept only in the page's metadata dates the story as a title line would: its year or span ("2017 Mayadin
  // offensive", "Battle of X (2022–2023)") reaches the yearless days of a body that opens straight on the lead.
  const metaTitle = metadataOnlyTitle(article);
  if (metaTitle) dates.remember(findTimes(metaTitle), metaTitle);
  const victims = new VictimContext();
  const where = new PlaceDiscourse(countryWideReport(article));
  const lists = new ListLeads();
  const labels = new LabelLeads();
  const estimates = new LabelledEstimates();
  const sides = new InfoboxSides();
  const panels = keyFigures(article.text, article.sentence_list);
  const tables = flatTables(article.text, article.sentence_list);
  let previousEnd = 0;
  /** The places of the sentence before (article offsets): what a toll that goes on telling its incident takes. */
  let previousPlaces: PlaceMention[] = [];
  let tolls: { drafts: Draft[]; sentence: number } | undefined;
  let wholes: { drafts: Draft[]; sentence: number } | undefined;
  /** A source the sentence before says keeps a record of the dead or displaced (record-announced.ts). */
  let keeper: { name: string; sentence: number } | undefined;
  let headingCapture: ExtractedFact | undefined;
  const titleIndex = titleSentence(article);
  let names: Set<string> | undefined;
  /** Facts the current section's heading states, until the section restates them. */
  const headingFacts = new Set<ExtractedFact>();
  let leadRead = false;
  /** Each sentence's own reporters, for a generic "a war monitor said" named in the next sentence (named-generic.ts). */
  const ownSources = new Map<number, string[]>();
  /** The sentences that open a bullet item: two items of a list are two entries, never one restated. */
  const bulletItems = new Set<number>();
  for (const sentence of article.sentence_list) {
    const written = article.text.slice(sentence.start, sentence.end) || sentence.text;
    const heading = isHeading(article.text, sentence);
    // A Title Case or all-capitals title or heading is read with its ordinary words lower-cased (same offsets);
    // quotes stay as written.
    const proseWords = () => (names ??= proseNames(article.text, article.sentence_list));
    const read = heading || sentence.index === titleIndex ? headlineReading(written, proseWords) : null;
    const titleCase = read !== null;
    const s = read ?? written;
    const paragraphStart = article.text.slice(previousEnd, sentence.start).includes('\n');
    const bullet = paragraphStart && isBulletItem(article.text, sentence);
    if (bullet) bulletItems.add(sentence.index);
    if (paragraphStart) {
      dates.paragraph(bullet);
      where.paragraph(isListLine(article.text, sentence, bullet), lineMarker(article.text, sentence));
    }
    previousEnd = sentence.end;
    // The lead: the first sentence of the body after a title on the first line, which a news story dates in the
    // sentences after it. (A text whose title is not its first line starts with its body: see datedByText.)
    const lead = !leadRead && !heading && sentence.index > 0 && titleIndex === 0;
    if (lead) leadRead = true;
    if (heading) dates.heading(s);
    if (heading) headingCapture = undefined;
    if (heading) headingFacts.clear();
    if (heading) where.heading(isEntryLine(article.text, sentence));
    // A quoted verb ("forces 'liberated' X") still places its object and takes it.
    const plain = unquoteWords(s);
    const places = findPlaces(plain, () => where.areas());
    const shifted = places.map((p) => shift(p, sentence.start));
    const { drafts, usedVerbs } = figureDrafts(s, places, recentActor(memory), bullet);
    drafts.push(...territoryDrafts(plain, places, usedVerbs, memory));
    const framed = newFigures(drafts, frameDrafts(s, places, drafts));
    // "The next day they seized two more villages": a pronoun subject is the story's side, as for a capture verb's place.
    for (const d of framed) if (d.kind === 'territory' && !d.actor_text && PRONOUN_BEFORE.test(s.slice(0, d.cueStart))) d.actor_text = recentActor(memory);
    drafts.push(...framed);
    // "seized two towns – A and B –": the names of a count of places are places taken, each.
    drafts.push(...namedCountMembers(s, drafts, places));
    // "40 soldiers were killed or wounded": the harm the frame did not read gets its own fact, with the same count.
    drafts.push(...coordinatedHarms(s, drafts));
    // "fatalities from attacks on civilians": the toll of an event that targets civilians counts civilians.
    for (const d of drafts) if (targetsCivilians(s, d)) d.group = 'civilians';
    // "Cholera remains a concern, with 34 deaths recorded": a disease's dead are no casualties of the war.
    for (const d of drafts.filter((x) => countsIllness(s, x))) drafts.splice(drafts.indexOf(d), 1);
    // "falsely claimed that DPR forces had captured X": a claim the text itself calls false gives no fact.
    for (const d of drafts.filter((x) => isRefuted(s, Math.min(x.figStart, x.cueStart)))) drafts.splice(drafts.indexOf(d), 1);
    // "with 60,000 returning to UNRWA shelters": people going back to a shelter are displaced again, not home.
    for (const d of drafts) if (returnsToShelter(s, d)) d.category = 'displaced';
    // "190,000 displaced people are staying in collective shelters": where the displaced are now, a stock.
    for (const d of drafts) if (staysInShelter(s, d)) d.category = 'idps_stock';
    // "About 20,000 people are living in IDP camps": people who live in a shelter are displaced, a stock.
    drafts.push(...shelterStocks(s, drafts, places));
    // "1.3M" over "People internally displaced": a key-figures panel's figure, named by the label line below it.
    drafts.push(...unread(panels.get(sentence.index), drafts));
    // "Delmas    5,300    31,200" under "Commune    New IDPs    Total IDPs": a flattened table's row, by its columns.
    drafts.push(...unread(tables.get(sentence.index), drafts));
    // "New arrivals were recorded in three territories: 14,000 in Kalehe, 9,500 in Kabare": one fact per place listed.
    leadPlaceLists(s, drafts, places);
    // "Sagaing recorded 94 deaths, Mandalay 61 and Magway 40": the verb and noun carry to each later place.
    drafts.push(...gappedPlaces(s, drafts, places));
    // "there are 4,000 displaced people around A, 2,500 people around B and 900 in C": figure first, each with its place.
    drafts.push(...placedMembers(s, drafts, places));
    // "some 900 people were wounded (Kassala 650 and Gedaref 250)": a part of the toll per bracketed place.
    drafts.push(...bracketedPlaces(s, drafts, places));
    // "Civilians, numbering 300, made up most of those killed": a group's count in apposition, its share of a toll.
    drafts.push(...apposedShares(s, drafts, places));
    // "Mosul recorded 14 deaths": a place the story named, as the subject of a counting verb, is the figure's place.
    sources.knowPlaces(places.map((p) => p.text));
    recordingPlaces(s, drafts, places, (t) => sources.isKnownPlace(t));
    ownPlaces(drafts);
    // "400 killed, including those killed in X": X is that figure's, not the list's.
    includedPlaces(s, drafts);
    incidentPlaces(s, drafts);
    leadingPlaces(s, drafts);
    // "seized A and B on 15 and 19 December, respectively": lists paired by position, one place per count or day.
    respectively(s, drafts, places);
    // "Among those killed were 68 children": the breakdown of the toll stated in the sentence before.
    const clause = clauseTolls(s, drafts, (p) => shift(p, sentence.start));
    drafts.push(...laterParts(s, clause.length ? clause : tolls && sentence.index - tolls.sentence <= TOLL_SENTENCES ? tolls.drafts : [], drafts, places));
    // "This includes 1.8 million people in Tigray, 151,000 in Amhara ...": the figure before, broken down by place.
    drafts.push(...placeParts(s, wholes?.sentence === sentence.index - 1 ? wholes.drafts : [], drafts, places));
    // "- Dana: 12,000" under "Newly displaced people by sub-district:": one fact per place of the list.
    // A dateline opening the story ("YANGON, March 4 (Reuters) - ") dates the story; any other phrase of its sentence
    // dates a figure before it does.
    const times = datelineDays(findTimes(s), sentence.start, article.dateline_end ?? 0);
    drafts.push(...lists.read(s, drafts, bullet, paragraphStart, (d) => pickTime(s, times, { start: d.cueStart, end: d.cueEnd })?.text ?? '', places));
    // "• Killed: 62" under "Civilian casualties recorded in El Fasher this week:": the lead's people and places.
    labels.read(s, drafts, places, (p) => shift(p, sentence.start));
    // "Church estimate: more than 900" after a toll, or "Local officials: 1,150" under "Casualties": one per source.
    drafts.push(...estimates.read(s, drafts, paragraphStart));
    // "25,000 Ethiopians fleeing the fighting have crossed into Sudan": a count of persons no finder read, in a clause
    // whose one predicate is a frame's, is a fact of that predicate's category, marked inferred (clause-backoff.ts).
    drafts.push(...clauseBackoff(s, drafts, places).filter((d) => !countsIllness(s, d)));
    breakdownActors(s, drafts);
    for (const d of drafts) d.actor_text = specificActor(d.actor_text, memory.actors.slice(-8));
    // The sentence's sides, read once: the story's group below, and the story's memory once its facts are read.
    const actors = sentenceActors(s);
    // "- Casualties2: 1,000 dead" under "- Combatant2: Islamic Courts Union": the numbered side's own dead.
    sides.read(s, drafts);
    // "killing 77 militants" in a story about ISIL: the story's named non-state group's fighters.
    const named = [...memory.actors, ...actors.named];
    storyFighters(s, drafts, named);
    victims.resolve(s, drafts, (head) => storyNounGroup(head, named));
    if (heading) sources.heading(s);
    // "Taiz recorded 21 deaths": the places of the sentence's figures, like the story's, are no reporters.
    sources.knowPlaces(drafts.flatMap((d) => d.places).map((p) => p.text));
    for (const d of drafts) if (d.reporter && sources.isKnownPlace(d.reporter)) delete d.reporter;
    // "REUTERS, 25th MAY, 2017-A bomb killed five, police said": the dateline's words credit no figure.
    const said = sources.read(withoutDateline(s, sentence.start, article.dateline_end ?? 0), article.text, sentence.start);
    if (sources.namesSource()) ownSources.set(sentence.index, said);
    // "Nine were killed. That is according to the regional administration.": the sources of a sentence that only attributes.
    if (sources.namesSource()) creditBefore(facts, sentence.index - 1, s, said, drafts.length, paragraphStart);
    // "The ICP has compiled a list of the dead. Clashes left 59 dead.": the record's keeper is the source of the next
    // sentence of its paragraph, when that sentence names none.
    const announced = keeper?.sentence === sentence.index - 1 && !paragraphStart ? keeper : undefined;
    /** Where this sentence's new wholes end, by category: their breakdowns are new too (see below). */
    const newWholes = new Map<string, number>();
    let told = 0;
    for (const d of [...drafts].sort((a, b) => a.figStart - b.figStart || a.category.localeCompare(b.category))) {
      // A frame's reporting verb names the source ("the Cluster tracked N") when the sentence states none of its own.
      const framed = Boolean(d.reporter) && (d.ownReporter || !sources.namesSource());
      const reporters = framed ? [d.reporter!] : sources.forFigure(d.figStart);
      const fact = toFact(article, sentence, s, d, reporters, times, dates.current());
      // "Of those killed, 40 were children": a share of the toll before is of that toll's period.
      Object.assign(fact, tollShareTime(s, d, fact, facts) ?? {});
      if (titleCase) asWrittenFact(fact, article.text, s, written);
      fact.reporter_basis = d.ownReporter ? 'stated' : framed ? 'subject_of_reporting_verb' : sources.basisFor(d.figStart);
      if (announced) creditAnnounced(fact, announced.name, announced.sentence);
      if (d.label) [fact.cue_start, fact.cue_end] = [d.label.start, d.label.end];
      if (!fact.place_mentions.length) fact.place_mentions = referredPlaces(s, memory.places);
      if (!fact.place_mentions.length) fact.place_mentions = carriedIncidentPlaces(fact, previousPlaces, paragraphStart || heading);
      // "The Syrian conflict has claimed N lives": a whole war's running total is its country's, not the lead's region.
      const war = fact.place_mentions.length || !fact.cumulative ? null : warCountry(s);
      if (war) fact.place_mentions = [war];
      fact.place_context = { paragraph: where.around(), lead: [], between: [], section: where.section(), lead_in: where.underLeadIn() };
      if (headingCapture && sidesHeading(headingCapture, fact)) headingCapture = undefined;
      const titled = facts.find((f) => titleRestated(f, fact, titleIndex) || titleSameYear(f, fact, titleIndex));
      // The title's toll of "people" restated in the body with its victims named ("fighters allied to X") is one fact.
      if (titled) titled.group = fact.group;
      // A heading's capture ("Capture of Maskanah") is the sentence of its section that tells it, with its date and side.
      const restated = facts.find((f) => headingFacts.has(f) && headingRestated(f, fact));
      if (restated) facts.splice(facts.indexOf(restated), 1);
      if (restated) headingFacts.delete(restated);
      // "Shelling killed 90, including 20 children. Mines killed 45, including 20 children.": a part of a whole this
      // sentence states anew is that whole's breakdown, not a restatement of an earlier part with the same count.
      const ownBreakdown = breaksDown(s, d, newWholes.get(d.category));
      // "• Two civilians were executed by HTS." / "• Two civilians were killed in unknown circumstances.": two entries.
      const items = (f: ExtractedFact) => f.sentence_index !== fact.sentence_index && bulletItems.has(f.sentence_index) && bulletItems.has(fact.sentence_index);
      // "Police statement: 1,500. ... Opposition estimate: 1,500": two sources' labelled estimates are two facts.
      const otherSource = (f: ExtractedFact) => Boolean(d.ownReporter) && f.reporter_texts.length > 0 && !f.reporter_texts.includes(fact.reporter_texts[0] ?? '');
      const kept = titled ?? (ownBreakdown ? undefined : facts.find((f) => !items(f) && !otherSource(f) && (sameFact(f, fact) || titleRetold(f, fact, titleIndex, sameFact))));
      // The body's restatement of the headline's count takes its place: its sentence names the source, date and place.
      // (A capture is left to the heading and side rules above: a headline's "Rebels capture X" names its side.)
      if (kept?.quantity && kept.sentence_index === titleIndex && sentence.index !== titleIndex) {
        // Undated, it stays the title's object, which the date context still dates at the text's first date.
        if (fact.time_phrase) facts[facts.indexOf(kept)] = bodyOverTitle(kept, fact);
        else Object.assign(kept, bodyOverTitle(kept, fact));
        const merged = facts.find((f) => f.sentence_index === sentence.index && f.figure_start === fact.figure_start);
        if (merged && lead && waitsForEvent(merged, times)) dates.datedByLead(merged, true);
        continue;
      }
      // A figure restated with its source (a headline's figure in the lead) keeps the first mention and the source.
      // A source the body names beats the wire's own name, which the title got only for want of one.
      const byAuthor = kept?.reporter_basis === 'document_author' && fact.reporter_texts.length > 0 && fact.reporter_basis !== 'document_author';
      if (kept && (!kept.reporter_texts.length || byAuthor)) {
        [kept.reporter_texts, kept.reporter_basis, kept.reporter_sentence] = [fact.reporter_texts, fact.reporter_basis, fact.reporter_sentence];
      }
      // ... and its date: "SNHR: 144 civilians killed" dated by the body's "since the 25th of December".
      // The phrase is read against the date the text had reached where it stands, not where the figure first stood.
      if (kept && !kept.time_phrase && fact.time_phrase) {
        [kept.time_phrase, kept.time_context, kept.cumulative] = [fact.time_phrase, fact.time_context, kept.cumulative || fact.cumulative];
        kept.end_phrase = fact.end_phrase;
      }
      // ... and its place: "killed 14 civilians in northeastern Syria", restated as "the 14 civilians were killed around
      // the village of X": the town the restatement names beats the country or region the first mention gave. A lead's
      // or key-figures panel's bare figure ("Displacement reached 68,000") takes the body's places, regions too.
      if (kept?.quantity && placesAdded(kept, fact)) kept.place_mentions = fact.place_mentions;
      // A heading's capture ("Capture of X") names no side; the body's restatement does.
      if (kept && !kept.actor_text) kept.actor_text = fact.actor_text;
      if (kept) continue;
      facts.push(fact);
      if (d.kind === 'casualty' && !breaksDown(s, d, newWholes.get(d.category))) newWholes.set(d.category, d.figEnd);
      told++;
      // A heading's or the title's fact ("Capture of Hanano", "Fall of Kabul") is dated where its text first dates.
      if (heading && !fact.time_phrase) dates.datedBySection(fact);
      if (sentence.index === 0 && !fact.time_phrase) dates.datedByText(fact);
      // A stock ("1.1 million remain displaced") is counted on the report's day, not on the day of the next event.
      else if (lead && !fact.time_phrase && !fact.cumulative && fact.category !== 'idps_stock') dates.datedByLead(fact);
      // "..., an official told Xinhua on Tuesday": dated only by the saying, the lead's fact waits as an undated one does.
      else if (lead && waitsForEvent(fact, times)) dates.datedByLead(fact, true);
      // A later paragraph's opening sentence, like the lead, may summarise an event its next sentence dates.
      else if (paragraphStart && !bullet && !heading && leadRead && !fact.time_phrase && !fact.cumulative && fact.category !== 'idps_stock') dates.datedByParagraph(fact);
      if (heading && fact.kind === 'territory' && !fact.actor_text) headingCapture = fact;
      if (heading && fact.kind === 'territory' && !fact.time_phrase) headingFacts.add(fact);
    }
    tolls = tollsOf(drafts, facts, sentence) ?? tolls;
    const recorder = recordKeeper(s, drafts.length);
    keeper = recorder ? { name: recorder, sentence: sentence.index } : undefined;
    wholes = { drafts: drafts.filter((d) => d.kind !== 'territory' && !d.part && d.quantity?.value != null), sentence: sentence.index };
    dates.remember(times, s, /:\s*$/.test(s), told > 0, facts.filter((f) => f.sentence_index === sentence.index));
    const changes = facts.filter((f) => f.sentence_index === sentence.index && f.kind === 'territory');
    const gainers = changes.map((f) => f.actor_text);
    memory.subjects.push(storySubject(s, actors, memory, gainers));
    memory.headings.push(heading);
    memory.gainer = gainers.filter(Boolean).pop() ?? memory.gainer;
    memory.actors.push(...actors.named);
    memory.places.push(...shifted);
    previousPlaces = heading ? [] : shifted;
    memory.battles.push(...shifted.filter((_, i) => places[i]!.cue === 'battle'));
    const pair = lastPair(plain, places);
    if (pair) memory.pairs.push(pair.map((p) => shift(p, sentence.start)));
    const opener = places[0] && OPENER.test(plain.slice(0, places[0].start)) && !places[0].near ? places[0] : null;
    memory.openers.push(opener && shift(opener, sentence.start));
    memory.taken.push(drafts.filter((d) => d.kind === 'territory').flatMap((d) => [...d.places.map((p) => shift(p, sentence.start)), ...(d.articlePlaces ?? [])]));
    // The ends of a road named by its towns are no places the story has reached (route-name.ts).
    where.remember(sentence.index, shifted.filter((_, i) => !routeEnd(plain, places[i]!)));
    if (paragraphStart) where.leadIn(shifted, leadInColon(article.text, sentence), lineMarker(article.text, sentence));
  }
  nameGenerics(facts, ownSources);
  // "Shami added that ...": a surname stands for the person named in full before.
  fullSurnames(facts, article.text);
  creditRegionalSources(facts, article);
  return numbered(withEchoedYears(article.text, where.distribute(withoutRestatements(facts))));
}

/**
 * "Capture of X" heads a section whose first capture of X says who took it, often with more places ("the army captured
 * X, as well as the villages of Y and Z"): the heading's capture takes that side. True once the side is given.
 */
function sidesHeading(headingFact: ExtractedFact, fact: ExtractedFact): boolean {
  if (fact.kind !== 'territory' || fact.category !== headingFact.category || !fact.actor_text || !headingFact.place_mentions.length) return false;
  const names = new Set(fact.place_mentions.map((p) => foldName(p.text)));
  if (!headingFact.place_mentions.every((p) => names.has(foldName(p.text)))) return false;
  headingFact.actor_text = fact.actor_text;
  return true;
}

/**
 * "It also captured X", "On the next day, they took Y": a pronoun subject goes on naming the side the story followed,
 * so a third sentence in a row still knows who "it" is.
 */
function pronounSubject(s: string, memory: ArticleMemory): string {
  return PRONOUN_SUBJECT.test(s) ? recentActor(memory) : '';
}
/** "they" (or "it") right before a verb, an adverb or two between: "they then took", "it quickly seized". */
const ADVERBS = String.raw`(?:\p{Ll}+ly\s+|also\s+|later\s+|then\s+|soon\s+|further\s+){0,2}`;
const PRONOUN_BEFORE = new RegExp(String.raw`(?:^|[\s,])(?:they|it)\s+${ADVERBS}$`, 'iu');
/** "On Monday, they seized ...", "Meanwhile it shelled ...": an opening adjunct, the pronoun, a past verb. */
const LEAD_ADJUNCT = String.raw`(?:(?:On|By|In|Later|Then|Meanwhile|However)\b[^,]{0,40},\s*)?`;
const PRONOUN_SUBJECT = new RegExp(String.raw`^\s*${LEAD_ADJUNCT}(?:It|it|They|they)\s+${ADVERBS}\p{Ll}+(?:ed|ured|ook|ept|an|ained)\b`, 'u');

/**
 * The side a sentence tells of, for later sentences that name none. A side that fled or withdrew hands the story to
 * its opponent named lately ("ISIL militants had fled to X. The capture of X was announced ..."), or to no side. A side
 * that gained ground in the sentence (`gainers`: the sides of its territory facts) is the story's side when the
 * subject is none of them ("Mosul fell to ISIL", "X was captured by the army", "Aliyev announced that the army had
 * taken X"); a side that only speaks, of the other side than the story's, is none ("The TPLF denied that the town had
 * fallen"), so "they" after it is still the side before.
 */
function storySubject(s: string, actors: { subject: string; named: string[] }, memory: ArticleMemory, gainers: string[]): string {
  const subject = actors.subject || pronounSubject(s, memory);
  const gained = gainers.filter(Boolean);
  const gainedItself = gained.some((g) => g === subject || sameSide(g, subject));
  if (gained.length && !gainedItself) return gained.pop()!;
  if (!subject) return '';
  // Only a speaker of the other side hands nothing on: "The RSF announced a new offensive. They then took X" is the RSF.
  const story = recentActor(memory);
  if (!gainedItself && story && !sameSide(subject, story) && subjectSpoke(s, subject)) return '';
  if (!subjectLeft(s, subject)) return subject;
  return opponent(subject, [...memory.actors.slice(-8), ...actors.named].reverse());
}


/**
 * The sentence's casualty figures that are no parts, last first, for a later sentence's breakdown: their places made
 * article-wide, their reporter the one their fact was given (a part is stated by whoever stated the whole).
 */
function tollsOf(drafts: Draft[], facts: ExtractedFact[], sentence: Sentence): { drafts: Draft[]; sentence: number } | undefined {
  const wholes = drafts.filter((d) => d.kind === 'casualty' && !d.part && d.quantity?.value != null).reverse();
  if (!wholes.length) return undefined;
  const made = wholes.map((whole) => {
    const fact = facts.find((f) => f.figure_start === sentence.start + whole.figStart && f.category === whole.category);
    const articlePlaces = [...whole.places.map((p) => shift(p, sentence.start)), ...(whole.articlePlaces ?? [])];
    return { ...whole, places: [], articlePlaces, reporter: fact?.reporter_texts[0] ?? whole.reporter };
  });
  return { drafts: made, sentence: sentence.index };
}

/**
 * fact_id: `${article_id}:${sentence_index}:${k}`, k the order of the fact in its sentence (readable, but it moves
 * when a sentence is added before or a rule finds one more fact); fact_key: what corrections target (fact-key.ts).
 */
function numbered(facts: ExtractedFact[]): ExtractedFact[] {
  const counts = new Map<number, number>();
  const ided = facts.map((f) => {
    const k = counts.get(f.sentence_index) ?? 0;
    counts.set(f.sentence_index, k + 1);
    return { ...f, fact_id: `${f.article_id}:${f.sentence_index}:${k}` };
  });
  return withFactKeys(ided);
}

/**
 * Whether a draft is a part of the whole that ends at `wholeEnd` in its sentence: marked a part by its finder or
 * frame, or opened by "including", "among them", "of whom" after the whole.
 */
function breaksDown(s: string, d: Draft, wholeEnd: number | undefined): boolean {
  if (wholeEnd === undefined || d.figStart < wholeEnd) return false;
  return !!d.part || ((d as { frame?: string }).frame ?? '').startsWith('part/') || PART_OPENS.test(s.slice(wholeEnd, d.figStart));
}

/**
 * A change of control stated without a count over a whole area ("pushes on into X province", "the areas the
 * SDF took in X") restates a counted one over the same area ("moved 15km into X province") in the headline or
 * a nearby sentence: keep the counted one.
 */
function withoutRestatements(facts: ExtractedFact[]): ExtractedFact[] {
  const areaOnly = (f: ExtractedFact) =>
    f.place_mentions.length > 0 && f.place_mentions.every((p) => ['province', 'country', 'area'].includes(p.feature_hint) || isGovernorate(p.text));
  const placeKey = (f: ExtractedFact) => f.place_mentions.map((p) => foldName(p.text)).sort().join(';');
  const close = (a: ExtractedFact, b: ExtractedFact) => a.sentence_index <= 1 || Math.abs(a.sentence_index - b.sentence_index) <= 3;
  return facts.filter(
    (f) =>
      !(f.kind === 'territory' && !f.quantity && areaOnly(f)) ||
      !facts.some((o) => o !== f && o.kind === 'territory' && o.category === f.category && o.quantity && placeKey(o) === placeKey(f) && close(f, o)),
  );
}

/** Words before a name that opens a sentence as its subject: "The town of", "The strategic". */
const OPENER = /^\s*(?:the\s+(?:[\p{Ll}\-]+\s+){0,2}(?:(?:town|city|village)\s+of\s+)?)?$/iu;

/** "the villages of A and B": the sentence's last two names when the second is joined to the first by "and". */
function lastPair(s: string, places: PlaceHit[]): PlaceHit[] | null {
  const [a, b] = places.slice(-2);
  return a && b && places.length === 2 && !a.near && !b.near && /^\s+and\s+$/.test(s.slice(a.end, b.start)) ? [a, b] : null;
}

function shift(p: PlaceHit, by: number): PlaceMention {
  return { text: p.text, start: p.start + by, end: p.end + by, feature_hint: p.feature_hint, admin_hint: p.admin_hint, near: p.near };
}

/**
 * "312 deaths in June, 208 in July and 95 in August": a figure of a list that shares another's noun and verb, its own
 * time phrase right after it, is dated by that phrase, not by the phrase nearest the shared words. "killed five in A on
 * Monday and three in B on Tuesday": the member's own place may stand between its figure and its time.
 */
function figuresOwnTime(s: string, times: ReturnType<typeof findTimes>, d: Draft): ReturnType<typeof findTimes>[number] | null {
  // A list member's span runs from the shared words to its own figure; a listed place of a capture is marked a member.
  const end = d.member?.end ?? (d.figStart > d.cueStart && d.figEnd >= d.cueEnd ? d.figEnd : null);
  if (end === null) return null;
  return times.find((t) => t.start >= end && OWN_TIME_GAP.test(s.slice(end, t.start)) && !t.reportDate && !t.dateline) ?? null;
}
/** Between a list member's figure and its own time: nothing, or its own place ("three in Saraqeb on Tuesday"). */
const OWN_TIME_GAP = /^(?:\s+(?:(?:more|others)\s+)?(?:in|at|near|around)\s[^,.;:()\d]{1,60}?)?\s+$/;

function toFact(
  article: IngestedArticle,
  sentence: Sentence,
  s: string,
  d: Draft,
  reporters: string[],
  times: ReturnType<typeof findTimes>,
  time_context: string[],
): ExtractedFact {
  const cumulative = !d.rate && ((d.kind !== 'territory' || !!d.quantity) && d.cumulative || runningTotal(s.slice(Math.max(0, d.cueStart - 60), d.cueEnd) + ownAfter(s, d.cueEnd)));
  const usable = cumulative ? times.filter((t) => !namesIncident(s, t)) : times;
  const time = d.ownTime ?? figuresOwnTime(s, usable, d) ?? pickTime(s, usable, { start: d.cueStart, end: d.cueEnd });
  if (time) time_context = [...time_context, ...earlierStoryTimes(times, s, time)];
  const place_mentions = [...d.places.map((p) => shift(p, sentence.start)), ...(d.articlePlaces ?? [])];
  return {
    fact_id: '',
    article_id: article.article_id,
    kind: d.kind,
    category: d.category,
    group: d.group,
    actor_text: d.actor_text,
    quantity: d.quantity,
    unit: d.unit,
    count_phrase: d.count_phrase,
    place_mentions: uniquePlaces(place_mentions),
    time_phrase: time?.text ?? d.wholeTime ?? '',
    time_context,
    end_phrase: statementTime(s, times, time, d.figStart),
    ...inferredCertainty(certaintyOf(s, d.figStart, d.cueStart, d.cueEnd), d),
    cumulative: cumulative || !d.rate && (d.kind !== 'territory' || !!d.quantity) && !!time?.since,
    reporter_texts: reporters,
    quote: s,
    sentence_index: sentence.index,
    char_start: sentence.start,
    char_end: sentence.end,
    figure_start: sentence.start + d.figStart,
    figure_end: sentence.start + d.figEnd,
    cue_start: sentence.start + d.cueStart,
    cue_end: sentence.start + d.cueEnd,
    ...nationOf(s, d),
  };
}

/** A figure the clause-level backoff read is `inferred`, whatever hedge its clause has (kept in `hedge`). */
function inferredCertainty(c: ReturnType<typeof certaintyOf>, d: Draft): ReturnType<typeof certaintyOf> {
  return d.inferred ? { ...c, certainty: 'inferred' } : c;
}

/** A casualty figure's fighters counted as people for their nation's name ("30 Iraqi soldiers"): that name, for normalize. */
function nationOf(s: string, d: Draft): { group_nation?: string } {
  if (d.kind !== 'casualty' || d.group !== 'people' || !d.quantity) return {};
  const q = { start: d.figStart, end: d.figEnd, phrase: d.count_phrase, numStart: d.figStart, numEnd: d.figEnd, ...d.quantity, modifier: d.quantity.modifier || 'exact' };
  const nation = forcesNation(s, q);
  return nation ? { group_nation: nation } : {};
}

/**
 * An event fact whose time phrase is the report's day alone ("said on Monday", a dateline's day): a lead's such fact
 * waits for the event's day as an undated one does (`DateContext.datedByLead`). Not a total or a stock, which are
 * counted on the day they are stated.
 */
function waitsForEvent(fact: ExtractedFact, times: TimeHit[]): boolean {
  const hit = times.find((t) => t.text === fact.time_phrase);
  return hit !== undefined && hit.reportDate && !hit.since && !hit.background && !fact.cumulative && fact.category !== 'idps_stock';
}

/**
 * "The death toll from Sunday's shelling rose to 23, the ministry said on Tuesday": a possessive date names the
 * incident a running total counts from, not the day of the total, which is the statement's (or the report's) day.
 */
const POSSESSIVE = /^['’]s\b/;
function namesIncident(s: string, t: { end: number }): boolean {
  return POSSESSIVE.test(s.slice(t.end));
}

/** The words after a predicate that may still say it is a running total: not a next clause that adds to a total. */
function ownAfter(s: string, from: number): string {
  return s.slice(from, from + 60).split(/,\s*(?:bringing|raising|taking|pushing)\b/i)[0]!;
}

/** A fact of a Title Case line read lower-cased, its words given back as the line writes them. */
function asWrittenFact(fact: ExtractedFact, text: string, read: string, written: string): void {
  fact.quote = written;
  for (const key of ['actor_text', 'count_phrase', 'time_phrase'] as const) fact[key] = asWritten(fact[key], read, written);
  fact.reporter_texts = fact.reporter_texts.map((r) => asWritten(r, read, written));
  // A place's offsets are the article's: its text is read back from there.
  fact.place_mentions = fact.place_mentions.map((p) => (fact.char_start <= p.start && p.end <= fact.char_end ? { ...p, text: text.slice(p.start, p.end) } : p));
}

function uniquePlaces(places: PlaceMention[]): PlaceMention[] {
  const seen = new Set<string>();
  return places.filter((p) => {
    const key = `${p.start}:${p.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The drafts of a line-level reader (a key-figures panel, a table's row) whose figures no finder of the sentence read. */
function unread(extra: Draft[] | undefined, drafts: Draft[]): Draft[] {
  return (extra ?? []).filter((p) => !drafts.some((d) => sameFigure(d, p)));
}

/**
 * Frame facts for figures the cue finders did not read: where both read a figure, the cue finders' fact stands, except
 * that a part by place ("including 190 in A, 150 in B") or a member of a list by place ("11 in A and 7 in B") knows its
 * own place better than the whole sentence's. A draft's member is read too: "one more village" inside a running
 * tally ("took one more village, the 11th this month") is the tally's.
 */
function newFigures(drafts: Draft[], framed: FrameDraft[]): Draft[] {
  return framed.filter((f) => {
    const same = drafts.find((d) => sameFigure(d, f) || (d.member && sameFigure({ figStart: d.member.start, figEnd: d.member.end }, f)));
    if (same && (f.frame === 'part/place' || f.listed) && same.category === f.category) same.places = f.places;
    return !same;
  });
}

/** "other", "more" or "additional" right after a figure, but not a comparison ("more than"). */
const ADDED_AFTER = /^\s+(?:others?|additional|more(?!\s+than\b))\b/i;

let otherEvent: RegExp | null = null;

/**
 * "in another attack", "in a separate strike", "in a second raid": the sentence tells of an event other than one told
 * before, so its figure is no retelling of an earlier one with the same count (nlp's incident and combat nouns).
 */
function tellsOtherEvent(quote: string): boolean {
  otherEvent ??= otherEventPattern();
  return otherEvent.test(quote);
}

function otherEventPattern(): RegExp {
  return new RegExp(String.raw`\b(?:another|a\s+(?:separate|second|further|different))\s+(?:[a-z-]+\s+)?(?:${alternation(eventNouns())})\b`, 'i');
}

/** The folded names of a fact's towns and villages: not a governorate, a country, a province or an area. */
function towns(f: ExtractedFact): string[] {
  return f.place_mentions.filter((p) => !isGovernorate(p.text) && !COUNTRY_SET.has(p.text) && !['province', 'country', 'area'].includes(p.feature_hint)).map((p) => foldName(p.text));
}

/** The restatement places the figure better: it names towns the first mention lacks, or places where it names none. */
function placesAdded(kept: ExtractedFact, restated: ExtractedFact): boolean {
  if (!restated.place_mentions.length) return false;
  return !kept.place_mentions.length || (!towns(kept).length && towns(restated).length > 0);
}

/**
 * Same kind, category, group, figure and unit is the same fact (a headline restated in the body), unless the later
 * one says it is another ("another seven died"), both name towns or villages and none is shared ("seven died in A",
 * "seven died in B"), both name first-level regions and none is shared, or both are dated and neither time phrase
 * contains the other ("on 3 May", "on 5 May"). A governorate or a country contains towns, so it never tells a town's
 * fact from a region's. A capture without
 * a count is identified by its places and its date. A vague word ("thousands") is the same fact only with the same time phrase.
 */
function sameFact(a: ExtractedFact, b: ExtractedFact): boolean {
  if (figureKey(a) !== figureKey(b)) return false;
  // "Aleppo governorate" and "Aleppo city" are two places with one name: a region's gain restates no city's.
  if (a.kind === 'territory' && regionAndCity(a, b)) return false;
  // A place taken, lost and retaken: captures of the same places on different dates, or by different sides, are two facts.
  if (!a.quantity) return !differentDates(a, b) && !(a.kind === 'territory' && (differentSides(a.actor_text, b.actor_text) || twoSubjects(a, b)));
  if (/\b(?:another|a\s+further|further)\s+$/i.test(b.quote.slice(0, b.figure_start - b.char_start))) return false;
  if (b.quote !== a.quote && tellsOtherEvent(b.quote) && !tellsOtherEvent(a.quote)) return false;
  // "Five other people died", "three more soldiers were killed": the word after the figure says it is another count.
  if (ADDED_AFTER.test(b.quote.slice(b.figure_end - b.char_start))) return false;
  // A monitor's tally by perpetrator: "ISIS killed 4 civilians", "Kurdish-led forces killed 4 civilians" are two facts;
  // so are "the rebels captured a village" and "the army captured a village".
  if (differentSides(a.actor_text, b.actor_text)) return false;
  const ta = towns(a);
  const tb = towns(b);
  if (ta.length && tb.length && !ta.some((p) => tb.includes(p))) return false;
  // "Two died in the Sumy region and one in the Odesa region. One man was killed in the Kherson region": one figure in
  // two first-level regions is two facts; neither region holds the other.
  const ga = governorates(a);
  const gb = governorates(b);
  if (ga.length && gb.length && !ga.some((p) => gb.includes(p))) return false;
  return !differentDates(a, b);
}

/**
 * The folded names of a fact's first-level regions: a governorate, or a pack's admin1 name written as a region ("the
 * Kherson region", "Zabul province", "Sokoto State"); a bare "Kherson" may be the city.
 */
function governorates(f: ExtractedFact): string[] {
  const region = (p: PlaceMention) => isGovernorate(p.text) || (namesAdmin1(p.text) && ['province', 'area'].includes(p.feature_hint));
  return f.place_mentions.filter(region).map((p) => foldName(p.text));
}

/**
 * "Al-Shabaab captured X before troops retook it": one sentence's two captures of a place by two subjects are two
 * events, though the registry knows neither as a side ("troops", "the coalition"); not a subject restated in other
 * words ("ISIL" and "ISIL fighters").
 */
function twoSubjects(a: ExtractedFact, b: ExtractedFact): boolean {
  if (a.article_id !== b.article_id || a.sentence_index !== b.sentence_index || !a.actor_text || !b.actor_text) return false;
  const [x, y] = [foldName(a.actor_text.replace(/^the\s+/i, '')), foldName(b.actor_text.replace(/^the\s+/i, ''))];
  return x !== y && !x.includes(y) && !y.includes(x) && !sameSide(a.actor_text, b.actor_text);
}

/**
 * A heading's territory fact ("Capture of Maskanah", "Fall of Kidal") that a sentence of its section restates ("On 3
 * June, the army captured Maskanah"): the same change of control of the same place, by no other side. The heading
 * named no date or side; the restatement, which replaces it, names both.
 */
function headingRestated(heading: ExtractedFact, b: ExtractedFact): boolean {
  if (b.kind !== 'territory' || b.sentence_index === heading.sentence_index || !headingPlacesTold(heading, b)) return false;
  if (regionAndCity(heading, b)) return false;
  // "took Maskanah's train station" takes a part of the town: the heading's capture is still to come.
  const possessive = b.place_mentions.some((p) => b.quote.includes(`${p.text}'s`) || b.quote.includes(`${p.text}’s`));
  return !possessive && !differentSides(heading.actor_text, b.actor_text);
}

/**
 * The restatement tells the heading's change of control of all its places, maybe with more ("Capture of X" over "the
 * army captured X and the village of Y"): a count or another kind, category or group is another fact.
 */
function headingPlacesTold(heading: ExtractedFact, b: ExtractedFact): boolean {
  if (figureKey(heading) === figureKey(b)) return true;
  if (heading.quantity || b.quantity || !heading.place_mentions.length) return false;
  const sameKind = (f: ExtractedFact) => [f.kind, f.category, f.group, f.unit].join('|');
  if (sameKind(heading) !== sameKind(b)) return false;
  const told = new Set(b.place_mentions.map(placeKey));
  return heading.place_mentions.every((p) => told.has(placeKey(p)));
}

/**
 * "Strikes kill eight near Gharyan" over "Eight fighters allied to the government were killed": a title's casualty
 * figure of unnamed people is the body's same figure of a named group, restated.
 */
function titleRestated(a: ExtractedFact, b: ExtractedFact, title: number): boolean {
  if (a.sentence_index !== title || b.sentence_index === title || a.kind !== 'casualty' || a.group !== 'people' || b.group === 'people') return false;
  return sameFact({ ...a, group: b.group }, b);
}

/**
 * "763 civilians killed in first three months of 2018" over a body's "from 1 January to 31 March 2018, UNAMA documented
 * ... 763 deaths": the title's count restated in the body, both dated in the same year(s) in other words, is one fact.
 */
function titleSameYear(a: ExtractedFact, b: ExtractedFact, title: number): boolean {
  if (a.sentence_index !== title || b.sentence_index === title || !a.quantity || figureKey(a) !== figureKey(b)) return false;
  const years = (f: ExtractedFact) => [...new Set(f.time_phrase.match(/\b(?:19|20)\d{2}\b/g) ?? [])].sort().join();
  return years(a) !== '' && years(a) === years(b);
}

/**
 * A report ("Situation Report", "Humanitarian Update") whose title names no place but countries: the whole country's.
 * A compass word before the country ("North-west Syria: Flash Update", "Eastern Ukraine: Situation Report") names a
 * region of it, whose places the lead goes on to name: that report is the region's.
 */
function countryWideReport(article: IngestedArticle): boolean {
  const title = article.title.trim() || article.sentence_list[0]?.text || '';
  if (!namesReportKind(title) || !findPlaces(title).every((p) => COUNTRY_SET.has(p.text))) return false;
  const wordBefore = (at: number) => title.slice(0, at).trim().split(/\s+/).pop() ?? '';
  return !countryOf(title).some((c) => COMPASS_ALONE.test(wordBefore(c.start)));
}

/**
 * The article's title when its metadata (front matter, a manifest) states it and the body does not open with it, else
 * ''. A title the body repeats is read there, as the body's first line.
 */
function metadataOnlyTitle(article: IngestedArticle): string {
  const title = article.title.trim();
  const stated = (article.metadata_evidence ?? []).some((e) => e.startsWith('title:'));
  const plain = (t: string) => t.replace(/[*_#]/g, '').trim().toLowerCase();
  const first = article.sentence_list[0]?.text ?? '';
  return stated && title !== '' && !plain(first).startsWith(plain(title)) ? title : '';
}

/** The index of the title's sentence: the one that is the article's title (a date line may stand above it), else the first. */
function titleSentence(article: IngestedArticle): number {
  const title = article.title.trim();
  return article.sentence_list.find((s) => title !== '' && s.text.trim() === title)?.index ?? 0;
}

function regionAndCity(a: ExtractedFact, b: ExtractedFact): boolean {
  const hints = (f: ExtractedFact) => f.place_mentions.map((p) => p.feature_hint);
  const city = (h: string) => h === 'city' || h === 'town';
  return (hints(a).includes('province') && hints(b).some(city)) || (hints(b).includes('province') && hints(a).some(city));
}

/**
 * Both dated, and neither time phrase contains the other ("on 3 May", "on 5 May"); a fact without a phrase of its own
 * is dated by the story's (its time context).
 */
function differentDates(a: ExtractedFact, b: ExtractedFact): boolean {
  const da = dated(a.time_phrase || storyDate(a));
  const db = dated(b.time_phrase || storyDate(b));
  if (!da || !db) return false;
  // "On the next day, the army took X. After it secured X, ...": an undated fact whose story has not moved since a
  // dated one is dated by that one's phrase.
  if (datedBy(b, a) || datedBy(a, b)) return false;
  // "the next day" in one paragraph and "the next day" in another are two days: a phrase read against the story's
  // date says nothing by its words alone once the two facts stand in different sentences.
  if (a.sentence_index !== b.sentence_index && (RELATIVE_DAY.test(da) || RELATIVE_DAY.test(db))) return true;
  return !da.includes(db) && !db.includes(da);
}

function datedBy(undated: ExtractedFact, dated: ExtractedFact): boolean {
  return !undated.time_phrase && !!dated.time_phrase && storyChain(undated).at(-1) === dated.time_phrase;
}

/**
 * The story's phrases before a fact, without the title's period: normalize keeps that only for a periodic report, so
 * whether two facts are one is not decided by it.
 */
function storyChain(f: ExtractedFact): string[] {
  return f.time_context.filter((p, k, all) => p !== TITLE_PERIOD_MARK && all[k - 1] !== TITLE_PERIOD_MARK);
}

/** A day named only by where the story stands: "the next day", "the same day", "two days later", "that evening". */
const DAY_PART = '(?:day|night|morning|afternoon|evening)';
const RELATIVE_DAY = new RegExp(String.raw`\b(?:next|following|same|previous|preceding|that)\s+${DAY_PART}\b|\b(?:days?|weeks?)\s+later\b`);

function storyDate(f: ExtractedFact): string {
  return storyChain(f).filter((p) => p !== PARAGRAPH_MARK && p !== SECTION_MARK && p !== DATELINE_MARK && p !== CAMPAIGN_START_MARK && p !== PRIOR_SECTION_MARK).join(' ');
}

/** A time phrase folded without its preposition ("On 3 May" -> "3 may"), so "in January 2018" contains "in January". */
function dated(phrase: string): string {
  const folded = foldName(phrase).replace(/^(?:on|in|at|since|during|by)\s+/, '');
  return folded;
}

// Facts are compared with every fact kept before them: each one's key is computed once.
const figureKeys = new WeakMap<ExtractedFact, string>();

function figureKey(f: ExtractedFact): string {
  let key = figureKeys.get(f);
  if (key === undefined) figureKeys.set(f, (key = computeFigureKey(f)));
  return key;
}

/** A place's name folded; ground at or around a place ("a highway through X", "villages near X") is not the place itself. */
function placeKey(p: PlaceMention): string {
  return foldName(p.text) + (p.near ? '~' : '');
}

function computeFigureKey(f: ExtractedFact): string {
  const q = f.quantity;
  const places = f.place_mentions.map(placeKey).sort().join(';');
  const figure = q ? `${q.value ?? ''}|${q.vague_word}${q.vague_word ? `|${foldName(f.time_phrase)}` : ''}` : places;
  return [f.kind, f.category, f.group, f.unit, figure].join('|');
}

/**
 * The sentence with the dateline that opens it blanked out (same length, so offsets stay); a sentence that ends before
 * the dateline (the title) is left whole.
 */
function withoutDateline(s: string, sentenceStart: number, datelineEnd: number): string {
  const inside = datelineEnd > sentenceStart && datelineEnd <= sentenceStart + s.length;
  return inside ? maskSpans(s, [{ start: 0, end: datelineEnd - sentenceStart }]) : s;
}
