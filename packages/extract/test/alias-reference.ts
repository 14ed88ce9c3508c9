/**
 * The alias matcher as it was defined before the trie (text.ts `aliasMatcher`): one alternation of each case group's
 * patterns, longest alias first, tried from every position. Test-only: the trie matcher must give exactly its hits.
 */
import { aliasPattern, dropOverlaps, WORD_AFTER, WORD_BEFORE, type Hit } from '../src/text.ts';

export function oneAlternation(aliases: string[]): (s: string) => Hit[] {
  const sorted = [...new Set(aliases)].sort((a, b) => b.length - a.length || a.localeCompare(b));
  const isCaps = (a: string) => /^[A-Z][A-Z.]*$/.test(a);
  const build = (list: string[], flags: string) =>
    list.length ? new RegExp(`${WORD_BEFORE}(?:${list.map(aliasPattern).join('|')})${WORD_AFTER}`, flags) : null;
  const res = [build(sorted.filter((a) => !isCaps(a)), 'giu'), build(sorted.filter(isCaps), 'gu')];
  return (s) => {
    const hits: Hit[] = [];
    for (const re of res) {
      if (!re) continue;
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(s)) !== null) {
        hits.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
        re.lastIndex = m.index + 1;
      }
    }
    return dropOverlaps(hits);
  };
}
