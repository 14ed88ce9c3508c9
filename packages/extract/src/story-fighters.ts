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
import type { HeadNoun } from './nouns.ts';
import { isPersonNoun, readHead, sideGroup } from './nouns.ts';
import { findQuantities } from './numbers.ts';

const NOUNS = new Set(parseRegistry(readDataFile('story-side-nouns.csv'), 'story-side-nouns.csv', ['noun']).map((r) => r.noun!.toLowerCase()));
/** The casualty groups of non-state sides: what a generic word for fighters may be made specific to. */
const NON_STATE = new Set<Group | ''>(['opposition_fighters', 'isis_fighters']);

/** A capital anywhere: a name. At module level, as tsx rebuilds a \p{...} literal at each call where it stands. */
const CAPITAL = /\p{Lu}/u;
/** Words that open a noun phrase of fighters at a sentence's start, capitalised there only: a closed class. */
const OPENERS = new Set(['the', 'a', 'an', 'some', 'another', 'other', 'several', 'many', 'most', 'all', 'these', 'those']);

/**
 * A name, not a role word: "the militants" and "rebels" are who the story's group may be, not its name, and so are
 * "Militants" and "Nineteen insurgents" opening a sentence, whose capital is the sentence's. A name has a capital on a
 * word that is no noun of persons, no figure and no opener.
 */
function isName(phrase: string): boolean {
  return phrase.split(/\s+/).some((w) => CAPITAL.test(w) && !isPersonNoun(w) && !OPENERS.has(w.toLowerCase()) && !findQuantities(w).length);
}

/**
 * The group of the story's named non-state side among `named` (the actors named so far), '' when it names none or
 * more than one ("insurgents attacking it from the west and Daesh from the east": whose militants is then unsaid).
 */
export function storyGroup(named: string[]): Group | '' {
  const groups = new Set(named.filter(isName).map(sideGroup).filter((g) => NON_STATE.has(g)));
  return groups.size === 1 ? [...groups][0]! : '';
}

/**
 * The group of the persons `head` counts: the story's named non-state group (`named` as for storyGroup) for a
 * generic word for fighters with no side of its own, the noun's own group otherwise. Victims named by such a word
 * and counted again later ("drove out the militants, killing 39 of them") are the same fighters (victims.ts).
 */
export function storyNounGroup(head: HeadNoun, named: string[]): Group | '' {
  // "12 rebel militants", "HTS militants": a side in the noun phrase is the fighters' own.
  if (!NOUNS.has(head.noun.toLowerCase()) || sideGroup(head.modifiers)) return head.group;
  return storyGroup(named) || head.group;
}

/** Gives each casualty draft of sentence `s` counting generic non-state fighters the story's group (in place). */
export function storyFighters(s: string, drafts: Draft[], named: string[]): void {
  // "attackers" have no side of their own (people) until the story names one.
  const generic = drafts.filter((d) => d.kind === 'casualty' && (d.group === 'opposition_fighters' || d.group === 'people'));
  if (!generic.length) return;
  const figures = findQuantities(s);
  for (const d of generic) {
    const q = figures.find((f) => f.start === d.figStart && f.end === d.figEnd);
    const head = q && readHead(s, q);
    if (head && NOUNS.has(head.noun.toLowerCase())) d.group = storyNounGroup(head, named);
  }
}
