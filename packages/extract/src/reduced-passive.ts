/**
 * A capture told as a bare participle with its agent, the way infobox lines, timelines and headlines write it:
 * "Marawi recaptured by the army on 23 October 2017", "On 4 May, Kobo retaken by federal forces", "Kidal and Gao
 * captured by rebels". Without "was", the same words also open a reduced relative clause ("the villages captured by
 * the rebels were looted", "Kidal, captured by rebels in March, was ..."), which speaks of the place, not of the
 * capture; so the participle counts only when its subject is the whole clause before it (names only, no comma after
 * them) and no finite verb follows it in the sentence.
 */
import type { VerbHit } from './territory.ts';
import { wordsPattern } from './territory-words.ts';

const PARTICIPLE_BY = new RegExp(String.raw`\b${wordsPattern('taken')}(?=\s+by\s)`, 'gi');
/** Where the clause before the participle opens: a line, a bullet, a colon or semicolon. */
const CLAUSE_OPEN = /(?:^|[\n;:•·*]|\s-\s)\s*/g;
/** A leading date adjunct: "On 23 October 2017,", "In June,", "By 5 April,". */
const LEAD_DATE = /^(?:On|In|By|Late\s+on|Early\s+on)\s[^,]{1,40},\s*/;
/** Names only: "Marawi", "the town of Kobo", "Kidal, Gao and Timbuktu". */
const PLACE_KIND = '(?:town|city|village|villages|towns|cities|base|airport|airbase)';
const NAME = String.raw`\p{Lu}[\p{L}'’\-]*`;
const NAME_JOIN = String.raw`(?:\s+|\s*,\s*|\s+and\s+|\s*,\s*and\s+)`;
const NAMES_ONLY = new RegExp(String.raw`^(?:the\s+${PLACE_KIND}\s+of\s+)?${NAME}(?:${NAME_JOIN}(?:al-|el-)?${NAME}){0,8}$`, 'u');
/** A finite verb after the agent makes the participle a modifier of a longer sentence's subject. */
const FINITE_AFTER = /\b(?:is|was|were|are|has|have|had|remains?|remained|became|becomes|lies|lay|saw|suffered)\b/i;

export function reducedPassives(s: string): VerbHit[] {
  const hits: VerbHit[] = [];
  for (const m of s.matchAll(PARTICIPLE_BY)) {
    const before = s.slice(0, m.index);
    const opens = [...before.matchAll(CLAUSE_OPEN)].pop();
    const clause = before.slice(opens ? opens.index! + opens[0].length : 0).replace(LEAD_DATE, '').trim();
    const sentenceRest = s.slice(m.index + m[0].length).split(/(?<=[.!?])\s|\n/)[0]!;
    if (!NAMES_ONLY.test(clause) || FINITE_AFTER.test(sentenceRest)) continue;
    hits.push({ start: m.index!, end: m.index! + m[0].length, category: 'captured', voice: 'passive' });
  }
  return hits;
}
