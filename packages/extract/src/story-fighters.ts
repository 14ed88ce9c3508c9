/**
 * "Coalition strikes hit the old city, killing 77 militants" in a story about ISIL: a generic word for non-state
 * fighters (data/story-side-nouns.csv: militants, insurgents, jihadists ...) with no side of its own counts the
 * fighters of the non-state armed group the story names, as a capture with no subject takes the story's side. The
 * story's group is the one non-state side of the actors the text has named so far (this sentence included); the
 * noun's default (opposition fighters) stands when the story names none, several, or a state's forces only.
 */
import type { Group } from '@frontline/schema';
import { parseRegistry } from '@frontline/schema';
import type { Draft } from './draft.ts';
import { readDataFile } from './data.ts';
import { readHead, sideGroup } from './nouns.ts';
import { findQuantities } from './numbers.ts';

const NOUNS = new Set(parseRegistry(readDataFile('story-side-nouns.csv'), 'story-side-nouns.csv', ['noun']).map((r) => r.noun!.toLowerCase()));
/** The casualty groups of non-state sides: what a generic word for fighters may be made specific to. */
const NON_STATE = new Set<Group | ''>(['opposition_fighters', 'isis_fighters']);

/** A capital anywhere: a name. At module level, as tsx rebuilds a \p{...} literal at each call where it stands. */
const CAPITAL = /\p{Lu}/u;
/**
 * The group of the story's named non-state side among `named` (the actors named so far), '' when it names none or
 * more than one ("insurgents attacking it from the west and Daesh from the east": whose militants is then unsaid).
 */
export function storyGroup(named: string[]): Group | '' {
  // A name, not a role word: "the militants" and "rebels" are who the story's group may be, not its name.
  const groups = new Set(named.filter((n) => CAPITAL.test(n)).map(sideGroup).filter((g) => NON_STATE.has(g)));
  return groups.size === 1 ? [...groups][0]! : '';
}

/** Gives each casualty draft of sentence `s` counting generic non-state fighters the story's group (in place). */
export function storyFighters(s: string, drafts: Draft[], named: string[]): void {
  const generic = drafts.filter((d) => d.kind === 'casualty' && d.group === 'opposition_fighters');
  if (!generic.length) return;
  const group = storyGroup(named);
  if (!group || group === 'opposition_fighters') return;
  const figures = findQuantities(s);
  for (const d of generic) {
    const q = figures.find((f) => f.start === d.figStart && f.end === d.figEnd);
    const head = q && readHead(s, q);
    // "12 rebel militants", "HTS militants": a side in the noun phrase is the fighters' own.
    if (head && NOUNS.has(head.noun.toLowerCase()) && !sideGroup(head.modifiers)) d.group = group;
  }
}
