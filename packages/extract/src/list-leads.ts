/**
 * A list by place under a lead line, as situation reports set figures out: "Newly displaced people by sub-district as
 * of 5 February:" then "- Dana: 12,000" and "- Maaret Tamsrin: 7,500". The lead names the category in its words
 * before "by"/"per" (read as a report's label is: frames.ts through labelCategory) and says the list goes by place
 * (a noun of data/list-leads.csv: district, camp, state ...); each item that follows is a place name, a colon or
 * dash and a figure: one fact per item, in the lead's category and unit. The lead holds until a line that is no item.
 */
import type { Group } from '@frontline/schema';
import type { Token } from '@frontline/nlp';
import { tokenize } from '@frontline/nlp';
import { parseRegistry } from '@frontline/schema';
import { escapeRe } from '@frontline/nlp/dates';
import type { Attachment } from './frame-parts.ts';
import { readDataFile } from './data.ts';
import type { Draft } from './draft.ts';
import { agentAt, KIND_OF } from './figures.ts';
import { labelCategory } from './frame-finder.ts';
import { nounHead, readHead } from './nouns.ts';
import { AGENT_BY, BULLET_MARK } from './text.ts';
import { findQuantities, quantityOf } from './numbers.ts';
import type { QuantityHit } from './numbers.ts';
import type { PlaceHit } from './places.ts';
import { SOURCE_WORDS } from './label-sources.ts';

type Lead = Pick<Attachment, 'category' | 'group' | 'unit'> & { actor?: string };

const FILE = 'list-leads.csv';
let byPlace: RegExp | null = null;

/** Parses the table's text (a broken row stops the stage with its line). */
export function parseListLeads(text: string, file = FILE): string[] {
  return parseRegistry(text, file, ['word', 'example']).map((r) => r.word!.toLowerCase());
}

/** "by sub-district", "per camp", "by area of origin": the words that say a list goes by place. */
function placeKinds(): RegExp {
  if (byPlace) return byPlace;
  // Read once: the lead test runs on every sentence.
  byPlace = new RegExp(String.raw`\s+(?:by|per|in\s+each|for\s+each)\s+(?:(?:\p{L}+)\s+(?:of\s+)?)?(?:${placeWords()})s?\b`, 'iu');
  return byPlace;
}

/** The table's place nouns as one alternation, escaped. */
function placeWords(): string {
  return parseListLeads(readDataFile(FILE)).map(escapeRe).join('|');
}

/** Words a lead's label may have before "by": more is a sentence, not a lead. */
const LEAD_WORDS = 6;

/** The category, group and unit a lead line names, or null when the line is no lead of a list by place. */
export function listLead(s: string): Lead | null {
  const line = s.trim();
  if (!line.endsWith(':') || line.length > 200) return null;
  const by = placeKinds().exec(line);
  if (!by) return null;
  const label = tokenize(line.slice(0, by.index)).filter((t) => t.pos !== 'PUNCT');
  if (label.length > LEAD_WORDS || label.some((t) => t.pos === 'NUM')) return null;
  return labelCategory(label as Token[]);
}

/** A list item's optional bullet, as report lists mark their items. */
export const BULLET = String.raw`(?:${BULLET_MARK}\s*)?`;

/** "- Dana: 12,000", "• Maaret Tamsrin – 7,500 people": a name, a colon or dash, a figure and at most its noun. */
const ITEM = new RegExp(String.raw`^(\s*${BULLET})(\p{Lu}[\p{L}'’\-]*(?:\s+[\p{L}'’\-]+){0,4}?)\s*[:–—]\s*(.+?)\s*\.?$`, 'du');

/** The draft of a list item under a lead, or null when the line is no item (then the list has ended). */
export function listItem(s: string, lead: Lead): Draft | null {
  const m = ITEM.exec(s);
  if (!m) return null;
  const name = m[2]!;
  // "Women: 300", "Deaths: 12": a label that names people or a category is no place.
  if (nounHead(name) || labelCategory(tokenize(name.toLowerCase()))) return null;
  const at = m.indices![3]![0];
  const rest = m[3]!;
  const q = findQuantities(rest)[0];
  if (!q || q.value === null || q.start !== 0) return null;
  const noun = readHead(rest, q);
  if (noun && noun.unit !== 'persons' && noun.unit !== 'families' && noun.unit !== 'households') return null;
  // "Kadugli: 310 households (1,720 people)": the persons the households number are the line's figure.
  const persons = noun && noun.unit !== 'persons' ? personsInBracket(rest, noun.end) : null;
  if (!persons && rest.slice(noun?.end ?? q.end).trim() !== '') return null;
  const start = m[1]!.length;
  const draft = persons
    ? labelledDraft({ ...lead, unit: 'persons' }, persons, at, start)
    : labelledDraft({ ...lead, unit: noun?.unit ?? lead.unit }, q, at, start);
  return { ...draft, places: [{ text: name, start, end: start + name.length, feature_hint: '', admin_hint: '', near: false, cue: '' }] };
}

/** "(1,720 people)" closing the line right after a count of households or families: the persons' figure, or null. */
function personsInBracket(rest: string, from: number): QuantityHit | null {
  const open = /^\s*\(\s*/u.exec(rest.slice(from));
  if (!open) return null;
  const at = from + open[0].length;
  const q = findQuantities(rest.slice(at))[0];
  if (!q || q.value === null || q.start !== 0) return null;
  const noun = readHead(rest.slice(at), q);
  if (noun?.unit !== 'persons' || !/^\s*\)\s*$/u.test(rest.slice(at + noun.end))) return null;
  return { ...q, start: at + q.start, end: at + q.end, numStart: at + q.numStart, numEnd: at + q.numEnd };
}

/** Words a lead that names what moved may have: "Newly displaced families since the floods began:". */
const MOVED_WORDS = 12;

/**
 * "Displacement after the clashes in Upper Nile:", "Newly displaced people:": a lead line that names displacement but
 * not its list's kind; the lines under it that name a place the place finder reads are a list by place.
 */
export function movedLead(s: string): Lead | null {
  const line = s.trim();
  if (!line.endsWith(':')) return null;
  const words = tokenize(line.slice(0, -1));
  if (words.length > MOVED_WORDS || words.some((t) => t.pos === 'NUM')) return null;
  const cut = words.findIndex((t) => t.pos === 'ADP');
  const named = labelCategory((cut > 0 ? words.slice(0, cut) : words).filter((t) => t.pos !== 'PUNCT') as Token[]);
  return named && KIND_OF[named.category] === 'displacement' ? named : null;
}

/**
 * The draft of a figure a label names ("IDPs: 3,000 families", a key-figures panel's "1.3M" over "People displaced"):
 * the label's category, group and unit; the figure at `at` in its sentence; the cue from `cueStart` to the figure's end.
 */
export function labelledDraft(named: Pick<Attachment, 'category' | 'group' | 'unit'>, q: QuantityHit, at: number, cueStart: number): Draft {
  const kind = KIND_OF[named.category];
  return {
    kind,
    category: named.category,
    group: kind === 'casualty' ? named.group || 'people' : '',
    quantity: quantityOf(q),
    unit: named.unit ?? 'persons',
    count_phrase: q.phrase,
    figStart: at + q.start,
    figEnd: at + q.end,
    cueStart,
    cueEnd: at + q.end,
    places: [],
    actor_text: '',
    cumulative: false,
  };
}

/** "Killed by Russian forces:", "Killed at the hands of ISIS:": the words before a table's perpetrator. */
const AGENT_BY_WORD = new RegExp(String.raw`\b${AGENT_BY}`, 'i');

/**
 * The category a lead of a casualty table by victims names ("Civilian deaths in Deir ez-Zor in April:", "Killed by
 * regime forces:"): a short label before the first preposition, ending the line with a colon; null otherwise.
 */
export function groupLead(s: string): Lead | null {
  const line = s.trim();
  // "Civilian deaths at the hands of government forces": a table's heading copied from a web page keeps no colon;
  // its perpetrator and its lack of a full stop tell it from a sentence.
  const heading = !line.endsWith(':') && !/[.!?;,]$/.test(line) && AGENT_BY_WORD.test(line);
  if ((!line.endsWith(':') && !heading) || line.length > 120) return null;
  const words = tokenize(line.endsWith(':') ? line.slice(0, -1) : line);
  const cut = words.findIndex((t) => t.pos === 'ADP');
  const label = (cut < 0 ? words : words.slice(0, cut)).filter((t) => t.pos !== 'PUNCT');
  if (!label.length || label.length > LABEL_WORDS || words.some((t) => t.pos === 'NUM')) return null;
  const named = labelCategory(label as Token[]);
  // "Casualties in X:" counts the killed and the injured together: no one category for its items.
  if (!named || KIND_OF[named.category] !== 'casualty' || named.frame.licensed_by === 'cause') return null;
  // "Killed by Russian forces:": the table's perpetrator, shared by its items.
  const by = AGENT_BY_WORD.exec(line);
  return { ...named, actor: by ? agentAt(line, by.index + by[0].length) : '' };
}

/**
 * "The majority of people moved into/within the following governorates and districts:": a lead that names no category
 * of its own but lists by place ("the following" and a place noun of data/list-leads.csv) the figure of a sentence just
 * before it ("DTM tracked 202 households displaced ..."), as tracking dashboards set out arrivals and departures. Its
 * items are that figure's parts: its category and unit, each with its place.
 */
export function followingLead(s: string, whole: Draft | null): Lead | null {
  const line = s.trim();
  if (!whole || line.length > 200 || !followingKinds().test(line)) return null;
  return { category: whole.category, group: whole.group, unit: whole.unit || 'persons' };
}

let following: RegExp | null = null;
/**
 * "the following governorates and districts:", "the following locations": the end of a lead of a list by place, its
 * colon often dropped when the lead is a line of its own.
 */
function followingKinds(): RegExp {
  if (following) return following;
  const kind = String.raw`(?:${placeWords()})s?`;
  following = new RegExp(String.raw`\bthe\s+following\s+${kind}(?:\s*(?:,|and|or|/)\s*${kind})*\s*:?$`, 'iu');
  return following;
}

/**
 * "Marib (48 HHs) – Marib City (33 HHs), Harib (1 HH) districts.": an item of such a list, a place and its figure in
 * brackets, then, after a dash, the figure's own breakdown by smaller places (left to the reader: the item's figure is
 * the fact).
 */
const BRACKETED_ITEM = new RegExp(String.raw`^(\s*${BULLET})(\p{Lu}[\p{L}'’\-]*(?:\s+[\p{L}'’\-]+){0,4}?)\s*\(([^()]+)\)\s*(?:[–—-]\s*[^.]*)?\.?$`, 'du');

/** The draft of a bracketed item under a lead, or null when the line is no such item. */
export function bracketedItem(s: string, lead: Lead): Draft | null {
  const m = BRACKETED_ITEM.exec(s);
  if (!m || nounHead(m[2]!) || labelCategory(tokenize(m[2]!.toLowerCase()))) return null;
  const at = m.indices![3]![0];
  const inside = m[3]!;
  const q = findQuantities(inside)[0];
  if (!q || q.value === null || inside.slice(0, q.start).trim() !== '') return null;
  const noun = readHead(inside, q);
  if (inside.slice(noun?.end ?? q.end).trim() !== '' || (noun && noun.unit !== 'persons' && noun.unit !== 'families' && noun.unit !== 'households')) return null;
  const start = m[1]!.length;
  const name = m[2]!;
  const draft = labelledDraft({ ...lead, unit: noun?.unit ?? lead.unit }, q, at, start);
  return { ...draft, part: true, places: [{ text: name, start, end: start + name.length, feature_hint: '', admin_hint: '', near: false, cue: '' }] };
}

/** A list's sum ("Total: 6,750") or a source's line ("UN estimate: 900") names no place. */
const NO_PLACE = new RegExp(String.raw`^\s*(?:(?:grand\s+|sub-?)?total|overall)\b|\b(?:${SOURCE_WORDS})\b`, 'iu');

/**
 * An item of a list under a lead that names what moved: a name, then by colon, dash or bracket its figure. A bare
 * name at a line's start has no cue for the place finder; the name stands as the place (normalize resolves it, as for
 * a list by place), unless it names a sum or a source.
 */
function placedItem(s: string, lead: Lead, places: PlaceHit[]): Draft | null {
  const item = listItem(s, lead) ?? bracketedItem(s, lead);
  const name = item?.places[0];
  if (!item || !name || NO_PLACE.test(name.text)) return null;
  const known = places.find((p) => p.start <= name.start && p.end > name.start);
  return { ...item, part: false, places: [known ?? name] };
}

/** A casualty table's label is a few words ("Civilian deaths"), as a report's label line is. */
const LABEL_WORDS = 4;

/**
 * An item of a table by victims may name its people at length, as monitors' monthly tolls do ("Loyalists to the regime
 * forces of non-Syrian citizens: 10"): any words up to the colon or dash, since the item must still end in a bare
 * figure and its words must name a group of the schema.
 */
const GROUP_ITEM = new RegExp(String.raw`^(\s*${BULLET})(\p{Lu}[^:;–—\n]{0,200}?)\s*[:–—]\s*(.+?)\s*\.?$`, 'du');

/** A line of a table's item shape: words, a colon or dash, one bare figure. */
function itemShaped(s: string): boolean {
  const m = GROUP_ITEM.exec(s);
  const q = m ? findQuantities(m[3]!)[0] : undefined;
  return q !== undefined && q.value !== null && q.start === 0 && m![3]!.slice(q.end).trim() === '';
}

/**
 * What may follow an item's figure: nothing, or its noun of people and a breakdown that a nested list spells out
 * ("Civilians: 61 persons, including nine children, and they are as follows:") or that a bracket holds ("Civilians:
 * 1,204 (including 312 children)").
 */
const PERSONS = String.raw`(?:(?:persons|people|individuals)\b)?`;
const BREAKDOWN = String.raw`(?:including|among\s+them)`;
const ITEM_TAIL = new RegExp(String.raw`^\s*${PERSONS}\s*(?:,\s*${BREAKDOWN}\b.*|\(\s*${BREAKDOWN}\b[^()]*\))?$`);
/**
 * "(including 312 children and 90 women)": a bracketed breakdown right after an item's figure, its parts inside; or
 * the same set off by a comma when it closes the line ("Civilians: 1,204, including 312 children"). A breakdown that
 * a nested list spells out ("..., including nine children, and they are as follows:") ends in a colon and is left to
 * that list.
 */
const BRACKETED_PARTS = new RegExp(String.raw`^\s*${PERSONS}\s*(?:\(\s*${BREAKDOWN}\s+([^()]*)\)|,\s*${BREAKDOWN}\s+([^():;]*?))\s*\.?$`, 'd');

/**
 * A row of a web table copied as a line, its cells joined by a space: "Of which children 182 (7 per day)", "Civilian
 * death toll 651 civilians". A label of a few words, the figure, at most a noun of persons and a bracketed aside.
 */
const ROW = new RegExp(String.raw`^(\s*${BULLET})(\p{Lu}\p{L}*(?:\s+\p{L}+){0,4}?)\s+(\d[\d,]*(?:\s+\p{L}+)?)\s*(?:\([^()]*\))?\s*$`, 'du');
/** "Of which children", "Among them women": the words that make a row a part of the row before it. */
const PART_OF = /^(?:of\s+(?:which|whom|them)|among\s+(?:them|whom)|including)\s+/i;

/** A row of a table by victims: its group from its label ("Of which children") or, for the whole, from its noun. */
function groupRow(s: string, lead: Lead): Draft | null {
  const m = ROW.exec(s);
  if (!m) return null;
  const label = m[2]!.replace(PART_OF, '');
  // "Civilian death toll 651 civilians": the lead's category named again, its victims in the label or after the figure.
  const whole = labelCategory(tokenize(label.toLowerCase()));
  const victims = whole ? null : nounHead(label);
  const group = victims?.unit === 'persons' ? victims.group : whole?.category === lead.category ? whole.group || rowVictims(m[3]!) : '';
  if (!group || group === 'people') return null;
  const at = m.indices![3]![0];
  const q = findQuantities(m[3]!)[0];
  if (!q || q.value === null || q.start !== 0) return null;
  return itemDraft(lead, group, q, at, m[1]!.length);
}

/** "651 civilians": the group of the noun after a row's figure, if any. */
function rowVictims(cell: string): Group | '' {
  const noun = nounHead(cell.replace(/^[\d,]+/, ''));
  return noun?.unit === 'persons' ? noun.group : '';
}

/** The fact of a table's item: the lead's category and perpetrator, the item's group, figure and line start. */
function itemDraft(lead: Lead, group: Group, q: QuantityHit, at: number, start: number): Draft {
  return {
    kind: 'casualty', category: lead.category, group, unit: 'persons',
    quantity: quantityOf(q), count_phrase: q.phrase,
    figStart: at + q.start, figEnd: at + q.end, cueStart: start, cueEnd: at + q.end, places: [], actor_text: lead.actor ?? '', cumulative: false,
  };
}

/**
 * "Children: 12", "• Women – 7": an item of a table by victims, in its lead's category with its own group; then the
 * parts a bracket after its figure names ("Civilians: 1,204 (including 312 children)").
 */
export function groupItem(s: string, lead: Lead): Draft[] {
  const m = GROUP_ITEM.exec(s);
  if (!m) return [groupRow(s, lead)].filter((d) => d !== null);
  const victims = m ? nounHead(m[2]!) : null;
  // "Men: 5", "Adults: 9": people of no group of the schema are no series (docs/data-contract.md, `group`).
  if (!victims || victims.unit !== 'persons' || !victims.group || victims.group === 'people') return [];
  const at = m!.indices![3]![0];
  const q = findQuantities(m![3]!)[0];
  if (!q || q.value === null || q.start !== 0 || !ITEM_TAIL.test(m![3]!.slice(q.end))) return [];
  const item = itemDraft(lead, victims.group, q, at, m![1]!.length);
  return [item, ...bracketedParts(m![3]!.slice(q.end), at + q.end, lead, item.cueStart)];
}

/** The parts of a bracketed breakdown after an item's figure, each a count of a group of the schema; `at` is its offset. */
function bracketedParts(tail: string, at: number, lead: Lead, start: number): Draft[] {
  const m = BRACKETED_PARTS.exec(tail);
  if (!m) return [];
  const part = m[1] === undefined ? 2 : 1;
  const inside = m[part]!;
  const from = at + m.indices![part]![0];
  return findQuantities(inside).flatMap((q) => {
    const noun = q.value === null ? null : readHead(inside, q);
    const group = noun?.unit === 'persons' ? noun.group : '';
    return group && group !== 'people' ? [{ ...itemDraft(lead, group, q, from, start), part: true }] : [];
  });
}

/** How many sentences after a figure a "the following <places>:" lead may still list it by place. */
const WHOLE_REACH = 12;

/**
 * The lead of the list being read, sentence by sentence: a list by place, or a casualty table by victims, or the
 * places of a figure stated before ("the following governorates:").
 */
export class ListLeads {
  private lead: Lead | null = null;
  private byVictims: Lead | null = null;
  /** Whether the table by victims has nested a list of one of its items. */
  private nested = false;
  private ofWhole: (Lead & { time: string }) | null = null;
  /** A lead that names displacement but not its list's kind (`movedLead`): its items must name a known place. */
  private moved: Lead | null = null;
  /** The last displacement figure with a value that no list gave, its time phrase, and how many sentences ago. */
  private whole: { draft: Draft; time: string; age: number } | null = null;

  /**
   * The sentence's item fact when it continues a list (and no finder read a fact in it); the lead moves on.
   * `bullet`: the sentence opens a bullet item. `paragraphStart`: it opens a paragraph; a sentence after an item in
   * the item's own paragraph ("Most displacements in the governorate originated from X.") goes on with the item, so
   * the list holds.
   */
  read(s: string, found: Draft[], bullet = false, paragraphStart = true, timeOf: (d: Draft) => string = () => '', places: PlaceHit[] = []): Draft[] {
    this.remember(found, timeOf);
    if (!found.length && !this.lead && this.byVictims) {
      const items = groupItem(s, this.byVictims);
      if (items.length) return items;
    }
    const item = found.length ? null : this.lead ? listItem(s, this.lead) : this.byVictims ? null : this.ofWhole ? bracketedItem(s, this.ofWhole) : null;
    if (item) return [this.ofWhole?.time ? { ...item, wholeTime: this.ofWhole.time } : item];
    // "Rubkona: 430 households (2,150 people)", "Bentiu (3,400 people)" under "Displacement after the clashes:".
    const moved = this.moved && !found.length ? placedItem(s, this.moved, places) : null;
    if (moved) return [moved];
    if (this.ofWhole && !paragraphStart) return [];
    // "The fatalities were distributed as follows:" / "Civilians: 68, including ..., as follows:" / "• Two were killed
    // by ..." / "Regime forces: 69": a table by victims may nest the list of one of its items, whose lines state facts
    // of their own (the line that opens the nested list, its bullets); the table's lead holds across them.
    const lead = listLead(s);
    const byVictims = lead ? null : groupLead(s);
    if (this.byVictims && !lead && !byVictims) {
      if (bullet || s.trim().endsWith(':')) {
        this.nested = true;
        return [];
      }
      // Such a monitor's table lists every side it counted: an item of no group of the schema ("Syria Democratic
      // Forces: 13") gives nothing, and the table goes on. In a plain table, people of no group ("Men: 12") end it.
      if (this.nested && !found.length && itemShaped(s)) return [];
    }
    this.moved = lead || byVictims ? null : movedLead(s);
    this.lead = lead;
    this.byVictims = byVictims;
    this.nested = false;
    const whole = this.whole && this.whole.age <= WHOLE_REACH ? this.whole : null;
    const ofWhole = this.lead || this.byVictims ? null : followingLead(s, whole?.draft ?? null);
    this.ofWhole = ofWhole && { ...ofWhole, time: whole!.time };
    return [];
  }

  /** Keeps the sentence's first displacement figure as the whole a later "the following <places>" lead may list. */
  private remember(found: Draft[], timeOf: (d: Draft) => string): void {
    if (this.whole) this.whole.age++;
    const whole = found.find((d) => d.kind === 'displacement' && !d.part && d.quantity?.value != null);
    if (whole) this.whole = { draft: whole, time: timeOf(whole), age: 0 };
  }
}
