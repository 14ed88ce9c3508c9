/**
 * Label lines under a lead line, as monitors and situation reports set out a toll: "Civilian casualties recorded in
 * El Fasher this week:" then "• Killed: 62" and "• Injured: 214". The label lines are read by the frames (a label's
 * words name the category); the lead says whose and where: its people ("Civilian") become the group of an item that
 * names none, and its places the places of an item that names none. The lead holds while label lines follow.
 */
import type { PlaceMention } from '@frontline/schema';
import type { Draft } from './draft.ts';
import { BULLET } from './list-leads.ts';
import { nounHead } from './nouns.ts';
import type { PlaceHit } from './places.ts';

/** "• Killed: 62", "- Injured – 214": a bullet or not, a few words, a colon or dash, a figure. */
const LABEL_LINE = new RegExp(String.raw`^\s*${BULLET}\p{L}[\p{L}'’\- ]{0,40}?\s*[:–—]\s*\d`, 'u');
/** A lead's first words name its people: "Civilian casualties", "Children killed". */
const LEAD_HEAD = /^\s*((?:\p{L}+\s+){0,2}\p{L}+)/u;

interface Lead {
  group: Draft['group'];
  places: PlaceMention[];
}

/** The lead of the label lines being read, sentence by sentence. */
export class LabelLeads {
  private lead: Lead | null = null;

  /**
   * Gives the lead's group and places to the casualty drafts of a label line that name none; then the lead moves on:
   * a line ending in a colon is the next lead, any other line that is no label line ends it.
   */
  read(s: string, drafts: Draft[], places: PlaceHit[], toArticle: (p: PlaceHit) => PlaceMention): void {
    if (this.lead && LABEL_LINE.test(s)) {
      for (const d of drafts.filter((x) => x.kind === 'casualty')) {
        if (d.group === 'people' && this.lead.group) d.group = this.lead.group;
        if (!d.places.length && !d.articlePlaces?.length) d.articlePlaces = this.lead.places;
      }
      return;
    }
    this.lead = leadLine(s) && !drafts.length ? leadOf(s, places.map(toArticle)) : null;
  }
}

/**
 * A line that may lead label lines: it ends in a colon, or it is a table's title, a line of its own with no full stop,
 * as monitors head a table ("Civilian casualties in Donetsk oblast, March"); it leads only if label lines follow.
 */
function leadLine(s: string): boolean {
  const line = s.trim();
  return line.endsWith(':') || (line.length <= TITLE_CHARS && !/[.!?;,]$/.test(line));
}
/** A table's title is short; a longer line without a full stop is more likely a sentence cut by the splitter. */
const TITLE_CHARS = 100;

/** What a lead line says of the items under it; null when it names neither people nor a place. */
function leadOf(s: string, places: PlaceMention[]): Lead | null {
  const head = LEAD_HEAD.exec(s);
  const noun = head ? nounHead(head[1]!) : null;
  const group = noun?.unit === 'persons' && noun.group !== 'people' ? noun.group : '';
  return group || places.length ? { group, places } : null;
}
