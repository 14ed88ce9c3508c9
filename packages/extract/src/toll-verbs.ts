/**
 * The verbs of a running total (data/toll-verbs.csv), one vocabulary for every rule that reads one: `cause` verbs
 * make a toll ("brought the toll to 95", "put the toll at"), `change` verbs raise it ("the toll rose to N"), `fall`
 * verbs lower it (a period's own count, never a running total), `direct` verbs take the figure as their object ("has
 * reached 63"). `forms` are past forms the tagger may take for nouns; `cue_forms` are the forms the cue before a figure
 * reads (cues.ts: "the death toll has risen to N", "stood at N").
 */
import { parseRegistry } from '@frontline/schema';
import { alternation } from '@frontline/nlp/dates';
import { readDataFile } from './data.ts';

const FILE = 'toll-verbs.csv';
const KINDS = ['cause', 'change', 'fall', 'direct'] as const;
export type TollVerbKind = (typeof KINDS)[number];

interface TollVerb {
  verb: string;
  kind: TollVerbKind;
  forms: string[];
  cueForms: string[];
}

let cached: TollVerb[] | null = null;

const list = (cell: string | undefined): string[] => (cell ? cell.split(';').map((w) => w.trim().toLowerCase()).filter(Boolean) : []);

/** Parses the table's text (a broken row stops the stage with its line). */
export function parseTollVerbs(text: string, file = FILE): TollVerb[] {
  return parseRegistry(text, file, ['verb', 'kind', 'example'], { kind: KINDS }).map((r) => ({
    verb: r.verb!.toLowerCase(),
    kind: r.kind as TollVerbKind,
    forms: list(r.forms),
    cueForms: list(r.cue_forms),
  }));
}

function tollVerbRows(): TollVerb[] {
  cached ??= parseTollVerbs(readDataFile(FILE));
  return cached;
}

/** The lemmas of one kind. */
export function tollVerbs(kind: TollVerbKind): Set<string> {
  return new Set(tollVerbRows().filter((r) => r.kind === kind).map((r) => r.verb));
}

/** Each listed past form and its lemma ("rose" -> "rise"). */
export function tollVerbForms(): Map<string, string> {
  return new Map(tollVerbRows().flatMap((r) => r.forms.map((f) => [f, r.verb] as const)));
}

/** The forms the cue before a figure reads, as a regex alternation in a group, longest first. */
export function tollCuePattern(): string {
  const forms = tollVerbRows().flatMap((r) => r.cueForms);
  // An empty alternation would match after every toll noun: a table without cue forms is broken.
  if (!forms.length) throw new Error(`${FILE}: no cue_forms`);
  return `(?:${alternation(forms)})`;
}
