/**
 * The alias matcher walks a trie of the aliases and runs only the patterns it leads to: its hits must be those of
 * one alternation of the whole list tried from every position (test/alias-reference.ts), the definition it replaces.
 */
import { describe, expect, it } from 'vitest';
import { ACTORS, ADMIN1, SOURCES } from '@frontline/schema';
import { aliasMatcher } from '../src/text.ts';
import { oneAlternation } from './alias-reference.ts';

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

/** Written for this test: the spellings the patterns tolerate, in names of several wars and kinds of text. */
const VARIANTS = [
  'Hayat Tahrir ash-Sham and Hayat Tahrir Al Sham fighters left, Hay’at Tahrir el-Sham said; HAYAT TAHRIR AL-SHAM denied it.',
  'Fighters of Jabhat  an-Nusra and of Jabhat al‐Nusra (a typographic hyphen) met at Jabhat al–Nusra positions.',
  "Ansar Allah's fighters, the Houthis’ allies and Ansar‘Allah supporters marched in Sana'a and Sana’a.",
  'The pro-regime militias and the regime forces and non-Houthi units and anti-Houthi tribes moved.',
  'The Rapid  Support\tForces and the Rapid-Support Forces and the RapidSupport Forces took El Geneina.',
  'The Islamic State (IS) and Islamic State-Sahel and the ISIS-K cells attacked; is it IS or Is?',
  'al-Shabaab and Al-Shabab and ash-Shabaab and Harakat al-Shabaab al-Mujahideen claimed it in Mogadishu.',
  'In Raqqa, ar-Raqqa and al Raqqa and Ar‐Raqqah the SDF and the Syrian Democratic Forces held the line.',
  'WHO and who and the World Health Organization; AP and ap; UNHCR-led and OCHA’s teams in Tigray and Amhara.',
  'The Myanmar military, the Tatmadaw, the Arakan Army and the Ta’ang National Liberation Army fought in Rakhine.',
  'The Wagner Group (now Africa Corps) and the FAMa clashed with JNIM near Kidal; the CSP-PSD took Anefis.',
  'Azerbaijani Armed Forces and Artsakh Defence Army units clashed near Stepanakert, the Azerbaijani MoD said.',
  'Forces of the Government of National Unity and the LNA, Haftar’s Libyan Arab Armed Forces, near Sirte.',
  'The IDF, the Israel Defense Forces, and Hamas’s al-Qassam Brigades and the Al Qassam Brigades fought in Gaza.',
  'The ADF, the Allied Democratic Forces, and M23/AFC and the FDLR near Beni; MONUSCO and the FARDC responded.',
  '“Syrian Observatory for Human Rights” 𝐀Syrian Observatory and 😀Syrian Observatory and Syrian Observatory😀 said.',
];

describe('aliasMatcher', () => {
  const names = [...ACTORS.flatMap((a) => a.aliases), ...SOURCES.flatMap((s) => s.aliases)];

  it('finds what one alternation of the registries finds', () => {
    const trie = aliasMatcher(names);
    const whole = oneAlternation(names);
    for (const s of [...SENTENCES, ...VARIANTS]) expect(trie(s)).toEqual(whole(s));
    expect(SENTENCES.flatMap(trie).length).toBeGreaterThan(30);
    expect(VARIANTS.flatMap(trie).length).toBeGreaterThan(30);
  });

  it('reads apostrophe, hyphen, space and article variants of names as the regex does', () => {
    const aliases = ['Hayat Tahrir al-Sham', 'Jabhat al-Nusra', 'al-Shabaab', 'Ansar Allah', "Sana'a", 'Rapid Support Forces', 'al-Raqqa', 'Islamic State', 'IS', 'WHO', 'Houthi', 'Syrian Observatory'];
    const trie = aliasMatcher(aliases);
    const whole = oneAlternation(aliases);
    for (const s of VARIANTS) expect(trie(s)).toEqual(whole(s));
    const texts = VARIANTS.flatMap(trie).map((h) => h.text);
    for (const t of ['Hayat Tahrir ash-Sham', 'HAYAT TAHRIR AL-SHAM', 'Jabhat  an-Nusra', 'Jabhat al–Nusra', 'ar-Raqqa', 'al Raqqa', 'Sana’a', 'Rapid  Support\tForces'])
      expect(texts).toContain(t);
    for (const t of ['RapidSupport Forces', 'Rapid-Support Forces', 'who', 'Is', 'Ansar‘Allah']) expect(texts).not.toContain(t);
  });

  it('finds what the regex finds for every registry list the extractor matches', () => {
    for (const list of [ACTORS.flatMap((a) => a.aliases), SOURCES.flatMap((s) => [...s.aliases, ...(s.anaphora ?? [])]), ADMIN1.flatMap((a) => a.aliases)]) {
      const [trie, whole] = [aliasMatcher(list), oneAlternation(list)];
      for (const s of [...SENTENCES, ...VARIANTS]) expect(trie(s)).toEqual(whole(s));
    }
  });

  it('folds case as the regex does, and keeps capital short names case-sensitive', () => {
    const aliases = ['Straße Front', 'Kelvin Brigade', 'Σigma Force', 'WHO', 'IS'];
    const s = 'STRASSE Front, straße front, the \u212Aelvin brigade, the σigma force and ςigma Force; who is IS, WHO.';
    expect(aliasMatcher(aliases)(s)).toEqual(oneAlternation(aliases)(s));
    expect(aliasMatcher(aliases)(s).map((h) => h.text)).toEqual(['straße front', '\u212Aelvin brigade', 'σigma force', 'ςigma Force', 'IS', 'WHO']);
  });

  it('keeps the longest of overlapping names, and the first name in order at a position', () => {
    // Filler names sort between "North Brigade Command", "North Brigade" and "Brigade".
    const filler = (n: number, len: number) => Array.from({ length: n }, (_, i) => `Zz${'q'.repeat(len)}${i}`);
    const aliases = ['North Brigade Command', ...filler(800, 20), 'North Brigade', ...filler(800, 12), 'Brigade', 'WHO', 'IS'];
    const cut = aliasMatcher(aliases);
    const s = 'The North Brigade Command said the North Brigade and a Brigade unit left; WHO said IS fighters, who is unknown, fled.';
    expect(cut(s)).toEqual(oneAlternation(aliases)(s));
    expect(cut(s).map((h) => h.text)).toEqual(['North Brigade Command', 'North Brigade', 'Brigade', 'WHO', 'IS']);
  });
});
