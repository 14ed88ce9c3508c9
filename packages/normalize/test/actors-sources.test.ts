/**
 * Actor and source names through the registries (packages/schema/data/*.csv). The phrases are written for the
 * lookup rules (named group over generic word, longest alias, acronyms in capitals, anaphora), not taken from articles.
 */
import { describe, expect, it } from 'vitest';
import { ACTORS, SOURCES, foldName, parseRegistry } from '@frontline/schema';
import { resolveActor } from '../src/actors.ts';
import { resolveSource, resolveSources } from '../src/sources.ts';

describe('actors', () => {
  const cases: [string, string, string][] = [
    ['President Assad’s forces', 'government', 'Syrian government forces'],
    ["Bashar al-Assad's forces", 'government', 'Syrian government forces'],
    ['the Syrian Arab Army', 'government', 'Syrian government forces'],
    ['units of the Tiger Forces', 'government', 'Syrian government forces'],
    ['the Axis of Resistance', 'government', 'Syrian government forces'],
    ['pro-regime forces', 'government', 'Syrian government forces'],
    ['Russian warplanes', 'government', 'Syrian government forces'],
    ['Jabhat al-Nusra', 'opposition', 'Hayat Tahrir al-Sham'],
    ["Hay'at Tahrir al-Sham fighters", 'opposition', 'Hayat Tahrir al-Sham'],
    ['jihadists', 'opposition', 'Syrian opposition (unspecified)'],
    ['rebel fighters', 'opposition', 'Syrian opposition (unspecified)'],
    ['Jaysh al-Izza', 'opposition', 'Jaish al-Izza'],
    // The Arabic article however transliterated: assimilated (a-, ash-, an-) or not (al-, el-, al ).
    ['Ahrar ash-Sham', 'opposition', 'Ahrar al-Sham'],
    ['Jabhat an-Nusra', 'opposition', 'Hayat Tahrir al-Sham'],
    ['Hay’at Tahrir a-Sham', 'opposition', 'Hayat Tahrir al-Sham'],
    ['Nour el-Din el-Zenki', 'opposition', 'Nour al-Din al-Zenki'],
    ['the Sham Legion', 'opposition', 'Faylaq al-Sham'],
    ['Daesh militants', 'isis', 'Islamic State'],
    ['ISIS jihadists', 'isis', 'Islamic State'],
    ['IS', 'isis', 'Islamic State'],
    ['Turkish troops', 'turkey', 'Turkish Armed Forces'],
    ['Kurdish-led SDF fighters', 'kurdish', 'Syrian Democratic Forces'],
  ];
  it.each(cases)('%s', (text, actor, name) => expect(resolveActor(text)).toEqual({ actor, actor_name: name }));
  it('a named group beats a generic word next to it, then the longest alias wins', () => {
    expect(resolveActor('HTS militants').actor_name).toBe('Hayat Tahrir al-Sham');
    expect(resolveActor('Turkish-backed rebels').actor_name).toBe('Free Syrian Army');
  });
  it('the English word "is" is not Islamic State (acronyms match in capitals only)', () => {
    expect(resolveActor('what is left of the town')).toEqual({ actor: '', actor_name: '' });
  });
  it('empty or unknown text gives no actor; a commander’s nickname is not an armed force', () => {
    expect(resolveActor('')).toEqual({ actor: '', actor_name: '' });
    expect(resolveActor('unknown gunmen')).toEqual({ actor: '', actor_name: '' });
    expect(resolveActor('the general nicknamed Tiger')).toEqual({ actor: '', actor_name: '' });
  });
});

describe('sources', () => {
  const cases: [string, string][] = [
    ['the UN Office for the Coordination of Humanitarian Affairs', 'UN OCHA'],
    ['United Nations High Commissioner for Refugees', 'UNHCR'],
    ['the Civil Defence', 'Syrian Civil Defence'],
    ['a volunteer with the Hama Civil Defence', 'Syrian Civil Defence'],
    ['SNHR', 'Syrian Network for Human Rights'],
    ['OSDH', 'Syrian Observatory for Human Rights'],
    ['the UK-based monitor', 'Syrian Observatory for Human Rights'],
    ['the United Nations', 'United Nations'],
    ['opposition media', 'Pro-opposition media'],
    ['Turkish Red Crescent', 'Turkish Red Crescent'],
    ['the Syrian Arab News Agency', 'SANA'],
    ['Hay’at Tahrir a-Sham', 'Hayat Tahrir al-Sham'],
    ['the UN human rights office', 'Office of the UN High Commissioner for Human Rights'],
    ['Office of the United Nations High Commissioner for Human Rights', 'Office of the UN High Commissioner for Human Rights'],
    ['the Iranian Fars News Agency', 'Fars News Agency'],
    ['DG ECHO', 'European Civil Protection and Humanitarian Aid Operations'],
  ];
  it.each(cases)('%s', (text, name) => expect(resolveSource(text)).toBe(name));
  it('text no registry entry matches is kept as written, without a leading article', () => {
    expect(resolveSource('Khaled Sweid')).toBe('Khaled Sweid');
    expect(resolveSource('a doctor in Saraqeb')).toBe('doctor in Saraqeb');
    expect(resolveSource('  the local hospital director ')).toBe('local hospital director');
    expect(resolveSource('OCH')).toBe('OCH');
    // An organisation the registry does not list keeps its own name.
    expect(resolveSource('the Kurdish Red Crescent')).toBe('Kurdish Red Crescent');
    expect(resolveSource('Peshmerga General Command')).toBe('Peshmerga General Command');
  });
  it('"echo" in lower case is not DG ECHO', () => {
    expect(resolveSource('an echo of earlier reports')).toBe('echo of earlier reports');
  });
  it('"who" in a description is not the WHO', () => {
    expect(resolveSource('a nurse who works in Idlib')).toBe('nurse who works in Idlib');
    expect(resolveSource('the WHO')).toBe('World Health Organization');
  });
  it('de-duplicates and keeps order', () => {
    expect(resolveSources(['Syrian Observatory for Human Rights', 'OSDH', 'the Civil Defense', 'SOHR', ''])).toEqual([
      'Syrian Observatory for Human Rights',
      'Syrian Civil Defence',
    ]);
    expect(resolveSources(['Khaled Sweid', 'Reuters'])).toEqual(['Khaled Sweid', 'Reuters']);
  });
});

describe('registry files', () => {
  it('every spelling names one entry only', () => {
    for (const [label, entries] of [['actors', ACTORS], ['sources', SOURCES]] as const) {
      const owner = new Map<string, string>();
      for (const e of entries) {
        for (const a of e.aliases) {
          const f = foldName(a);
          expect(owner.get(f) ?? e.name, `${label}: "${a}"`).toBe(e.name);
          owner.set(f, e.name);
        }
      }
    }
  });
  it('a row without a source, with a source that is no web address, or with an unknown class is refused with its line', () => {
    const cols = ['name', 'class', 'alias'];
    const allowed = { class: ['government', 'opposition'] };
    expect(parseRegistry('name,class,alias,source\nA,government,a,https://example.org/a\n', 'x.csv', cols, allowed)).toHaveLength(1);
    expect(() => parseRegistry('name,class,alias,source\nA,government,a,\n', 'x.csv', cols, allowed)).toThrow(/x\.csv line 2: .*"source"/);
    expect(() => parseRegistry('name,class,alias,source\nA,government,a,see notes\n', 'x.csv', cols, allowed)).toThrow(/line 2: source is not a web address/);
    expect(() => parseRegistry('name,class,alias,source\nA,government,a,https://e.org\n\nB,army,b,https://e.org\n', 'x.csv', cols, allowed)).toThrow(/line 4: class "army"/);
  });
  it('a cell is data: quotes and commas inside an alias are kept, never interpreted', () => {
    const rows = parseRegistry('name,class,alias,source\nA,government,"=cmd(), ""x""",https://e.org\n', 'x.csv', ['name', 'class', 'alias']);
    expect(rows[0]!.alias).toBe('=cmd(), "x"');
  });
});
