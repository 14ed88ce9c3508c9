/**
 * Situation reports' credits and figure lines the rules missed (issue 9, fresh reports nobody tuned for): a figure line
 * closed by the acronym of the body that counted ("(MoH)", "(DRM)"), a bullet that drops the auxiliary before
 * "internally displaced", and a report saved from its publisher's own site whose lead names the UN in passing. Every
 * sentence is written for its rule, in several genres and wars; none comes from the fresh texts, the seeds or the
 * corpus.
 */
import { describe, expect, it } from 'vitest';
import { documentAuthor } from '../src/authorship.ts';
import { extractArticle } from '../src/index.ts';
import { article, brief, extract } from './helpers.ts';

const facts = (s: string) => extract(s).map(brief);

describe('a figure line closed by a bracketed acronym credits the body that counted', () => {
  it.each([
    ['flash update, Gaza', '1,204 people killed and 3,500 injured since 1 March (MoH).', [['killed', 1204], ['injured', 3500]], 'MoH'],
    ['sitrep, Lebanon', '52,000 people sheltering in 300 collective shelters (DRM).', [['idps_stock', 52000]], 'DRM'],
    ['bulletin, Yemen', 'At least 37 civilians were killed in Hodeidah governorate during the week (CIMP).', [['killed', 37]], 'CIMP'],
    ['sitrep, DR Congo', 'More than 90 people were killed in Beni territory in May (MONUSCO).', [['killed', 90]], 'MONUSCO'],
    ['NGO update, Myanmar', 'Eleven aid workers were killed in Rakhine in 2023 (AWSD).', [['killed', 11]], 'AWSD'],
  ])('%s: %s', (_genre, s, figures, source) => {
    const found = facts(s);
    expect(found.map((f) => [f.category, f.value])).toEqual(figures);
    for (const f of found) expect(f.reporters).toEqual([source]);
  });

  it('a plural acronym names what was counted, not who counted it', () => {
    expect(facts('Some 2,300 people were displaced to Kaga Bandoro (IDPs).')[0]!.reporters).toEqual([]);
  });

  it('an armed group in brackets is the perpetrator, not the source', () => {
    expect(facts('Three civilians were killed in an attack on Tillia (ISGS).')[0]!.reporters).toEqual([]);
    expect(facts('Six villagers were killed near Kiwanja overnight (M23).')[0]!.reporters).toEqual([]);
  });

  it('the short form of the words just before it is no source, whatever their case', () => {
    expect(facts('Three children were killed by unexploded ordnance (UXO).')[0]!.reporters).toEqual([]);
    expect(facts('Two farmers were injured by explosive remnants of war (ERW).')[0]!.reporters).toEqual([]);
  });

  it('an acronym inside the sentence is no credit for the whole line', () => {
    const found = facts('Some 4,000 people (DTM) fled from Djugu to Bunia on Friday.');
    expect(found.map((f) => f.value)).toEqual([4000]);
    expect(found[0]!.reporters).toEqual([]);
  });
});

describe('"N people internally displaced" without an auxiliary', () => {
  it.each([
    ['flash update, Lebanon', '412,300 persons internally displaced since 23 September, of which 51% female (IOM).', 412300, ['IOM'], 'since 23 September'],
    ['sitrep, Sudan', '95,000 people internally displaced since 15 April.', 95000, [], 'since 15 April'],
    ['UNHCR update, Myanmar', 'Some 18,000 people internally displaced in Sagaing since January.', 18000, [], 'since January'],
  ])('%s: %s', (_genre, s, value, reporters, time) => {
    const found = facts(s);
    expect(found.map((f) => [f.category, f.value])).toEqual([['displaced', value]]);
    expect(found[0]!.reporters).toEqual(reporters);
    expect(found[0]!.time).toBe(time);
  });

  it('"internally displaced persons" as a subject is still the noun, not the verb', () => {
    expect(facts('Four internally displaced persons were killed in the shelling of the camp.').map((f) => f.category)).toEqual(['killed']);
  });
});

describe("a report saved from its publisher's own site", () => {
  const report = (text: string, url: string) => ({ ...article(text), title: text.split('\n')[0]!, url });
  const yemen = 'Yemen: Flash Update #6 - Hostilities in Marib, as of 3 March 2021\nHIGHLIGHTS\n- UN and partners delivered tents to 400 families in Marib city.\n- About 8,000 people fled the fighting in Sirwah district.';
  const sudan = 'Sudan: Situation Report, 2 May 2023\nThe UN and NGO partners relocated staff from Khartoum.\nSome 20,000 people have crossed into Chad since the fighting began.';

  it.each([
    ['OCHA, Yemen', yemen, 'https://www.unocha.org/publications/report/yemen/yemen-flash-update-6', 'UN OCHA'],
    ['UNHCR, Sudan', sudan, 'https://www.unhcr.org/news/sudan-situation-report-2-may-2023', 'UNHCR'],
  ])('%s: the site owner is the author, not the UN its lead names', (_case, text, url, author) => {
    expect(documentAuthor(report(text, url))).toBe(author);
    const found = extractArticle(report(text, url));
    expect(found.length).toBeGreaterThan(0);
    for (const f of found) expect(f.reporter_texts).toEqual([author]);
  });

  it('saved from elsewhere, the lead still names its author as before', () => {
    expect(documentAuthor(report(sudan, 'https://example.org/sudan-situation-report'))).toBe('UN');
    // A title's series ("Flash Update", OCHA's) names its publisher before the agency the lead names first.
    expect(documentAuthor(report(yemen, 'https://example.org/yemen-flash-update-6'))).toBe('UN OCHA');
  });
});

describe("a section heading's credit carries to the section's figures", () => {
  const reportersOf = (text: string) => extractArticle({ ...article(text), title: text.split('\n')[0]! }).map((f) => [f.quantity?.value, f.reporter_texts]);

  it.each([
    [
      'flash update, Sudan',
      'Sudan: Flash Update No. 4\nDisplacement (source: CCCM Cluster)\nSome 7,400 people arrived in Tawila camps in the week.\nAnother 1,900 arrived in Kutum.\nCasualties\nAt least 40 people were killed in El Fasher.',
      // The section without a credit is the flash update's own: OCHA's series.
      [[7400, ['CCCM Cluster']], [1900, ['CCCM Cluster']], [40, ['UN OCHA']]],
    ],
    [
      'situation report, Yemen',
      'Yemen Situation Report No. 12\nCasualties, according to the Health Cluster\nAt least 40 people were killed in Taiz city.\nSome 120 were injured.\nDisplacement\nAbout 3,000 people fled Hays.',
      [[40, ['Health Cluster']], [120, ['Health Cluster']], [3000, []]],
    ],
  ])('%s', (_genre, text, expected) => {
    expect(reportersOf(text)).toEqual(expected);
  });

  it("a figure naming its own source keeps it inside the credited section", () => {
    const text = 'Haiti: Situation Report No. 7\nDisplacement (source: IOM DTM)\nSome 5,000 people fled Gressier.\nThe Civil Protection said 900 more fled Carrefour.';
    expect(reportersOf(text)).toEqual([[5000, ['IOM DTM']], [900, ['Civil Protection']]]);
  });
});
