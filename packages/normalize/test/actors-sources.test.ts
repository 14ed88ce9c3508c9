/**
 * Actor and source names through the registries (packages/schema/data/*.csv). The phrases are written for the
 * lookup rules (named group over generic word, longest alias, acronyms in capitals, anaphora), not taken from articles.
 */
import { describe, expect, it } from 'vitest';
import { ACTORS, SOURCES, foldName, parseActors, parseRegistry } from '@frontline/schema';
import { resolveActor } from '../src/actors.ts';
import { resolveSource, resolveSources } from '../src/sources.ts';

/** Names and demonyms as the world pack gives them (packs/world/countries.csv), for the countries used below. */
const countries = [
  { code: 'SY', names: ['Syria'], demonyms: ['Syrian'] },
  { code: 'UA', names: ['Ukraine'], demonyms: ['Ukrainian'] },
  { code: 'SD', names: ['Sudan'], demonyms: ['Sudanese'] },
  { code: 'CD', names: ['DR Congo'], demonyms: ['Congolese'] },
  { code: 'IQ', names: ['Iraq'], demonyms: ['Iraqi'] },
  { code: 'GT', names: ['Guatemala'], demonyms: ['Guatemalan'] },
];
const inCountry = (country: string) => ({ country, countries });
const SY = inCountry('SY');

describe('actors in a Syrian article', () => {
  const cases: [string, string, string][] = [
    ['President Assad’s forces', 'government', 'Syrian government forces'],
    ["Bashar al-Assad's forces", 'government', 'Syrian government forces'],
    ['the Syrian Arab Army', 'government', 'Syrian government forces'],
    ['units of the Tiger Forces', 'government', 'Syrian government forces'],
    ['the Axis of Resistance', 'government', 'Syrian government forces'],
    ['pro-regime forces', 'government', 'Syrian government forces'],
    ['Russian warplanes', 'government', 'Syrian government forces'],
    // Russia's and Iran's forces are counted with the government's side in the Syrian war, however written.
    ['Russian troops', 'government', 'Syrian government forces'],
    ['Iranian military advisers', 'government', 'Syrian government forces'],
    ['the army', 'government', 'Syrian government forces'],
    ['government troops', 'government', 'Syrian government forces'],
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
    ['Kurdish fighters', 'kurdish', 'Syrian Democratic Forces'],
  ];
  it.each(cases)('%s', (text, actor, name) => expect(resolveActor(text, SY)).toEqual({ actor, actor_name: name }));
  it('a named group beats a generic word next to it, then the longest alias wins', () => {
    expect(resolveActor('HTS militants', SY).actor_name).toBe('Hayat Tahrir al-Sham');
    expect(resolveActor('Turkish-backed rebels', SY).actor_name).toBe('Free Syrian Army');
    // "militias" alone are the government's side in a Syrian article, but a named group with them wins.
    expect(resolveActor('militias', SY)).toEqual({ actor: 'government', actor_name: 'Syrian government forces' });
    expect(resolveActor('HTS militias', SY)).toEqual({ actor: 'opposition', actor_name: 'Hayat Tahrir al-Sham' });
    expect(resolveActor('the regime and HTS', SY).actor_name).toBe('Hayat Tahrir al-Sham');
  });
  it('the English word "is" is not Islamic State (acronyms match in capitals only)', () => {
    expect(resolveActor('what is left of the town', SY)).toEqual({ actor: '', actor_name: '' });
  });
  it('empty or unknown text gives no actor; a commander’s nickname is not an armed force', () => {
    expect(resolveActor('', SY)).toEqual({ actor: '', actor_name: '' });
    expect(resolveActor('unknown gunmen', SY)).toEqual({ actor: '', actor_name: '' });
    expect(resolveActor('the general nicknamed Tiger', SY)).toEqual({ actor: '', actor_name: '' });
  });
});

describe('actors in any war: roles read by the article\'s country', () => {
  it.each([
    ['SY', 'Syrian government forces'],
    ['UA', 'Armed Forces of Ukraine'],
    ['SD', 'Sudanese Armed Forces'],
    ['CD', 'Armed Forces of the Democratic Republic of the Congo'],
    // No war of Guatemala is in the registry: the role is named from the country's demonym.
    ['GT', 'Guatemalan government forces'],
  ])('"the army" in an article about %s is that state\'s forces: %s', (country, name) => {
    expect(resolveActor('the army', inCountry(country))).toEqual({ actor: 'government', actor_name: name });
    expect(resolveActor('government troops', inCountry(country))).toEqual({ actor: 'government', actor_name: name });
  });
  it('a state\'s forces in an article about another country are foreign:<ISO2>, or turkey for Turkey\'s', () => {
    expect(resolveActor('Russian forces', inCountry('UA'))).toEqual({ actor: 'foreign:RU', actor_name: 'Russian Armed Forces' });
    expect(resolveActor('Ukrainian troops', inCountry('UA'))).toEqual({ actor: 'government', actor_name: 'Armed Forces of Ukraine' });
    expect(resolveActor('Rwandan troops', inCountry('CD'))).toEqual({ actor: 'foreign:RW', actor_name: 'Rwanda Defence Force' });
    expect(resolveActor('the Turkish military', inCountry('IQ'))).toEqual({ actor: 'turkey', actor_name: 'Turkish Armed Forces' });
    expect(resolveActor('Syrian troops', inCountry('IQ'))).toEqual({ actor: 'foreign:SY', actor_name: 'Syrian government forces' });
  });
  it('a spelling local to one war holds only there: Russian jets are the Syrian side in Syria, Russia\'s elsewhere', () => {
    expect(resolveActor('Russian jets', SY)).toEqual({ actor: 'government', actor_name: 'Syrian government forces' });
    expect(resolveActor('Russian jets', inCountry('UA'))).toEqual({ actor: 'foreign:RU', actor_name: 'Russian Armed Forces' });
    expect(resolveActor('the regime', inCountry('UA'))).toEqual({ actor: '', actor_name: '' });
  });
  it.each([
    ['the RSF', 'SD', 'opposition', 'Rapid Support Forces'],
    ['M23 rebels', 'CD', 'opposition', 'M23'],
    ['ISIL fighters', 'IQ', 'isis', 'Islamic State'],
    ['Daesh', 'SY', 'isis', 'Islamic State'],
    ['Peshmerga forces', 'IQ', 'kurdish', 'Peshmerga'],
    ['the YPG', 'SY', 'kurdish', 'Syrian Democratic Forces'],
    ['SDF', 'IQ', 'kurdish', 'Syrian Democratic Forces'],
    ['HTS', 'SY', 'opposition', 'Hayat Tahrir al-Sham'],
    ['MONUSCO peacekeepers', 'CD', 'peacekeepers', 'MONUSCO'],
    ['UN peacekeepers', 'SD', 'peacekeepers', 'peacekeepers (unspecified)'],
    ['police', 'SD', 'government', 'Sudanese police'],
    ['rebels', 'CD', 'opposition', 'Congolese opposition (unspecified)'],
    ['militias', 'CD', 'opposition', 'Congolese militias (unspecified)'],
    ['Kurdish fighters', 'IQ', 'kurdish', 'Kurdish forces (unspecified)'],
  ])('%s (%s) -> %s, %s', (text, country, actor, name) => expect(resolveActor(text, inCountry(country))).toEqual({ actor, actor_name: name }));
  it('"military junta" is the state\'s forces in any country: the registry has no row that makes one side of one war an exception', () => {
    expect(resolveActor('the military junta', inCountry('MM')).actor).toBe('government');
    expect(resolveActor('the junta', inCountry('ML')).actor).toBe('government');
  });
  it('with no country known, a role is still the state\'s own forces, and no local spelling holds', () => {
    expect(resolveActor('the army')).toEqual({ actor: 'government', actor_name: 'government forces' });
    expect(resolveActor('rebels')).toEqual({ actor: 'opposition', actor_name: 'opposition (unspecified)' });
    expect(resolveActor('the regime')).toEqual({ actor: '', actor_name: '' });
  });
});

describe('a new war is rows of data', () => {
  // Two invented countries (user-assigned ISO codes XF, XG) and their forces, in the columns of actors.csv.
  const invented = parseActors([
    'name,class,country,scope,alias,source',
    'Estovakian Home Guard,government,XF,name,Estovakian Home Guard,https://example.org/estovakia',
    'Estovakian Home Guard,government,XF,name,Home Guard,https://example.org/estovakia',
    'Estovakian Home Guard,government,XF,local,the Guard,https://example.org/estovakia',
    'Marsh Liberation Front,opposition,XF,name,Marsh Liberation Front,https://example.org/mlf',
    'Marsh Liberation Front,opposition,XF,name,MLF,https://example.org/mlf',
  ].join('\n'));
  const registry = [...ACTORS, ...invented];
  const names = [...countries, { code: 'XF', names: ['Estovakia'], demonyms: ['Estovakian'] }, { code: 'XG', names: ['Gravonia'], demonyms: [] }];
  const at = (country: string) => ({ country, countries: names });
  it('its forces, its rebels and the generic roles resolve with no code change', () => {
    expect(resolveActor('the army', at('XF'), registry)).toEqual({ actor: 'government', actor_name: 'Estovakian Home Guard' });
    expect(resolveActor('the Guard', at('XF'), registry)).toEqual({ actor: 'government', actor_name: 'Estovakian Home Guard' });
    expect(resolveActor('MLF fighters', at('XF'), registry)).toEqual({ actor: 'opposition', actor_name: 'Marsh Liberation Front' });
    expect(resolveActor('militants', at('XF'), registry)).toEqual({ actor: 'opposition', actor_name: 'Estovakian opposition (unspecified)' });
  });
  it('across the border its forces are foreign, its local spellings mean nothing, and the neighbour\'s army is its own', () => {
    expect(resolveActor('Home Guard units', at('XG'), registry)).toEqual({ actor: 'foreign:XF', actor_name: 'Estovakian Home Guard' });
    expect(resolveActor('the Guard', at('XG'), registry)).toEqual({ actor: '', actor_name: '' });
    expect(resolveActor('the army', at('XG'), registry)).toEqual({ actor: 'government', actor_name: 'Gravonia government forces' });
  });
  it('a row with an unknown class or scope, a country that is no ISO2 code, or a local spelling without a country, is refused', () => {
    const head = 'name,class,country,scope,alias,source\n';
    expect(() => parseActors(`${head}X,army,XF,name,x,https://e.org\n`)).toThrow(/class "army"/);
    expect(() => parseActors(`${head}X,opposition,XF,somewhere,x,https://e.org\n`)).toThrow(/scope "somewhere"/);
    expect(() => parseActors(`${head}X,opposition,,local,x,https://e.org\n`)).toThrow(/local spellings but no country/);
    expect(() => parseActors(`${head}X,opposition,Estovakia,name,x,https://e.org\n`)).toThrow(/not ISO2/);
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
  it('every spelling names one entry only, where it holds (a local spelling in its own country)', () => {
    const where = (e: { country?: string; local?: string[] }, a: string) => (e.local?.includes(a) ? e.country : '*');
    const registries: [string, { name: string; aliases: string[]; country?: string; local?: string[] }[]][] = [['actors', ACTORS], ['sources', SOURCES]];
    for (const [label, entries] of registries) {
      const owner = new Map<string, string>();
      for (const e of entries) {
        for (const a of e.aliases) {
          const f = `${foldName(a)} in ${where(e, a)}`;
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

describe('UN missions that publish civilian-casualty reports are named as themselves, not "United Nations"', () => {
  it.each([
    ['the UN Assistance Mission in Afghanistan', 'UNAMA'],
    ['United Nations Assistance Mission in Afghanistan (UNAMA)', 'UNAMA'],
    ['the United Nations Assistance Mission for Iraq', 'UNAMI'],
    ['UNAMI', 'UNAMI'],
  ])('%s -> %s', (text, name) => {
    expect(resolveSource(text)).toBe(name);
  });
});

describe("a state's role after a nation's word is that nation's forces", () => {
  const nations = [...countries, { code: 'TR', names: ['Turkey'], demonyms: ['Turkish'] }, { code: 'KE', names: ['Kenya'], demonyms: ['Kenyan'] },
    { code: 'SO', names: ['Somalia'], demonyms: ['Somali'] }, { code: 'RU', names: ['Russia'], demonyms: ['Russian'] }];
  const scope = (country: string) => ({ country, countries: nations });
  it.each([
    // Turkey's forces in northern Iraq: not Iraq's security forces
    ['Turkish security forces', 'IQ', 'turkey', 'Turkish Armed Forces'],
    // in an article about Syria, Turkey's forces are its own class, as the registry has them
    ['Turkish security forces', 'SY', 'turkey', 'Turkish Armed Forces'],
    // Kenya's troops in Somalia: no registry entry, so the role's name for Kenya
    ['Kenyan troops', 'SO', 'foreign:KE', 'Kenyan government forces'],
    // a Syrian article counts Russia's forces with the government's side, as the registry has "Russian forces"
    ['Russian security forces', 'SY', 'government', 'Syrian government forces'],
    // the article's own nation: its government's forces, as before
    ['Iraqi security personnel', 'IQ', 'government', 'Iraqi Security Forces'],
  ])('%s in %s', (text, country, actor, name) => {
    expect(resolveActor(text, scope(country))).toEqual({ actor, actor_name: name });
  });
});
