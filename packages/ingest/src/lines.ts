/** Small tests on single lines of an article, shared by boilerplate removal and title choice. */

const CLOSERS = /[”"’'»)\]]+$/;

/** True when the line ends like a sentence (. ! ? : ; , or an ellipsis), looking through closing quotes/brackets. */
export function endsWithPunctuation(line: string): boolean {
  return /[.!?:;,…]$/.test(line.trim().replace(CLOSERS, ''));
}

export function wordCount(line: string): number {
  return line.split(/\s+/).filter(Boolean).length;
}

/**
 * A short line that reads like a title or heading, not like prose: "Push towards the airbase",
 * "After the siege, a long road home". Headlines may end with ? or !, never with a period.
 */
export function isTitleLike(line: string, maxChars = 150): boolean {
  const t = line.trim();
  if (t === '' || t.length > maxChars || wordCount(t) > 25) return false;
  const bare = t.replace(CLOSERS, '');
  return !/[.:;,…]$/.test(bare);
}

/**
 * A list-item marker at the start of a line, with the spaces after it: bullet glyphs, "-", "*", "+", a Word "o"
 * before a capital, numbers and letters ("1.", "2)", "a)", "(iv)"). En and em dashes are not markers: they frame
 * headings ("– Displaced –") and open quoted speech.
 */
export const LIST_MARKER = /^(?:[•▪◦●■○◆►‣⁃*+-]|o(?=\s+[\p{Lu}\d])|\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)])[ \t]+(?=\S)/u;

/** A markdown heading's marks with the spaces after them: "## ". */
export const HEADING_MARKS = /^#{1,6}[ \t]+(?=\S)/;

/** Length of the item marker or heading marks that open a (left-trimmed) line, 0 when there is none. */
export function markerLength(line: string): number {
  return (LIST_MARKER.exec(line) ?? HEADING_MARKS.exec(line))?.[0].length ?? 0;
}

/**
 * True when the line ends a sentence or a clause that a list or a new line follows: . ! ? : ; or an ellipsis. Unlike
 * endsWithPunctuation, a comma does not count: a line that ends with one runs on.
 */
export function endsClause(line: string): boolean {
  // Only the line's end is looked at: a regex anchored at the end still tries every start, and lines can be long.
  return /[.!?:;…]$/.test(line.trimEnd().slice(-80).replace(CLOSERS, ''));
}
