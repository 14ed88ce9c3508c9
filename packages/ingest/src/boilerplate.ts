/**
 * Removes lines that are not the article (captions, widgets, link lists, repeated leads) so that extraction never
 * reads them, and records each with its reason. Section headings stay: they are short lines of the article itself.
 */
import type { RemovedLine } from '@frontline/schema';
import { LINE_RULES, LINK_LIST_HEADER, TRUNCATED_LEAD } from './boilerplate-rules.ts';
import { labelledDateLine, siteDateLine } from './dateline.ts';
import { isTitleLike } from './lines.ts';

export interface CleanedText {
  /** Kept lines joined with "\n"; one blank line between paragraphs, none at either end. */
  text: string;
  removed: RemovedLine[];
}

export function removeBoilerplate(body: string): CleanedText {
  const lines = body.split('\n').map((line) => line.trim());
  const kept: string[] = [];
  const removed: RemovedLine[] = [];
  const seen = new Set<string>();
  let inLinkList = false;
  lines.forEach((line, i) => {
    if (line === '') {
      kept.push(line);
      return;
    }
    const reason = lineReason(line, i, lines, seen, inLinkList);
    seen.add(line);
    inLinkList = reason === 'link_list';
    if (reason) removed.push({ text: line, reason });
    else kept.push(line);
  });
  return { text: joinParagraphs(kept), removed };
}

/** Why a line is not article text, or '' to keep it. */
function lineReason(line: string, i: number, lines: string[], seen: Set<string>, inLinkList: boolean): string {
  // A link list runs from its header over the short title-like lines after it.
  if (inLinkList && isTitleLike(line) && !labelledDateLine(line)) return 'link_list';
  const rule = LINE_RULES.find((r) => r.test(line));
  if (rule) return rule.reason;
  const header = LINK_LIST_HEADER.exec(line);
  if (header && (header[1] === undefined || header[1] === '' || isTitleLike(header[1]))) return 'link_list';
  // The same caption or lead printed twice: the second copy adds nothing.
  if (seen.has(line)) return 'repeated_line';
  if (isRepeatedLead(line, lines.slice(i + 1))) return 'repeated_lead';
  if (siteDateLine(lines, i)) return 'site_date';
  return '';
}

/** A lead fragment ending in "[…]" whose words open a later paragraph in full. */
function isRepeatedLead(line: string, later: string[]): boolean {
  if (!TRUNCATED_LEAD.test(line)) return false;
  const prefix = line.replace(TRUNCATED_LEAD, '').trim();
  if (prefix.length < 20) return false;
  return later.some((next) => next.length > prefix.length && next.startsWith(prefix));
}

/** Join kept lines, collapsing the blank runs that removed lines leave behind. */
function joinParagraphs(kept: string[]): string {
  const out: string[] = [];
  for (const line of kept) {
    if (line === '' && (out.length === 0 || out[out.length - 1] === '')) continue;
    out.push(line);
  }
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out.join('\n');
}
