/**
 * A monitor's toll by perpetrator: "Taliban fighters caused 300 civilian casualties (120 deaths and 180 injured)",
 * "civilian casualties attributed to the Houthis fell to 90 civilian casualties (30 deaths and 60 injured)". The
 * casualties figure itself makes no fact (its bracket states the deaths and the injured), so the bracket's parts are
 * the facts, and each is the whole's: they share the side the whole is caused by or attributed to.
 */
import type { Draft } from './draft.ts';
import { subjectActor } from './actors.ts';
import { agentAt } from './figures.ts';

/** The casualties figure a bracket opens after: "300 civilian casualties (". */
const WHOLE = /\d[\d,.]*\s+(?:[\p{L}-]+\s+){0,2}?casualties\s*\(\s*$/u;
/** "civilian casualties attributed to X ...": the side a monitor attributes the whole to, in its clause. */
const ATTRIBUTED = /\battributed\s+to\s+/gi;
/** "X caused 300 civilian casualties", "X was responsible for 40 civilian casualties": the whole's subject did the harm. */
const CAUSED = /\b(?:caus(?:ed|es|ing)|(?:was|were|is|are)\s+responsible\s+for)\s+(?:[\p{L}-]+\s+){0,3}$/u;

/** Gives the parts of a bracketed casualties breakdown the whole's perpetrator, when a part has none of its own. */
export function breakdownActors(s: string, drafts: Draft[]): void {
  for (const group of brackets(s, drafts)) {
    const actor = group.parts.map((d) => d.actor_text).find(Boolean) || wholeActor(s, group.open, group.wholeStart);
    if (!actor) continue;
    for (const d of group.parts) if (!d.actor_text) d.actor_text = actor;
  }
}

interface Bracket {
  /** Where the whole's figure starts, and where its bracket opens. */
  wholeStart: number;
  open: number;
  parts: Draft[];
}

/** The casualty drafts inside each bracket that follows a casualties figure. */
function brackets(s: string, drafts: Draft[]): Bracket[] {
  const out: Bracket[] = [];
  for (let open = s.indexOf('('); open >= 0; open = s.indexOf('(', open + 1)) {
    const close = s.indexOf(')', open);
    if (close < 0) break;
    const whole = WHOLE.exec(s.slice(Math.max(0, open - 60), open + 1));
    if (!whole) continue;
    const parts = drafts.filter((d) => d.kind === 'casualty' && d.figStart > open && d.figEnd <= close);
    if (parts.length) out.push({ wholeStart: Math.max(0, open - 60) + whole.index, open, parts });
  }
  return out;
}

/** The whole's side: the subject that caused it, else the side named after "attributed to" earlier in its clause. */
function wholeActor(s: string, open: number, wholeStart: number): string {
  const clause = s.slice(0, wholeStart);
  const from = Math.max(clause.lastIndexOf(';'), clause.lastIndexOf('. '));
  const attributed = [...clause.matchAll(ATTRIBUTED)].filter((m) => m.index > from).pop();
  if (attributed) return agentAt(s, attributed.index + attributed[0].length);
  const caused = CAUSED.exec(clause);
  return caused ? subjectActor(s, caused.index, false) : '';
}
