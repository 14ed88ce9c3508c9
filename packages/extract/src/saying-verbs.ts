/**
 * Verbs whose subject is who said a figure (packages/schema/data/saying-verbs.csv, shared with ingest): speech ("said",
 * "told", "warned") and counting or reporting ("documented", "tracked", "recorded"), whose subject is the figure's
 * source by its own work. A verb may hold only before given words (`followed_by`, a regular expression over what
 * follows): "declared that ..." says, "declared a ceasefire" does not. Adding a verb of saying is a row of the table.
 */
import { parseRegistry, readSchemaDataText, SAYING_VERBS_FILE as FILE } from '@frontline/schema';
import { phraseSource } from '@frontline/nlp/dates';

/**
 * `relay`: a verb by which a writer passes on another's words ("the agency quoted an official as saying"): its subject
 * is no reporter of the figure, so no rule of attribution reads it; only the subsets of `uses` do.
 */
const KINDS = ['speech', 'reporting', 'relay'] as const;

export interface SayingVerb {
  verb: string;
  forms: string[];
  kind: (typeof KINDS)[number];
  followedBy: string;
  example: string;
  speaker: string;
}

let cached: SayingVerb[] | null = null;

/** Parses the table's text; a broken row or an unreadable `followed_by` stops the stage with its line. */
export function parseSayingVerbs(text: string, file = FILE): SayingVerb[] {
  const rows = parseRegistry(text, file, ['verb', 'forms', 'kind', 'example', 'speaker'], { kind: KINDS });
  return rows.map((row) => {
    const followedBy = row.followed_by ?? '';
    try {
      new RegExp(followedBy);
    } catch (e) {
      throw new Error(`${file}: followed_by of "${row.verb}" is not a regular expression: ${(e as Error).message}`);
    }
    const forms = row.forms!.split('|').map((f) => f.trim()).filter(Boolean);
    return { verb: row.verb!, forms, kind: row.kind as SayingVerb['kind'], followedBy, example: row.example!, speaker: row.speaker! };
  });
}

export function sayingVerbs(): SayingVerb[] {
  cached ??= parseSayingVerbs(readSchemaDataText(FILE)).filter((v) => v.kind !== 'relay');
  return cached;
}

/** One alternation of every form, longest first, each with its `followed_by` as a lookahead. */
export function sayingPattern(verbs: SayingVerb[] = sayingVerbs()): string {
  const alts = verbs.flatMap((v) => v.forms.map((f) => ({ form: f, re: phraseSource(f) + (v.followedBy ? `(?=${v.followedBy})` : '') })));
  alts.sort((a, b) => b.form.length - a.form.length || a.form.localeCompare(b.form));
  return `(?:${alts.map((a) => a.re).join('|')})`;
}

/**
 * The letters every written form of a reporting verb begins with, participles too: the common start of its lemma and
 * forms less a final "e" ("estimat" for estimate/estimated, so "estimating" is one; "verif", "issu", "receiv").
 */
function stem(v: SayingVerb): string {
  const words = [v.verb, ...v.forms].map((f) => f.toLowerCase().split(/\s+/)[0]!);
  let common = words[0]!;
  for (const w of words.slice(1)) while (!w.startsWith(common)) common = common.slice(0, -1);
  return common.replace(/e$/, '');
}

let reportingStems: string[] | null = null;

/** Whether a verb as written ("tracked", "estimating", "received reports") is one of counting or reporting. */
export function isCountingVerb(verb: string): boolean {
  reportingStems ??= sayingVerbs().filter((v) => v.kind === 'reporting').map(stem);
  const v = verb.toLowerCase();
  return reportingStems.some((s) => v.startsWith(s));
}
