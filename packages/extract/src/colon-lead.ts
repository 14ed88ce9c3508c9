/**
 * "Federal forces suffered heavy losses: 134 killed and over 400 wounded", "Civilian casualties: 23 killed, 41 injured":
 * bare counts listed after a colon count the victims its lead names. The lead is a noun of losses, with the victims
 * before it ("Civilian casualties:") or a side as the subject of a verb of suffering ("the brigade sustained heavy
 * casualties:"). A count with its own noun ("12 soldiers killed") keeps its own victims; this is only for bare counts.
 */
import type { Group } from '@frontline/schema';
import { isSufferingForm } from './frames.ts';
import { nounHead, sideGroup, victimsBefore } from './nouns.ts';

/** The noun of losses that ends the lead, right before the colon. */
const LOSS_BEFORE_COLON = /\b(?:casualties|losses|deaths|fatalities)\s*:\s*$/iu;
/** Between the colon and a bare count of its list: the list so far, within one clause. */
const LIST_SO_FAR = /^[^;:()]{0,80}$/u;
/** The lead's own clause: after the last comma, semicolon or bullet before the colon. */
const LEAD_CLAUSE = /(?:^|[,;•]\s*)([^,;•:]{1,80})$/u;

/** The victims named by the lead of the colon before a bare count at `figureStart`, or ''. */
export function colonLeadGroup(s: string, figureStart: number): Group | '' {
  const colon = s.lastIndexOf(':', figureStart);
  if (colon < 0 || !LIST_SO_FAR.test(s.slice(colon + 1, figureStart))) return '';
  const loss = LOSS_BEFORE_COLON.exec(s.slice(0, colon + 1));
  const clause = loss ? LEAD_CLAUSE.exec(s.slice(0, loss.index))?.[1] : undefined;
  if (clause === undefined) return '';
  const label = victimsBefore(clause);
  if (label) return label;
  const subject = sufferer(clause.trim().split(/\s+/));
  if (!subject) return '';
  const head = nounHead(subject);
  return sideGroup(subject) || (head?.unit === 'persons' ? head.group : '');
}

/** "Federal forces suffered heavy": the subject (one to four words) of a verb of suffering that at most two words follow. */
function sufferer(words: string[]): string {
  const verb = words.findIndex((w, k) => k > 0 && isSufferingForm(w));
  return verb > 0 && verb <= 4 && words.length - verb - 1 <= 2 ? words.slice(0, verb).join(' ') : '';
}
