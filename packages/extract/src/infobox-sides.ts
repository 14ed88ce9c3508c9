/**
 * A flattened infobox's numbered fields pair a side with its losses: "- Combatant1: Transitional Federal Government",
 * "- Combatant2: Islamic Courts Union", then "- Casualties1: 400 killed" and "- Casualties2: 1,000 dead". The Nth
 * casualty line counts the Nth side's dead, so a toll whose own words name no victims ("400 killed") takes that
 * side's group. A side is classed by its first belligerent's name (`sideGroup`: "Chadian National Army, Justice and
 * Equality Movement, France" is the army's side); a side the names do not class, or whose Combatant line is missing,
 * is the other side's opponent when that one is the government's, the opposition's or the Islamic State's (a missing
 * line's side is known by its own casualty line's nouns: "5,000+ soldiers killed"). A third casualty line
 * ("Casualties3: civilians") has no side and is left alone.
 */
import type { Group } from '@frontline/schema';
import type { Draft } from './draft.ts';
import { CasualtyBlock } from './casualty-block.ts';
import { SIDE_OPPONENT as OPPONENT, sideGroup } from './nouns.ts';

/** "- Combatant1: ...", "Casualties2: ...": a numbered field of the two sides, at a line's or list item's start. */
const FIELD = /^\s*(?:[-*•]\s*)?(Combatant|Casualties)([12])\s*:\s*(.*)$/su;
/** The first belligerent of a side's list: up to its first comma, semicolon or bracket. */
const FIRST_NAME = /^[^,;(]*/u;

export class InfoboxSides {
  /** Each side's group, as its Combatant line names it. */
  private readonly named = new Map<number, Group>();
  /** Each side's group as its own casualty line's nouns say it, when its Combatant line does not. */
  private readonly own = new Map<number, Group>();
  /** The unnumbered form: "Belligerents" and "Casualties and losses" headings over lines or "|" rows. */
  private readonly block = new CasualtyBlock();

  /** Reads a Combatant line, or gives a Casualties line's unnamed victims their side's group. */
  read(s: string, drafts: Draft[]): void {
    const field = FIELD.exec(s);
    if (!field) return this.block.read(s, drafts);
    const side = Number(field[2]);
    if (field[1] === 'Combatant') {
      const group = sideGroup(FIRST_NAME.exec(field[3]!)![0]);
      if (group && group !== 'people') this.named.set(side, group);
      return;
    }
    const tolls = drafts.filter((d) => d.kind === 'casualty');
    const own = tolls.map((d) => d.group).find((g): g is Group => !!g && !!OPPONENT[g]);
    if (own && !this.named.has(side)) this.own.set(side, own);
    const group = this.groupOf(side);
    if (group) for (const d of tolls) if (d.group === 'people') d.group = group;
  }

  private groupOf(side: number): Group | undefined {
    const other = this.named.get(3 - side) ?? this.own.get(3 - side);
    return this.named.get(side) ?? (other ? OPPONENT[other] : undefined);
  }
}
