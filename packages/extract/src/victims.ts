/**
 * Who the victims are, carried across sentences: a casualty figure that names no victims of its own ("774 were
 * killed", "Of those, X killed 408", "1,240 casualties (344 killed and 896 injured)", "326 of the deaths", "five who
 * died") counts the victims the text last named: a report on civilian casualties goes on counting civilians until
 * it names other victims. Children and women are parts of a series, never the series a later figure continues;
 * naming "people" (or fighters of no known side) ends the carry.
 */
import type { Group } from '@frontline/schema';
import type { Draft } from './draft.ts';
import { figurePhrases } from './figures.ts';
import type { HeadNoun } from './nouns.ts';
import { REMAINS_NOUNS, victimsBefore } from './nouns.ts';
import { TOLL_NOUNS, TOLL_WORDS } from './toll-words.ts';

/** Nouns that say a figure counts casualties without saying who they were. */
const GENERIC = new Set(['victims', 'dead', ...REMAINS_NOUNS]);
/** Casualty nouns after a group word: "civilian casualties", "civilian deaths". */
const CASUALTY_NOUN = new RegExp(String.raw`^\s+${TOLL_WORDS}\b`, 'i');
/** A sentence without a casualty fact can still name victims only with one of these words. */
const CASUALTY_WORD = new RegExp(String.raw`\b${TOLL_WORDS}\b`, 'i');
const PARTS = new Set<Group | ''>(['children', 'women']);
/** A noun of harm a group word may qualify without a figure: "recorded civilian casualties – 14 deaths and 40 injuries". */
const HARM_NOUN = new RegExp(String.raw`\b(?:${TOLL_NOUNS.join('|')})\b`, 'gi');
const LABEL_COLON = /^\s*:/;

/**
 * ", a civilian casualty rate nearly 10 times higher", " – the highest civilian death toll since May": an apposition
 * after a toll, in its clause, whose noun of harm a noun of persons qualifies says who the toll's victims were. No
 * other figure stands between them ("the 9-month battle" is no figure).
 */
const TOLL_NOUN = String.raw`(?:casualty|death|fatality)\s+(?:rate|toll|count|tally|figure)`;
const APPOSED_TOLL = new RegExp(String.raw`^(?:[^.;:()\d]|\d+-)*?(?:,|\s[_–—])\s+(?:a|an|the)\s+((?:[\p{L}][\p{L}'’\-]*\s+){1,3}?)${TOLL_NOUN}\b`, 'iu');

/** The victims an apposition after a toll names ("civilians"), or '' (none, or only "people"). */
function apposedVictims(after: string): Group | '' {
  const m = APPOSED_TOLL.exec(after);
  const group = m ? victimsBefore(m[1]!) : '';
  return group === 'people' ? '' : group;
}

/**
 * "documented civilian casualties – 14 deaths and 40 injuries", "Most civilian casualties were caused by shelling (8
 * killed and 19 injured)": a group word before a noun of harm that no figure counts names the victims the figures
 * after it go on counting, as a figure's own "30 civilian casualties" does. Keyed by where the noun of harm starts.
 */
function unnumberedVictims(s: string, spans: [number, number][]): Map<number, Group> {
  const out = new Map<number, Group>();
  for (const m of s.matchAll(HARM_NOUN)) {
    if (spans.some(([from, to]) => m.index >= from && m.index < to)) continue;
    // A label ("• Civilian deaths: 45") is its own figure's noun; the next line's "Injured: 120" names its own victims.
    if (LABEL_COLON.test(s.slice(m.index + m[0].length))) continue;
    const group = victimsBefore(s.slice(0, m.index));
    if (group && group !== 'people') out.set(m.index, group);
  }
  return out;
}

export class VictimContext {
  private group: Group | '' = '';

  /**
   * Gives the sentence's unnamed casualty drafts the victims last named, and remembers the ones it names, each as
   * `groupOf` reads its noun (the story's group for "militants", story-fighters.ts).
   */
  resolve(s: string, drafts: Draft[], groupOf: (head: HeadNoun) => Group | '' = (head) => head.group): void {
    if (!drafts.some((d) => d.kind === 'casualty') && !CASUALTY_WORD.test(s)) return;
    const phrases = new Map(figurePhrases(s).map((np) => [np.q.start, np]));
    const casualties = new Map(drafts.filter((d) => d.kind === 'casualty').map((d) => [d.figStart, d]));
    const named = unnumberedVictims(s, [...phrases.values()].map((np) => [np.q.start, np.head?.end ?? np.q.end]));
    const starts = [...new Set([...phrases.keys(), ...casualties.keys(), ...named.keys()])].sort((a, b) => a - b);
    for (const at of starts) {
      const unnumbered = named.get(at);
      if (unnumbered) this.name(unnumbered);
      const np = phrases.get(at);
      const d = casualties.get(at);
      const noun = np?.head?.unit === 'persons' ? np.head : null;
      if (noun && !GENERIC.has(noun.noun.toLowerCase())) {
        if (d || CASUALTY_NOUN.test(s.slice(noun.end))) this.name(groupOf(noun));
      } else if (d?.group === 'people' && this.group) d.group = this.group;
      const apposed = d?.group === 'people' ? apposedVictims(s.slice(d.figEnd)) : '';
      if (apposed) d!.group = apposed;
    }
  }

  private name(group: Group | ''): void {
    if (PARTS.has(group)) return;
    this.group = group === 'people' ? '' : group;
  }
}
