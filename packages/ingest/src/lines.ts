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
