/**
 * A count inside a compound adjective that sizes a party: "a six-man patrol", "a three-member family", "a 12-strong
 * unit". The figure counts the party's members, so a noun of parties (data/party-nouns.csv) after it is a noun of
 * persons there. Other compounds ("a three-day truce", "a 12-km road") stay no count (filters.ts).
 */
import { GROUPS, parseRegistry, type Group } from '@frontline/schema';
import { readDataFile } from './data.ts';

/** The group a party noun implies: '?' = the side its modifiers name, else people. */
const PARTY_GROUPS = [...GROUPS, '?'] as const;
const PARTIES = new Map(parseRegistry(readDataFile('party-nouns.csv'), 'party-nouns.csv', ['noun', 'group', 'example'], { group: PARTY_GROUPS })
  .map((r) => [r.noun!.toLowerCase(), r.group as Group | '?']));

/** The size word glued to the figure: "-man", "-member", "-strong". */
const SIZE = /^[-‐](?:man|men|member|strong|person)(?=\s)/i;
/** The words after the compound, up to its noun: "a six-man army demining team" (the noun within four words). */
const NEXT_WORDS = /^(?:\s+[\p{L}][\p{L}\-'’]*){1,4}/u;

/**
 * The length of the size word right after a figure ("-man" in "six-man GNA team") when a party noun follows within
 * four words, else 0.
 */
export function partySize(after: string): number {
  const size = SIZE.exec(after);
  if (!size) return 0;
  const words = NEXT_WORDS.exec(after.slice(size[0].length))?.[0].trim().split(/\s+/) ?? [];
  return words.some((w) => PARTIES.has(w.toLowerCase())) ? size[0].length : 0;
}

/** The group of a party noun, or undefined when the word names no party. */
export function partyGroup(noun: string): Group | '?' | undefined {
  return PARTIES.get(noun.toLowerCase());
}
