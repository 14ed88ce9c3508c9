/**
 * Registries of the conflict's actors, reporting sources and governorates: one row per entity, with the
 * spellings news uses for it. They cover the Syrian war as a whole, not the names a few articles contain.
 * Extract uses the aliases to find mentions; normalize maps every mention to the row's `name`.
 * Aliases are matched case-insensitively on word boundaries, after folding apostrophes and hyphens.
 */
import type { ActorClass } from './vocab.ts';

export interface ActorEntry {
  /** One name per actor, as it appears in `actor_name`. */
  name: string;
  class: ActorClass;
  aliases: string[];
}

export const ACTORS: ActorEntry[] = [
  {
    name: 'Syrian government forces',
    class: 'government',
    aliases: [
      'Syrian army', 'Syrian Arab Army', 'SAA', 'regime army', 'regime forces', 'government forces', 'government troops',
      'pro-government forces', 'pro-government troops', 'pro-regime forces', 'pro-regime fighters', 'pro-regime militias',
      'regime troops', 'Syrian regime', 'the regime', 'regime', 'Syrian government', 'the government', "Assad's forces",
      'Assad forces', 'Al Assad’s forces', 'Al Assad’s troops', "Bashar al-Assad's forces", 'troops of President Bashar al-Assad',
      'loyalist forces', 'loyalists', 'the army', 'army', 'troops', 'Tiger Forces', 'Tiger', 'Qawat al-Nimr', '25th Special Mission Forces Division',
      'National Defence Forces', 'NDF', 'allied militias', 'allied militiamen', 'Iranian-backed militias', 'Iranian-backed forces',
      'Shia militias', 'Hezbollah', 'Russian air force', 'Russian forces', 'Russian jets', 'Russian warplanes', 'Russia',
      'resistance axis', 'Syrian regime army',
      // added by normalize: more names of the government side and its allies, and their air forces as perpetrators
      'Syrian troops', 'Syrian forces', 'Syrian government troops', 'Syrian regime forces', 'Assad regime', 'pro-Assad forces',
      'pro-Assad militias', 'regime militias', 'Republican Guard', 'Fourth Division', '4th Division', 'Liwa al-Quds',
      'Quds Brigade', 'Iranian forces', 'Iranian militias', 'IRGC', 'Russian-backed forces', 'Russian airstrikes',
      'Russian air strikes', 'Russian strikes', 'Russian aircraft', 'Syrian strikes', 'Syrian warplanes', 'Syrian airstrikes',
      'regime warplanes', 'regime aircraft', 'regime helicopters', 'regime airstrikes', 'government airstrikes',
      'government warplanes', 'forces du régime', 'régime syrien', 'armée syrienne', 'forces prorégime',
    ],
  },
  {
    name: 'Hayat Tahrir al-Sham',
    class: 'opposition',
    aliases: [
      'Hayat Tahrir al-Sham', 'Hayat Tahrir al Sham', "Hay'at Tahrir al-Sham", 'Hay’at Tahrir a-Sham', "Hay'at Tahrir a-Sham",
      'Hayat Tahrir al-Cham', 'Hayat Tahrir al Cham', 'Tahrir al-Sham', 'Tahrir al Sham', 'Tahrir a-Sham', 'HTS', 'HTC',
      'Levant Liberation Committee', 'Levant Liberation Organization', 'Organization for the Liberation of the Levant',
      'Nusra Front', 'al-Nusra Front', 'Al Nusra Front', 'Jabhat al-Nusra', 'Jabhat a-Nusra', 'Jabhat al Nusra', 'Nusra',
      'Jabhat Fatah al-Sham', 'Jabhat Fateh al-Sham', 'Jabhat Fatah a-Sham', 'JFS', 'jihadists', 'jihadist group',
    ],
  },
  {
    name: 'Free Syrian Army',
    class: 'opposition',
    aliases: [
      'Free Syrian Army', 'FSA', 'National Liberation Front', 'NLF', 'Syrian National Army', 'SNA',
      // added by normalize
      'Turkish-backed rebels', 'Turkish-backed fighters', 'Turkish-backed factions', 'Turkey-backed rebels', 'Armée syrienne libre', 'ASL',
    ],
  },
  { name: 'Jaish al-Izza', class: 'opposition', aliases: ['Jaish al-Izza', 'Jaish al Izza', 'Jaysh al-Izza', 'Jaish al-Ezzah', 'Army of Glory'] },
  { name: 'Ahrar al-Sham', class: 'opposition', aliases: ['Ahrar al-Sham', 'Ahrar al Sham', 'Ahrar a-Sham', 'Harakat Ahrar al-Sham'] },
  { name: 'Nour al-Din al-Zenki', class: 'opposition', aliases: ['Nour al-Din al-Zenki', 'Nureddin al-Zenki', 'Zenki'] },
  { name: 'Jaish al-Islam', class: 'opposition', aliases: ['Jaish al-Islam', 'Jaysh al-Islam'] },
  { name: 'Faylaq al-Sham', class: 'opposition', aliases: ['Faylaq al-Sham', 'Sham Legion'] },
  { name: 'Turkistan Islamic Party', class: 'opposition', aliases: ['Turkistan Islamic Party', 'TIP'] },
  // added by normalize: other armed opposition groups of the north-west
  { name: 'Jaish al-Fatah', class: 'opposition', aliases: ['Jaish al-Fatah', 'Jaysh al-Fatah', 'Jaish al Fatah', 'Army of Conquest'] },
  { name: 'Hurras al-Din', class: 'opposition', aliases: ['Hurras al-Din', 'Hurras ad-Din', 'Hurras al Din', 'Tanzim Hurras al-Din', 'Guardians of Religion'] },
  { name: 'Jaish al-Nasr', class: 'opposition', aliases: ['Jaish al-Nasr', 'Jaysh al-Nasr', 'Jaish al Nasr', 'Army of Victory'] },
  {
    name: 'Syrian opposition (unspecified)',
    class: 'opposition',
    aliases: [
      'rebels', 'rebel', 'rebel forces', 'rebel fighters', 'rebel groups', 'rebel factions', 'insurgents', 'militants',
      'opposition', 'opposition forces', 'opposition fighters', 'opposition factions', 'opposition groups', 'armed opposition',
    ],
  },
  {
    name: 'Islamic State',
    class: 'isis',
    aliases: [
      'Islamic State', 'IS', 'ISIS', 'ISIL', 'Daesh', 'Daish', 'Islamic State of Iraq and the Levant', 'Islamic State group',
      // added by normalize
      'IS militants', 'IS fighters', 'IS jihadists', 'ISIS militants', 'ISIS fighters', 'Daesh militants', 'Daesh fighters',
      'Islamic State militants', 'Islamic State fighters', 'Etat islamique', 'groupe Etat islamique', 'EI',
    ],
  },
  {
    name: 'Turkish Armed Forces',
    class: 'turkey',
    aliases: [
      'Turkish army', 'Turkish forces', 'Turkish troops', 'Turkish Armed Forces', 'Turkey',
      // added by normalize
      'Turkish military', 'Turkish jets', 'Turkish warplanes', 'Turkish artillery', 'Turkish drones',
    ],
  },
  {
    name: 'Syrian Democratic Forces',
    class: 'kurdish',
    aliases: [
      'Syrian Democratic Forces', 'SDF', "People's Protection Units", 'YPG', 'YPJ', 'Kurdish forces', 'Kurdish fighters', 'Kurdish militias',
      // added by normalize
      'Kurdish-led forces', 'Kurdish-led SDF', 'PYD', 'Kurdish YPG', 'US-backed SDF', 'Forces démocratiques syriennes', 'FDS',
    ],
  },
];

export type SourceType = 'monitor' | 'un' | 'ngo' | 'rescue' | 'media' | 'government' | 'armed_group' | 'local' | 'person';

export interface SourceEntry {
  /** One name per source, as it appears in `reported_by`. */
  name: string;
  type: SourceType;
  aliases: string[];
  /** Generic nouns that refer back to this source once it has been named ("the Observatory", "the monitor"). */
  anaphora?: string[];
}

export const SOURCES: SourceEntry[] = [
  {
    name: 'Syrian Observatory for Human Rights',
    type: 'monitor',
    aliases: ['Syrian Observatory for Human Rights', 'SOHR', 'OSDH', 'Syrian Observatory', "Observatoire syrien des droits de l'homme"],
    anaphora: ['the Observatory', 'the monitor', 'the monitoring group', 'the war monitor', 'the Britain-based monitor', 'the UK-based monitor', 'the NGO'],
  },
  {
    name: 'UN OCHA',
    type: 'un',
    aliases: [
      'OCHA', 'UN OCHA', 'UNOCHA', 'Office for the Coordination of Humanitarian Affairs', 'UN Office for the Coordination of Humanitarian Affairs',
      'United Nations Office for the Coordination of Humanitarian Affairs', "UN's Office of Humanitarian Affairs", 'UN’s Office of Humanitarian Affairs',
      'Office of Humanitarian Affairs', 'OCH', 'UN humanitarian office', 'UN humanitarian agency',
    ],
  },
  { name: 'UNHCR', type: 'un', aliases: ['UNHCR', 'United Nations High Commissioner for Refugees', 'UN refugee agency', 'UN High Commissioner for Refugees'] },
  { name: 'United Nations', type: 'un', aliases: ['United Nations', 'UN', 'U.N.'] },
  { name: 'UNICEF', type: 'un', aliases: ['UNICEF', "United Nations Children's Fund"] },
  { name: 'World Health Organization', type: 'un', aliases: ['World Health Organization', 'WHO'] },
  { name: 'CCCM Cluster', type: 'un', aliases: ['CCCM Cluster', 'CCCM', 'Camp Coordination and Camp Management Cluster'] },
  {
    name: 'Syrian Civil Defence',
    type: 'rescue',
    aliases: ['Syrian Civil Defence', 'Syrian Civil Defense', 'Civil Defense', 'Civil Defence', 'Idlib Civil Defense', 'Idlib Civil Defence', 'White Helmets'],
  },
  { name: 'Syrian Network for Human Rights', type: 'monitor', aliases: ['Syrian Network for Human Rights', 'SNHR'] },
  { name: 'Response Coordination Group', type: 'local', aliases: ['Response Coordination Group', 'Response Coordinators', 'Syria Response Coordinators'] },
  { name: 'Local councils', type: 'local', aliases: ['local council', 'local councils', 'local coordination committees'] },
  { name: 'SANA', type: 'government', aliases: ['SANA', 'Syrian Arab News Agency', 'Syrian state news agency', 'Syrian state news outlet SANA', 'state news agency SANA'] },
  { name: 'Syrian government forces', type: 'government', aliases: ['Syrian army', 'the army', 'regime army', 'Syrian regime army', 'army', 'SAA', 'Syrian Arab Army', 'Syrian military'] },
  { name: 'Russian Ministry of Defence', type: 'government', aliases: ['Russian Ministry of Defence', 'Russian Defence Ministry', 'Russian Defense Ministry', 'Russian military'] },
  { name: 'Turkish Red Crescent', type: 'ngo', aliases: ['Turkish Red Crescent'] },
  { name: 'Syrian Arab Red Crescent', type: 'ngo', aliases: ['Syrian Arab Red Crescent', 'SARC'] },
  { name: 'International Rescue Committee', type: 'ngo', aliases: ['International Rescue Committee', 'IRC'] },
  { name: 'Médecins Sans Frontières', type: 'ngo', aliases: ['Médecins Sans Frontières', 'Medecins Sans Frontieres', 'MSF', 'Doctors Without Borders'] },
  { name: 'Save the Children', type: 'ngo', aliases: ['Save the Children'] },
  { name: 'Union of Medical Care and Relief Organizations', type: 'ngo', aliases: ['Union of Medical Care and Relief Organizations', 'UOSSM', 'UOSSM International'] },
  { name: 'Pro-opposition media', type: 'media', aliases: ['pro-opposition media', 'opposition media', 'opposition activists', 'activists'] },
  { name: 'Syria Direct', type: 'media', aliases: ['Syria Direct'] },
  { name: 'Agence France-Presse', type: 'media', aliases: ['AFP', 'Agence France-Presse'] },
  { name: 'Reuters', type: 'media', aliases: ['Reuters'] },
  { name: 'Associated Press', type: 'media', aliases: ['Associated Press', 'AP'] },
  { name: 'Hayat Tahrir al-Sham', type: 'armed_group', aliases: ['HTS', 'Hayat Tahrir al-Sham', 'Hay’at Tahrir a-Sham'] },
  // added by normalize: other sources that report figures on the Syrian war
  { name: 'Human Rights Watch', type: 'ngo', aliases: ['Human Rights Watch', 'HRW'] },
  { name: 'Amnesty International', type: 'ngo', aliases: ['Amnesty International'] },
  { name: 'International Committee of the Red Cross', type: 'ngo', aliases: ['International Committee of the Red Cross', 'ICRC', 'Red Cross'] },
  { name: 'Syrian American Medical Society', type: 'ngo', aliases: ['Syrian American Medical Society', 'SAMS'] },
  { name: 'Norwegian Refugee Council', type: 'ngo', aliases: ['Norwegian Refugee Council', 'NRC'] },
  { name: 'World Food Programme', type: 'un', aliases: ['World Food Programme', 'World Food Program', 'WFP'] },
  { name: 'International Organization for Migration', type: 'un', aliases: ['International Organization for Migration', 'IOM'] },
  { name: 'Violations Documentation Center', type: 'monitor', aliases: ['Violations Documentation Center', 'Violations Documentation Centre', 'VDC'] },
  { name: 'Airwars', type: 'monitor', aliases: ['Airwars'] },
  { name: 'Al Jazeera', type: 'media', aliases: ['Al Jazeera', 'Al-Jazeera', 'Aljazeera'] },
  { name: 'Anadolu Agency', type: 'media', aliases: ['Anadolu Agency', 'Anadolu'] },
  { name: 'Enab Baladi', type: 'media', aliases: ['Enab Baladi'] },
  { name: 'Al-Masdar News', type: 'media', aliases: ['Al-Masdar News', 'Al Masdar News', 'Al-Masdar'] },
  { name: 'Step News Agency', type: 'media', aliases: ['Step News Agency', 'Step News'] },
  { name: 'Orient News', type: 'media', aliases: ['Orient News', 'Orient TV'] },
  { name: 'Smart News Agency', type: 'media', aliases: ['Smart News Agency', 'SMART News Agency', 'Smart News'] },
  { name: 'Ebaa News Agency', type: 'media', aliases: ['Ebaa News Agency', 'Ebaa'] },
  { name: 'Syrian Interim Government', type: 'government', aliases: ['Syrian Interim Government', 'interim government'] },
  { name: 'Syrian Salvation Government', type: 'government', aliases: ['Syrian Salvation Government', 'Salvation Government'] },
  {
    name: 'Russian Centre for Reconciliation',
    type: 'government',
    aliases: ['Russian Centre for Reconciliation', 'Russian Center for Reconciliation', 'Russian reconciliation centre', 'Russian reconciliation center'],
  },
];

export interface Admin1Entry {
  /** Name used in `admin1` (common English news spelling). */
  name: string;
  /** OCHA's spelling, as in the gazetteer. */
  ocha_name: string;
  pcode: string;
  aliases: string[];
}

export const ADMIN1: Admin1Entry[] = [
  { name: 'Damascus', ocha_name: 'Damascus', pcode: 'SY01', aliases: ['Damascus', 'Dimashq'] },
  { name: 'Aleppo', ocha_name: 'Aleppo', pcode: 'SY02', aliases: ['Aleppo', 'Halab'] },
  { name: 'Rural Damascus', ocha_name: 'Rural Damascus', pcode: 'SY03', aliases: ['Rural Damascus', 'Rif Dimashq', 'Damascus countryside', 'Eastern Ghouta', 'Ghouta'] },
  { name: 'Homs', ocha_name: 'Homs', pcode: 'SY04', aliases: ['Homs'] },
  { name: 'Hama', ocha_name: 'Hama', pcode: 'SY05', aliases: ['Hama', 'Hamah'] },
  { name: 'Latakia', ocha_name: 'Lattakia', pcode: 'SY06', aliases: ['Latakia', 'Lattakia', 'Lattaquié'] },
  { name: 'Idlib', ocha_name: 'Idleb', pcode: 'SY07', aliases: ['Idlib', 'Idleb', 'Edlib'] },
  { name: 'Al-Hasakah', ocha_name: 'Al-Hasakeh', pcode: 'SY08', aliases: ['Hasakah', 'Al-Hasakah', 'Hasakeh', 'Al-Hasakeh', 'Hassakeh'] },
  { name: 'Deir ez-Zor', ocha_name: 'Deir-ez-Zor', pcode: 'SY09', aliases: ['Deir ez-Zor', 'Deir-ez-Zor', 'Deir Ezzor', 'Deir al-Zor', 'Deir el-Zour'] },
  { name: 'Tartus', ocha_name: 'Tartous', pcode: 'SY10', aliases: ['Tartus', 'Tartous'] },
  { name: 'Raqqa', ocha_name: 'Ar-Raqqa', pcode: 'SY11', aliases: ['Raqqa', 'Ar-Raqqa', 'Al-Raqqa', 'Rakka'] },
  { name: 'Daraa', ocha_name: "Dar'a", pcode: 'SY12', aliases: ['Daraa', "Dar'a", 'Deraa'] },
  { name: 'As-Suwayda', ocha_name: 'As-Sweida', pcode: 'SY13', aliases: ['As-Suwayda', 'Sweida', 'Suwayda', 'As-Sweida'] },
  { name: 'Quneitra', ocha_name: 'Quneitra', pcode: 'SY14', aliases: ['Quneitra', 'Qunaytirah'] },
];

/** Folds a name for alias lookup: lower case, typographic apostrophes and hyphens to plain, spaces collapsed. */
export function foldName(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’‘`ʼʿʾ']/g, "'")
    .replace(/[‐-―-]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}
