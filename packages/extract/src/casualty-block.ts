/**
 * A flattened infobox whose fields are not numbered: a "Belligerents" heading over the sides' names, later a
 * "Casualties and losses" heading over their tolls, one or more lines a side, in the order of the sides. Three
 * forms are read:
 * - rows whose cells are separated by "|" ("SLM | Rapid Support Forces |" then "80 killed | 200 killed |"): the Nth
 *   cell is the Nth side's;
 * - a label line or prefix naming whose losses follow ("Militia casualties:", "Civilian casualties:"): a label that
 *   names a belligerent listed after the first side's own lines is the second side's; "Civilian" gives civilians and
 *   ends the sides (lines after the civilians' are neither side's);
 * - bare lines ("95 killed", "300 wounded", "410 killed"): a killed toll after the current side's killed toll opens
 *   the next side.
 * A side is known by the belligerent lines (`sideGroup`): the first line's group is the first side's; a later line
 * of the opposition or the Islamic State is the second side's; a side its lines do not class is the other's opponent.
 * Only tolls that name no victims ("95 killed") or name the other side's fighters by a generic noun ("9 soldiers
 * killed" on the second side of a war against a state) take the side's group.
 */
import type { Group } from '@frontline/schema';
import type { Draft } from './draft.ts';
import { SIDE_OPPONENT as OPPONENT, sideGroup } from './nouns.ts';

/** The infobox's field headings, as a flattened page writes them at a line's start (a "|" row's first cell). */
const SECTION = /^\s*(Belligerents|Commanders and leaders|Units involved|Strength|Casualties and losses)\b/u;
/** The sections whose lines name the sides (commanders' names would class nothing, or wrongly). */
const SIDE_SECTIONS = new Set(['Belligerents', 'Units involved']);
/** "Militia casualties:", "Bomber cells:", "Civilian casualties:": a label before the tolls it owns. */
const LABEL = /^\s*([^:\d|]{2,60}?)\s*(?:casualties|losses)?\s*:/iu;
const TOTAL_LABEL = /^\s*total\b/iu;
const CIVILIAN_LABEL = /^\s*civilians?\b/iu;
const CIVILIAN_INLINE = /\bcivilian (?:casualties|losses)\s*:/iu;
/** A line of prose (a long sentence) is past the infobox. */
const PROSE_WORDS = 25;

const FIGHTERS = new Set<Group>(['government_forces', 'opposition_fighters', 'isis_fighters']);

interface Belligerent {
  name: string;
  group: Group | '';
}

export class CasualtyBlock {
  private section = '';
  private readonly lines: Belligerent[] = [];
  /** Each section's first line's group (the first side's) and a later opposition line's (the second side's). */
  private readonly groups: (Group | undefined)[] = [undefined, undefined];
  /** Index in `lines` of the first belligerent read as the second side's. */
  private secondFrom = Infinity;
  private sectionStart = 0;
  private side = 0;
  private killedOnSide = false;
  /** After "Civilian casualties:": the lines' victims are the label's, and no side's. */
  private labelGroup: Group | '' | undefined;

  /** Reads one sentence of the article; gives its tolls their side's group inside a casualties block. */
  read(s: string, drafts: Draft[]): void {
    const heading = SECTION.exec(s);
    if (heading) return this.open(heading[1]!);
    civilianLabel(s, drafts);
    if (!this.section) return;
    if (s.split(/\s+/u).length > PROSE_WORDS) {
      this.section = '';
      return;
    }
    if (SIDE_SECTIONS.has(this.section)) return this.belligerent(s);
    if (this.section === 'Casualties and losses') this.tolls(s, drafts.filter((d) => d.kind === 'casualty'));
  }

  private open(section: string): void {
    this.section = section;
    this.sectionStart = this.lines.length;
    this.side = 0;
    this.killedOnSide = false;
    this.labelGroup = undefined;
  }

  private belligerent(s: string): void {
    const cells = cellsOf(s);
    if (cells.length >= 2) {
      cells.slice(0, 2).forEach((c, i) => this.classed(i, sideGroup(c)));
      return;
    }
    const name = s.replace(/\[[^\]]*\]/gu, '').trim();
    if (!name || name.endsWith(':')) return;
    const group = sideGroup(name.split(/[,;(]/u)[0]!);
    const first = this.lines.length === this.sectionStart;
    this.lines.push({ name, group });
    if (first && group && group !== 'people') this.classed(0, group);
    else if (!first && (group === 'opposition_fighters' || group === 'isis_fighters') && this.groups[0] !== group) {
      this.classed(1, group);
      this.secondFrom = Math.min(this.secondFrom, this.lines.length - 1);
    }
  }

  private classed(side: number, group: Group | ''): void {
    if (group && FIGHTERS.has(group)) this.groups[side] ??= group;
  }

  private tolls(s: string, tolls: Draft[]): void {
    const cells = cellsOf(s);
    if (cells.length >= 2) {
      // A "|" row: each toll takes the side of the cell its figure stands in.
      const bounds = cellBounds(s);
      for (const d of tolls) this.assign(d, bounds.findIndex(([a, b]) => d.figStart >= a && d.figStart < b));
      return;
    }
    this.label(s);
    // "80 killed |" on its own line: a row whose cells the page broke over lines; the next line is the next side's.
    if (/\|\s*$/u.test(s) && this.labelGroup === undefined) {
      for (const d of tolls) this.assign(d, this.side);
      this.side += 1;
      this.killedOnSide = false;
      return;
    }
    if (this.labelGroup !== undefined) {
      for (const d of tolls) if (this.labelGroup && d.group === 'people') d.group = this.labelGroup;
      return;
    }
    this.namedPrefix(s);
    for (const d of tolls) {
      if (d.category === 'killed' && d.group !== 'civilians') {
        if (this.killedOnSide) this.side += 1;
        this.killedOnSide = true;
      }
      this.assign(d, this.side);
    }
  }

  /** A label opens a side's (or the civilians') lines: "Civilian casualties:", "Militia losses:". */
  private label(s: string): void {
    const label = LABEL.exec(s)?.[1]?.trim();
    if (!label) return;
    if (CIVILIAN_LABEL.test(label)) {
      this.labelGroup = 'civilians';
      return;
    }
    // "Total: 149 killed" sums the sides; a label after the civilians' names no side.
    if (TOTAL_LABEL.test(label) || this.labelGroup !== undefined) {
      this.labelGroup = '';
      return;
    }
    const named = this.belligerentIndex(label);
    if (named >= 0 && named >= this.secondFrom) this.side = 1;
    else if (named >= 0 && this.side === 0 && named > this.lastFirstSideLine()) this.side = 1;
    this.killedOnSide = false;
  }

  /** "Allied Republic 2 pilots killed": a line opening on a belligerent's name is that belligerent's side's. */
  private namedPrefix(s: string): void {
    const prefix = /^\s*(\p{Lu}[^\d:|]*?)\s+\d/u.exec(s)?.[1];
    const named = prefix ? this.belligerentIndex(prefix) : -1;
    if (named < 0) return;
    this.side = named >= this.secondFrom ? 1 : 0;
    // The named line is its side's own: a bare killed toll after it is the next side's.
    this.killedOnSide = false;
  }

  private belligerentIndex(name: string): number {
    const key = name.toLowerCase();
    return this.lines.findIndex((l) => l.name.toLowerCase().startsWith(key));
  }

  /** The last belligerent line the first side's group classes. */
  private lastFirstSideLine(): number {
    const first = this.groupOf(0);
    return this.lines.findLastIndex((l) => first !== undefined && l.group === first);
  }

  private assign(d: Draft, side: number): void {
    const group = this.groupOf(side);
    if (!group) return;
    const other = this.groupOf(1 - side);
    if (d.group === 'people' || (d.group && d.group === other)) d.group = group;
  }

  private groupOf(side: number): Group | undefined {
    if (side > 1) return undefined;
    const other = this.groups[1 - side];
    return this.groups[side] ?? (other ? OPPONENT[other] : undefined);
  }
}

/** "Casualties3: Civilian casualties:, 70 killed & 300 wounded": the tolls after the label count civilians. */
function civilianLabel(s: string, drafts: Draft[]): void {
  const label = CIVILIAN_INLINE.exec(s);
  if (!label) return;
  // A "Total" after the civilians' figures sums every side: it is no longer the label's.
  const total = s.slice(label.index).search(/\btotal\b/iu);
  const end = total < 0 ? s.length : label.index + total;
  for (const d of drafts) {
    if (d.kind === 'casualty' && d.group === 'people' && d.figStart >= label.index && d.figStart < end) d.group = 'civilians';
  }
}

/** The non-empty cells of a "|" row ("Sudan Army | Rapid Support Forces | |||"), or one cell for a plain line. */
function cellsOf(s: string): string[] {
  return s.split('|').map((c) => c.trim()).filter(Boolean);
}

/** The offsets [start, end) of a row's non-empty cells. */
function cellBounds(s: string): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  for (const cell of s.split('|')) {
    if (cell.trim()) out.push([start, start + cell.length]);
    start += cell.length + 1;
  }
  return out;
}
