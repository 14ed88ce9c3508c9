/**
 * A sentence with no figure that says a source keeps a record of the dead or the displaced ("The rights network has
 * compiled a list of the dead.", "Activists have put together a tally of the victims.") announces whose figures the
 * next sentence of its paragraph gives: "Raids left 31 villagers dead in two weeks." credits no one itself, and is the
 * record's. The verbs and record nouns are data (data/record-keeping.csv). Only the next sentence's figures whose own
 * words name no source are credited (before any document author is supplied); the fact keeps the announcing
 * sentence's index (`reporter_sentence`), so the link and its distance stay visible.
 */
import type { ExtractedFact } from '@frontline/schema';
import { parseRegistry } from '@frontline/schema';
import { escapeRe } from '@frontline/nlp/dates';
import { readDataFile } from './data.ts';
import { headOf, reporterPhrase } from './reporter-phrase.ts';

const FILE = 'record-keeping.csv';

/** The table's verbs and nouns (a broken row stops the stage with its line). */
export function parseRecordKeeping(text: string, file = FILE): { verbs: string[]; nouns: string[] } {
  const rows = parseRegistry(text, file, ['word', 'kind', 'example'], { kind: ['verb', 'noun'] });
  const of = (kind: string) => rows.filter((r) => r.kind === kind).map((r) => r.word!.toLowerCase());
  return { verbs: of('verb'), nouns: of('noun') };
}

let keeping: RegExp | null = null;
/** "has compiled a list of", "have documented the victims": a perfect of a record verb, a determiner, a record noun. */
function keepingRe(): RegExp {
  if (keeping) return keeping;
  const { verbs, nouns } = parseRecordKeeping(readDataFile(FILE));
  const alt = (ws: string[]) => ws.map((w) => escapeRe(w).replace(/\s+/g, String.raw`\s+`)).join('|');
  const verb = String.raw`\b(?:has|have|had)\s+(?:also\s+)?(?:${alt(verbs)})`;
  keeping = new RegExp(String.raw`${verb}\s+(?:a|an|the|its|their)\s+(?:[\p{Ll}-]+\s+)?(?:${alt(nouns)})\b`, 'iu');
  return keeping;
}

/** The source a figure-less sentence says keeps a record (its subject, as a reporter phrase), else null. */
export function recordKeeper(s: string, figures: number): string | null {
  if (figures > 0) return null;
  const m = keepingRe().exec(s);
  if (!m) return null;
  // The subject opens its clause: after a fronted phrase's comma ("In October, the ICP has compiled ...").
  const subject = s.slice(0, m.index).split(/[,;:]/).pop()!.trim();
  const phrase = subject ? reporterPhrase(subject) : null;
  return phrase ? headOf(phrase) : null;
}

/** Credits a fact of the next sentence with the keeper announced in sentence `from`, when the fact has no source. */
export function creditAnnounced(fact: ExtractedFact, keeper: string, from: number): void {
  if (fact.reporter_texts.length) return;
  [fact.reporter_texts, fact.reporter_basis, fact.reporter_sentence] = [[keeper], 'stated', from];
}
