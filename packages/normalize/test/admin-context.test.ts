/**
 * A fact's admin1 from the places around it (places/admin-context.ts), on invented articles from several wars: the
 * paragraph's place, the headline's, the article's only admin1, and when nothing may be inferred.
 */
import { describe, expect, it } from 'vitest';
import type { ExtractedFact, PlaceMention } from '@frontline/schema';
import { loadGazetteer, normalizeArticle } from '../src/index.ts';
import { article, fact, mention } from './factory.ts';

const gz = loadGazetteer();

const around = (paragraph: string[], lead: string[] = [], between: string[] = []) => ({
  paragraph: paragraph.map((p) => mention(p)),
  lead: lead.map((p) => mention(p)),
  between: between.map((p) => mention(p)),
});

/** The admin1 and its basis of each fact of an article, its country told by `text`. */
function areas(facts: ExtractedFact[], text: string): [string[], string][] {
  return normalizeArticle(facts, article(), gz, { text }).facts.map((f) => [f.admin1, f.admin1_basis]);
}

const at = (...places: (string | PlaceMention)[]) => places.map((p) => (typeof p === 'string' ? mention(p) : p));

describe('admin1 from the places around a fact', () => {
  it('stated: the fact\'s own place', () => {
    const text = 'Shelling of Izium in Ukraine killed 4 civilians.';
    expect(areas([fact({ place_mentions: at('Izium') })], text)).toEqual([[['Kharkiv'], 'stated']]);
  });

  it('paragraph: a wire story\'s second sentence takes the town of the first (Ukraine)', () => {
    const text = 'Russian missiles struck Balakliia in Ukraine on Monday. Four people were killed, the governor said.';
    const facts = [fact({ sentence_index: 1, place_context: around(['Balakliia'], ['Balakliia'], ['Balakliia']) })];
    expect(areas(facts, text)).toEqual([[['Kharkiv'], 'paragraph']]);
  });

  it('paragraph: the latest place the packs know, past one they do not (DR Congo situation report)', () => {
    const text = 'Clashes near Bukavu and in Nyabibwe, in the Democratic Republic of the Congo, displaced 3,000 families.';
    const facts = [fact({ kind: 'displacement', category: 'displaced', place_context: around(['Nyabibwe', 'Bukavu'], [], ['Bukavu', 'Nyabibwe']) })];
    expect(areas(facts, text)).toEqual([[['South Kivu'], 'paragraph']]);
  });

  it('headline: a monitor\'s toll under a headline naming the town (Sudan)', () => {
    const text = 'Siege of El Fasher: 120 civilians killed in a week\n\nThe monitor documented 120 deaths in Sudan.';
    const facts = [fact({ sentence_index: 2, place_context: around([], ['El Fasher'], ['El Fasher']) })];
    expect(areas(facts, text)).toEqual([[['Northern Darfur'], 'headline']]);
  });

  it('article: the only admin1 an encyclopedic text names (Iraq)', () => {
    const text = 'The battle for Mosul began in October. Thousands were killed. Iraqi forces retook the city.';
    const facts = [fact({ sentence_index: 1, place_context: around([], [], ['Mosul']) })];
    expect(areas(facts, text)).toEqual([[['Nineveh'], 'article']]);
  });

  it('headline: a report\'s lead naming two or three admin1 is its scope, and a placeless figure is about all of them', () => {
    const text = 'Fighting in Izium and Kherson. 12 soldiers were killed in Ukraine.';
    expect(areas([fact({ place_context: around([], ['Izium', 'Kherson'], []) })], text)).toEqual([[['Kharkiv', 'Kherson'], 'headline']]);
    const sitrep = 'Flash Update: hostilities across Idleb, western Aleppo and northern Hama. 40 people have been killed in Syria.';
    const facts = [fact({ sentence_index: 1, place_context: around([], ['Idleb', 'Aleppo', 'Hama'], []) })];
    expect(areas(facts, sitrep)).toEqual([[['Idlib', 'Aleppo', 'Hama'], 'headline']]);
  });

  it('a lead naming four admin1 is no scope (Sudan)', () => {
    const text = 'Clashes in Khartoum, Kassala, Gedaref and El Fasher. 30 people were killed in Sudan.';
    const facts = [fact({ sentence_index: 1, place_context: around([], ['Khartoum', 'Kassala', 'Gedaref', 'El Fasher'], []) })];
    expect(areas(facts, text)).toEqual([[[], '']]);
  });

  it('a narrative\'s lead naming several admin1 is the campaign\'s, no scope of one fact (Ukraine)', () => {
    const text = 'The offensive reached Izium and Kherson. 12 soldiers were killed in Ukraine.';
    const facts = [fact({ sentence_index: 1, place_context: around([], ['Izium', 'Kherson'], []) })];
    const undated = { ...article(), published: '', published_precision: '', published_earliest: '', published_latest: '' };
    expect(normalizeArticle(facts, undated as never, gz, { text }).facts.map((f) => [f.admin1, f.admin1_basis])).toEqual([[[], '']]);
  });

  it('never invents one of several: an article naming two', () => {
    const text2 = 'Strikes on Kharkiv. Later, shelling hit Kherson. 9 people died in Ukraine.';
    expect(areas([fact({ place_context: around([], [], ['Kharkiv', 'Kherson']) })], text2)).toEqual([[[], '']]);
  });

  it('a fact about a whole country is not narrowed to its paragraph\'s region', () => {
    const text = 'Shelling of Izium continued. Across Ukraine, 2,000 civilians have been killed.';
    const facts = [fact({ place_mentions: at(mention('Ukraine', { feature_hint: 'country' })), place_context: around(['Izium']) })];
    expect(areas(facts, text)).toEqual([[[], '']]);
  });

  it('a context place outside the article\'s country is not used (Moscow in a story about Ukraine)', () => {
    const text = 'Moscow said its forces advanced in Ukraine near Kupiansk and Izium. 30 Ukrainian soldiers were killed.';
    const facts = [
      fact({ place_mentions: at('Kupiansk'), sentence_index: 0 }),
      fact({ sentence_index: 1, place_context: around(['Moscow']) }),
    ];
    expect(areas(facts, text)[1]).toEqual([['Kharkiv'], 'article']);
  });

  it('stated by its hint: a place the packs lack, "in X province" (DR Congo)', () => {
    const text = 'Fighting in Kashebere, in North Kivu province, Democratic Republic of the Congo, killed 8 people.';
    const facts = [fact({ place_mentions: at(mention('Kashebere', { admin_hint: 'North Kivu province' })) })];
    expect(areas(facts, text)).toEqual([[['North Kivu'], 'stated']]);
  });

  it('a village namesake far from the article\'s other places is passed over in the paragraph too (Syria)', () => {
    const text = 'Troops advanced from Aleppo towards Manbij, Azaz and al-Bab. They then entered Hanano. 5 civilians were killed.';
    const facts = [
      fact({ place_mentions: at('Aleppo', 'Manbij', 'Azaz', 'al-Bab'), sentence_index: 0 }),
      fact({ sentence_index: 2, place_context: around(['Hanano', 'Azaz']) }),
    ];
    expect(areas(facts, text)[1]).toEqual([['Aleppo'], 'paragraph']);
  });
});

describe('admin1 from the place a narrative\'s section had reached', () => {
  const narrative = article({ published: '', published_precision: '', published_earliest: '', published_latest: '' });
  const inSection = (section: string[], lead: string[]) => ({ ...around([], lead, []), section: section.map((p) => mention(p)) });
  const sectionAreas = (facts: ExtractedFact[], text: string, record = narrative) =>
    normalizeArticle(facts, record, gz, { text }).facts.map((f) => [f.admin1, f.admin1_basis]);

  it('a paragraph opening with a place the packs lack takes the section\'s latest known place (Ukraine, two oblasts in the lead)', () => {
    const text = 'The counteroffensive freed Izium and Lyman in Ukraine.\n\nAdvance on Balakliia\n\nOn 7 September, troops took Verbivka.';
    const facts = [fact({ sentence_index: 4, place_context: inSection(['Balakliia', 'Lyman'], ['Izium', 'Lyman']) })];
    expect(sectionAreas(facts, text)).toEqual([[['Kharkiv'], 'section']]);
  });

  it('the latest place wins over earlier ones of the section (Syria: Hama after Idlib)', () => {
    const text = 'The offensive in Syria reached Idlib and Hama.\n\nSpring battles\n\nOn 3 May the army shelled Saraqib. On 4 May it entered Kafr Zita.\n\nOn 5 May it took a hill.';
    const facts = [fact({ sentence_index: 6, place_context: inSection(['Kafr Zita', 'Saraqib'], ['Idlib', 'Hama']) })];
    expect(sectionAreas(facts, text)).toEqual([[['Hama'], 'section']]);
  });

  it('a dated report\'s sub-headings are no sections: the lead\'s areas, not the section\'s place (Sudan)', () => {
    const text = 'Fighting spreads from Wad Madani to El Fasher in Sudan\n\nThe north\n\nThe RSF shelled El Fasher. 9 people died.';
    const facts = [fact({ sentence_index: 4, place_context: inSection(['El Fasher'], ['Wad Madani', 'El Fasher']) })];
    expect(sectionAreas(facts, text, article())).toEqual([[['Al Jazirah', 'Northern Darfur'], 'headline']]);
  });
});

describe('homonyms across countries settled by the article\'s country', () => {
  it('Rafah is the Gaza town in an article about Gaza, the Syrian village otherwise', () => {
    const gaza = normalizeArticle([fact({ place_mentions: at('Rafah') })], article(), gz, { text: 'Israeli strikes on Rafah, Gaza, in the Palestinian territories killed 20.' });
    expect(gaza.country).toBe('PS');
    expect(gaza.facts[0]!.admin1).toEqual(['Gaza Strip']);
  });

  it('a loose namesake abroad does not decide the article\'s country (Kurdistan is no Canadian town)', () => {
    const text = 'Iraqi forces and the Peshmerga advanced on Mosul; 7,000 people fled to Kurdistan, Iraq.';
    const result = normalizeArticle([fact({ kind: 'displacement', category: 'displaced', place_mentions: at('Kurdistan', 'Mosul') })], article(), gz, { text });
    expect(result.country).toBe('IQ');
    expect(result.facts[0]!.admin1).toEqual(['Nineveh']);
  });
});
