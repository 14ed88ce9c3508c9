/**
 * Who said it, issue 9: the outlet a source spoke to, a relayed statement going on in the next sentence, a headline
 * crediting its figure after a colon, inverted verbs with a described subject, a body named by its last word, and a
 * bulletin's publisher known from its series title. Every sentence is written for its rule, in several genres and
 * wars; none comes from the seeds or the corpus.
 */
import { describe, expect, it } from 'vitest';
import { SourceMemory } from '../src/attribution.ts';
import { documentAuthor } from '../src/authorship.ts';
import { headOf, reporterPhrase } from '../src/reporter-phrase.ts';
import { extractArticle } from '../src/index.ts';
import { article } from './helpers.ts';

/** Reporters of each sentence, read in order by one memory, as extract reads an article; `author` is the document's. */
function each(sentences: string[], author = ''): string[][] {
  const memory = new SourceMemory(author);
  return sentences.map((s) => memory.read(s));
}

/** The reporters of every figure of a text whose first line is its title. */
const reportersOf = (text: string) => extractArticle({ ...article(text), title: text.split('\n')[0]! }).map((f) => f.reporter_texts);

describe('the outlet a source told', () => {
  it.each([
    ['wire, Syria', 'A military source told SANA that troops had taken 11 villages east of Maan.', ['military source', 'SANA']],
    ['outlet, Sudan', 'Displaced women told Radio Dabanga that 40 families had reached Sennar on foot.', ['Displaced women', 'Radio Dabanga']],
    ['wire, Ukraine', 'A local official told Ukrinform that 6 people were wounded in Kupiansk.', ['local official', 'Ukrinform']],
    ['outlet, Iraq', 'An officer told Rudaw that Peshmerga units cleared 5 villages near Bashiqa.', ['officer', 'Rudaw']],
  ])('%s: %s', (_genre, s, expected) => expect(each([s])[0]).toEqual(expected));

  it.each([
    'The commander told residents that 300 families could return to Tal Tamr.',
    'A doctor told reporters that 12 wounded were brought to the hospital in El Obeid.',
  ])('no outlet when the listener is not a source: %s', (s) => expect(each([s])[0]).toHaveLength(1));
});

describe('a relayed statement going on in the next sentence', () => {
  it.each([
    [
      'news, Iraq',
      ['Iraqi troops freed 4 villages south of Hammam al-Alil, the Joint Operations Command said.', 'Iraqi troops also cleared the road to the airport.'],
      'Joint Operations Command',
    ],
    [
      'wire, DR Congo',
      ['M23 fighters seized the town of Nyanzale on Friday, local sources said.', 'The fighters then took the nearby village of Kikuku.'],
      'local sources',
    ],
    [
      'outlet, Ukraine',
      ['The Ukrainian General Staff said that Ukrainian troops had pushed Russian units out of Klishchiivka.', 'Ukrainian troops also advanced 2 kilometres south of Bakhmut.'],
      'Ukrainian General Staff',
    ],
  ])('%s', (_genre, sentences, source) => expect(each(sentences)[1]).toEqual([source]));

  it('does not carry to a sentence about another subject', () => {
    const [, next] = each(['Russian forces captured Krynky, the Russian Defence Ministry claimed.', 'Ukrainian forces retook 3 villages near Robotyne.']);
    expect(next).toEqual([]);
    const [, other] = each(['The rebels took Sake on Monday, residents said.', 'Another 12 people died in shelling of Minova.']);
    expect(other).toEqual([]);
  });

  it('carries one sentence only', () => {
    const out = each(['Peshmerga forces freed Bashiqa, the command said.', 'Peshmerga forces also cleared 2 villages.', 'Peshmerga forces lost 3 vehicles.']);
    expect(out[1]).toEqual(['command']);
    expect(out[2]).toEqual([]);
  });

  it('goes on with the subjects of the sentence read last, not of an earlier one', () => {
    // The subjects are tagged only when the next sentence asks: they must still be the last source's sentence's.
    const out = each(['RSF fighters took Nyala, witnesses said.', 'Army troops shelled Omdurman, the army said.', 'RSF fighters also looted the market.']);
    expect(out[2]).toEqual([]);
    const syria = each(['Rebel fighters shelled Hama, activists said.', 'Syrian troops freed 4 villages south of Hama, the army command said.', 'Syrian troops also cleared the road to the airport.']);
    expect(syria[2]).toEqual(['army command']);
  });

  it("in a report with an author of its own, the unattributed sentence is the author's", () => {
    const out = each(['Russian forces took Tonenke, Russian milbloggers claimed.', 'Russian forces also attacked near Orlivka.'], 'ISW');
    expect(out[1]).toEqual(['ISW']);
  });
});

describe('a headline crediting its figure after a colon', () => {
  it.each([
    ['wire, DR Congo', 'Over 5,000 flee Sake in a single day: UN', ['UN']],
    ['outlet, Ukraine', 'Death toll in Kherson shelling rises to 12: officials', ['officials']],
    ['outlet, Yemen', 'Yemen: 14 killed in air strikes on Hodeidah port: Houthi-run health ministry', ['Houthi-run health ministry']],
    // The figure written in words (issue 9, fresh outlet texts).
    ['outlet, Iraq', 'Three Peshmerga fighters killed in ISIS ambush near Makhmour: ministry', ['ministry']],
    ['outlet, Mali', 'Eleven soldiers die in attack on army post in Boni: army', ['army']],
  ])('%s: %s', (_genre, s, expected) => expect(reportersOf(s)[0]).toEqual(expected));

  it.each(['Sudan war: RSF enters Wad Madani after 3 days of fighting', 'Syria: 40,000 people fled Afrin in a week', 'Fighting in Idlib kills 9: Saraqib',
    'Nine soldiers die in Gao ambush: a turning point'])(
    'credits no one: %s',
    (s) => expect(reportersOf(s)[0]).toEqual([]),
  );
});

describe('an inverted verb of saying with a described subject', () => {
  it.each([
    ['wire, Syria', 'Troops seized 9 villages in the Daraa countryside, reported the state-run news agency SANA.', ['SANA']],
    ['outlet, Sudan', 'At least 31 people were killed in Tamboul, said the local resistance committee.', ['local resistance committee']],
    ['encyclopedic, Syria', 'Twelve fighters died near Maarat Harma, said the Syrian Observatory for Human Rights.', ['Syrian Observatory for Human Rights']],
  ])('%s: %s', (_genre, s, expected) => expect(each([s])[0]).toEqual(expected));

  it('not a fragment of the next clause', () => {
    expect(each(['Nine houses burned, said the men who fled the village to Kosti.'])[0]).toEqual([]);
  });
});

describe('a body named by its last word', () => {
  it.each([
    ['the Russian Defence Ministry', 'Russian Defence Ministry'],
    ['the Iraqi Interior Ministry', 'Iraqi Interior Ministry'],
    ['the pro-government Al-Watan daily', 'Al-Watan daily'],
  ])('%s', (raw, expected) => expect(headOf(reporterPhrase(raw)!)).toBe(expected));

  it('a person after a role is still the person', () => {
    expect(headOf(reporterPhrase('Health Ministry spokesman Ashraf Nasser')!)).toBe('Ashraf Nasser');
    expect(headOf(reporterPhrase('SOHR activists')!)).toBe('SOHR');
  });
});

describe("a bulletin's publisher from its series title (sources.csv, kind series)", () => {
  const doc = (text: string) => ({ ...article(text), title: text.split('\n')[0]! });
  it.each([
    ['assessment, Iran/Syria', 'Iran Update, March 3, 2025\n\nOpposition forces entered 3 towns north of Hama.', 'Critical Threats Project'],
    ['assessment, Ukraine', 'Russian Offensive Campaign Assessment, May 2\n\nRussian forces advanced near Chasiv Yar.', 'Institute for the Study of War'],
    ['assessment, DR Congo', 'Africa File, February 6, 2025\n\nM23 rebels took Nyabibwe.', 'Critical Threats Project'],
    ['situation report, Sahel', 'West and Central Africa: Latest events at a glance (3 - 9 March 2025)\n\nSome 4,000 people fled Djibo.', 'UN OCHA'],
    ['monitor, Mozambique', 'Cabo Ligado Weekly: 12 - 18 May 2025\n\nInsurgents occupied Quissanga for two days.', 'ACLED'],
  ])('%s', (_genre, text, author) => expect(documentAuthor(doc(text))).toBe(author));

  it('a title naming no series gives no author', () => {
    expect(documentAuthor(doc('Weekly update on Iran\n\nOpposition forces entered 3 towns.'))).toBe('');
  });

  it("the publisher is the reporter of the bulletin's unattributed figures", () => {
    const text = 'West and Central Africa: Latest events at a glance (3 - 9 March 2025)\n\nSome 4,000 people fled Djibo on 5 March.';
    expect(extractArticle({ ...article(text), title: text.split('\n')[0]! }).map((f) => [f.reporter_texts, f.reporter_basis])).toEqual([[['UN OCHA'], 'document_author']]);
  });
});

describe('a role placed by "from", and a long role in apposition to a name', () => {
  it.each([
    ['outlet, Sudan', 'A listener from Hasaheisa reported that 15 people were killed in the raid.', ['listener from Hasaheisa']],
    ['wire, Yemen', 'A doctor from Al-Thawra hospital said 9 people were killed in Hodeidah.', ['doctor from Al-Thawra hospital']],
    ['wire, Ukraine', 'The head of the Kharkiv regional military administration, Oleh Petrenko, said 3 people were killed in Vovchansk.', ['Oleh Petrenko']],
    ['outlet, Iraq', 'The spokesman of the Joint Operations Command in Baghdad, Yahya Rasool, said troops freed 6 villages.', ['Yahya Rasool']],
  ])('%s: %s', (_genre, s, expected) => expect(each([s])[0]).toEqual(expected));

  it('a place alone after "from" is no reporter', () => {
    expect(reporterPhrase('people displaced from Idlib')).toBeNull();
  });
});

describe("a report's lead cites sources that are not its author", () => {
  const doc = (text: string) => ({ ...article(text), title: text.split('\n')[0]! });
  it.each([
    ['situation report, Syria', 'Northwest Syria: Flash Update No. 3\n\nAccording to the CCCM Cluster, 12,000 people fled Ariha. OCHA and partners are scaling up the response.', 'OCHA'],
    ['situation report, Sudan', 'Sudan: El Gezira Situation Report No. 2\n\nIOM estimates that 250,000 people fled Wad Madani. UNICEF and WFP are delivering aid in Sennar.', 'UNICEF'],
    // A series the title names ("Flash Update", OCHA's) is its publisher's, before any agency the lead names.
    ['flash update, Sudan', 'Sudan: El Gezira Flash Update No. 2\n\nIOM estimates that 250,000 people fled Wad Madani. UNICEF and WFP are delivering aid in Sennar.', 'UN OCHA'],
  ])('%s', (_genre, text, author) => expect(documentAuthor(doc(text))).toBe(author));

  it('a cited source alone leaves the report without an author', () => {
    expect(documentAuthor(doc('Ukraine: Situation Report No. 8\n\nAccording to WHO, 4 health facilities were damaged in Kharkiv.'))).toBe('');
    expect(documentAuthor(doc('Ukraine: Flash Update No. 8\n\nAccording to WHO, 4 health facilities were damaged in Kharkiv.'))).toBe('UN OCHA');
  });
});
