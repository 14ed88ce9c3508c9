/**
 * Clause boundaries that need no parser. A non-restrictive relative clause opens at a comma (", which rebels captured
 * in September 2015", ", who took it in 2012", ", where ...") and describes the noun before it: what it dates is
 * background to the sentence, never the date of its main event or of the report.
 */
const RELATIVE_OPENER = /,\s*(?:which|who|whom|whose|where)\b/g;
// A comma between digits groups a number's thousands ("which has claimed 17,000 lives"): it ends no clause.
const CLAUSE_END = /[;:]|,(?!\d)|(?<!\d),/;

/**
 * The relative clause that the span [start, end) of sentence `s` lies in: the last opener before the span with no
 * comma, semicolon or colon between them; the clause runs to the next of those after the span, or the sentence's end.
 * Null when the span is not inside one.
 */
export function relativeClauseAt(s: string, start: number, end: number): { start: number; end: number } | null {
  let open = -1;
  RELATIVE_OPENER.lastIndex = 0;
  for (let m = RELATIVE_OPENER.exec(s); m && m.index < start; m = RELATIVE_OPENER.exec(s)) open = m.index;
  if (open < 0 || CLAUSE_END.test(s.slice(open + 1, start))) return null;
  const close = CLAUSE_END.exec(s.slice(end));
  return { start: open, end: close ? end + close.index : s.length };
}
