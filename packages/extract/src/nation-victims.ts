/**
 * "the Armenians had killed 310 Azerbaijanis and wounded 520 more": where a nation's plural is the agent of a
 * harm and another nation's plural its victims, the two nations are the war's sides, and the victims are that
 * nation's fighters, not its civilians (corpus/README.md: a state's own forces, or a foreign state's soldiers as
 * people). Extract keeps the victims' nation word as it does for "12 Iraqi soldiers" (`group_nation`); normalize
 * judges whether it is the article's own state. The harm words are data (harm-words.csv).
 */
import { parseRegistry, readPackCountries } from '@frontline/schema';
import { alternation } from '@frontline/nlp/dates';
import { readDataFile } from './data.ts';

const HARM = alternation(parseRegistry(readDataFile('harm-words.csv'), 'harm-words.csv', ['word']).map((r) => r.word!));
/**
 * The agent before the figure: a nation's plural. Not its adjective before a fighters' noun: "Russian troops killed
 * 45 Ukrainians" counts whoever they were, civilians as often as soldiers; two peoples set against each other are the
 * war's sides, as wire copy of a war between states writes them.
 */
const AGENT = new RegExp(
  String.raw`(?:^|[^\p{L}])(\p{Lu}\p{Ll}+)\s+(?:(?:had|have|has)\s+)?(?:${HARM})\s+(?:(?:at\s+least|some|about|nearly|more\s+than|over)\s+)?$`,
  'u',
);
/** "and wounded another 520": the second harm's figure counts the same victims. */
const ANOTHER = new RegExp(String.raw`^\s+(?:and\s+)?(?:${HARM})\s+(?:another|a\s+further)\s+$`, 'iu');

/** The packs' nations' adjectives ("Ethiopian", "Sudanese"), lower case: a plural is a nation's when its singular is one. */
let nations: Set<string> | undefined;
const isNation = (singular: string): boolean => {
  nations ??= new Set(readPackCountries().flatMap((c) => c.demonyms).map((d) => d.toLowerCase()));
  return nations.has(singular.toLowerCase());
};

/** A plural demonym: its singular drops an "s", or it is written as its singular ("Sudanese"). */
const plural = (word: string): boolean => /(?:ians|ans|is|ese)$/.test(word);

/** The singular a plural demonym is written from ("Ethiopians" -> "Ethiopian"; "Sudanese" is both). */
export function nationWord(plural: string): string {
  return /(?:ians|ans|is)$/.test(plural) ? plural.slice(0, -1) : plural;
}

/**
 * The nation whose fighters a plural demonym victim names, or '': `before` is the sentence up to the figure, `victim`
 * the plural noun the figure counts. The agent is a nation's plural ("the Eritreans"), another nation than the victims'.
 */
export function victimNation(before: string, victim: string): string {
  const own = nationWord(victim);
  const m = AGENT.exec(before);
  if (!m || !plural(victim) || !plural(m[1]!) || !isNation(own)) return '';
  const agent = nationWord(m[1]!);
  return isNation(agent) && agent !== own ? own : '';
}

/** The gap between a first figure's noun and a second figure with no noun of its own is "and wounded another". */
export const addsSameVictims = (gap: string): boolean => ANOTHER.test(gap);
