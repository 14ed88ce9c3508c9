/**
 * The alias matcher cuts a long list of names into several regexes (V8 stops optimizing one over 20 KB of source):
 * its hits must be those of one alternation of the whole list, the definition it replaces.
 */
import { describe, expect, it } from 'vitest';
import { ACTORS, SOURCES } from '@frontline/schema';
import { ALTERNATION_CHARS, aliasMatcher, aliasPattern, alternations, dropOverlaps, WORD_AFTER, WORD_BEFORE, type Hit } from '../src/text.ts';

/** One alternation per case group, every match start tried: the matcher as it was before the cut. */
function oneAlternation(aliases: string[]): (s: string) => Hit[] {
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

const SENTENCES = [
  'The Syrian Observatory for Human Rights said regime forces and Hayat Tahrir al-Sham fighters clashed near Saraqib.',
  'According to OCHA, the UN Office for the Coordination of Humanitarian Affairs, 12,000 people fled Marib.',
  'The Rapid Support Forces (RSF) took El Fasher, the Sudanese Armed Forces said on Tuesday.',
  'M23 rebels and the FARDC fought outside Goma, MONUSCO told Reuters.',
  "Ukraine's General Staff said Russian forces shelled Kharkiv; the UN Human Rights Monitoring Mission in Ukraine counted 14 dead.",
  'The Houthis, also called Ansar Allah, seized Hodeidah port, the Saudi-led coalition said.',
  'The Tatmadaw lost Lashio to the Myanmar National Democratic Alliance Army, AAPP reported.',
  'The Tigray Defense Forces and the Ethiopian National Defense Force clashed near Mekelle, WHO said.',
  'The Libyan National Army withdrew from forces loyal to the Government of National Accord near Tripoli.',
  'JNIM and the Islamic State in the Greater Sahara attacked Menaka; MINUSMA said 20 died.',
  'The regime army and the regime militias moved on al-Bab while the Free Syrian Army held Azaz.',
  'Armenian forces left Shusha, the Azerbaijani Ministry of Defence said, and the ICRC counted the missing.',
]; // written for this test, in the registries' names of several wars

describe('aliasMatcher', () => {
  const names = [...ACTORS.flatMap((a) => a.aliases), ...SOURCES.flatMap((s) => s.aliases)];

  it('cuts a long list into regexes within the size limit, in order', () => {
    const patterns = names.map(aliasPattern);
    const res = alternations(patterns, 'giu');
    expect(res.length).toBeGreaterThan(1);
    for (const re of res) expect(re.source.length).toBeLessThanOrEqual(ALTERNATION_CHARS);
    // Every pattern once, in order (a source shows "/" as "\/").
    const inner = (re: RegExp) => re.source.slice(WORD_BEFORE.length + 3, -WORD_AFTER.length - 1);
    expect(res.map(inner).join('|')).toBe(new RegExp(patterns.join('|')).source);
  });

  it('finds what one alternation of the registries finds', () => {
    const cut = aliasMatcher(names);
    const whole = oneAlternation(names);
    for (const s of SENTENCES) expect(cut(s)).toEqual(whole(s));
    expect(SENTENCES.flatMap(cut).length).toBeGreaterThan(30);
  });

  it('keeps the longest name when its shorter forms fall in other regexes', () => {
    // Filler names put "North Brigade Command", "North Brigade" and "Brigade" in three different regexes.
    const filler = (n: number, len: number) => Array.from({ length: n }, (_, i) => `Zz${'q'.repeat(len)}${i}`);
    const aliases = ['North Brigade Command', ...filler(800, 20), 'North Brigade', ...filler(800, 12), 'Brigade', 'WHO', 'IS'];
    const cut = aliasMatcher(aliases);
    const s = 'The North Brigade Command said the North Brigade and a Brigade unit left; WHO said IS fighters, who is unknown, fled.';
    expect(cut(s)).toEqual(oneAlternation(aliases)(s));
    expect(cut(s).map((h) => h.text)).toEqual(['North Brigade Command', 'North Brigade', 'Brigade', 'WHO', 'IS']);
  });
});
