/**
 * The records of CSV text as toCsv writes it (RFC 4180: comma, double quotes doubled inside a quoted cell, `\n` line
 * ends, optional BOM), split by hand: csv-parse, general and option-driven, was most of the dashboard's data step on
 * the real 10,000-article output (about 60 % of each part's CPU, README issue 11, build16). Anything outside that
 * shape (a `\r` outside quotes, a quote inside a bare cell, text after a closing quote, an unclosed quote, an empty
 * line, records of unequal width) makes it give up, and parseCsv hands the whole text to csv-parse, whose records or
 * error stand: this module never decides a case csv-parse would decide otherwise.
 */

const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;

/** A quoted cell starting at `at` (its opening quote): its value and the index after its closing quote, or null. */
function quotedCell(text: string, at: number): { value: string; end: number } | null {
  let value = '';
  let from = at + 1;
  for (;;) {
    const quote = text.indexOf('"', from);
    if (quote < 0) return null;
    if (text.charCodeAt(quote + 1) !== QUOTE) return { value: value + text.slice(from, quote), end: quote + 1 };
    value += text.slice(from, quote + 1);
    from = quote + 2;
  }
}

/** The end of a bare cell starting at `at` (the next comma, line end or end of text), or -1 at a quote or `\r`. */
function bareCellEnd(text: string, at: number): number {
  for (let i = at; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === COMMA || code === LF) return i;
    if (code === QUOTE || code === CR) return -1;
  }
  return text.length;
}

/**
 * Calls `onRecord` with each record's cells, in order; returns false, at the first record it cannot split plainly,
 * once it has stopped (the records passed so far are to be discarded), true when every record was passed.
 */
export function eachPlainRecord(text: string, onRecord: (cells: string[]) => void): boolean {
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let width = -1;
  while (i < text.length) {
    const cells: string[] = [];
    for (;;) {
      if (text.charCodeAt(i) === QUOTE) {
        const cell = quotedCell(text, i);
        if (!cell) return false;
        cells.push(cell.value);
        i = cell.end;
      } else {
        const end = bareCellEnd(text, i);
        if (end < 0) return false;
        cells.push(text.slice(i, end));
        i = end;
      }
      if (i >= text.length) break;
      const code = text.charCodeAt(i++);
      if (code === LF) break;
      if (code !== COMMA) return false;
    }
    // An empty line and a record of another width: csv-parse's options decide them (an error, here).
    if (cells.length === 1 && cells[0] === '') return false;
    if (width >= 0 && cells.length !== width) return false;
    width = cells.length;
    onRecord(cells);
  }
  return true;
}
