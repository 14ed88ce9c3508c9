/**
 * Deaths and illness from a disease are no casualties of the war: a situation report's "Cholera remains a concern,
 * with 34 deaths recorded in the past week" or "Measles has killed 18 children" counts a disease's dead. A casualty
 * count whose clause (from the clause's start to the words right after the count) names an illness and no act of
 * violence is dropped; "Shelling killed 9 people near a cholera treatment centre" names violence and stays. The
 * words are data (data/illness-words.csv).
 */
import { parseRegistry } from '@frontline/schema';
import { alternation } from '@frontline/nlp/dates';
import type { Draft } from './draft.ts';
import { readDataFile } from './data.ts';

const ROWS = parseRegistry(readDataFile('illness-words.csv'), 'illness-words.csv', ['word', 'kind'], { kind: ['illness', 'violence'] });
const wordsOf = (kind: string) => new RegExp(String.raw`\b(?:${alternation(ROWS.filter((r) => r.kind === kind).map((r) => r.word!))})`, 'iu');
const ILLNESS = wordsOf('illness');
const VIOLENCE = wordsOf('violence');
/** How far after the count its noun phrase may name the illness: "34 suspected cholera deaths", "12 deaths from AWD". */
const AFTER_CHARS = 40;

/** True when a casualty draft counts the dead or sick of a disease, not of the war. */
export function countsIllness(s: string, d: Draft): boolean {
  if (d.kind !== 'casualty') return false;
  const clauseStart = Math.max(s.lastIndexOf(';', d.figStart), 0);
  const after = s.slice(d.figEnd, d.figEnd + AFTER_CHARS).split(/[;,.]/)[0]!;
  const clause = s.slice(clauseStart, d.figEnd) + after;
  return ILLNESS.test(clause) && !VIOLENCE.test(clause);
}
