/**
 * A humanitarian agency's own text gives its figures in its own voice: "we received 40 wounded", "our teams treated",
 * "MSF teams admitted". Three constructions (authorship.ts, attribution.ts): a text that speaks as "we" outside its
 * quotations and opens on an agency is that agency's; an agency's staff at the work that counts people ("ICRC surgeons
 * operated on") report its figure; a page on an agency's own site is the agency's. Plus "X tweeted" as a verb of
 * saying. Texts written for the rules, in several wars and genres; none from the corpus.
 */
import { describe, expect, it } from 'vitest';
import { documentAuthor } from '../src/authorship.ts';
import { extractArticle } from '../src/index.ts';
import { article } from './helpers.ts';

const page = (title: string, text: string, url = '') => ({ ...article(text), title, url });
const reporters = (title: string, text: string, url = '') =>
  extractArticle(page(title, text, url)).map((f) => [f.quantity?.value, f.reporter_texts.join(';')]);

describe('a text in its publisher\'s first person', () => {
  it.each([
    [
      'an NGO press release republished by a mailing list, Yemen',
      'Taiz: wounded keep arriving',
      'Médecins Sans Frontières (MSF) is alarmed by the number of war-wounded patients reaching Taiz.\n\nSince the start of May, we have treated 212 wounded people at our hospital in Al-Houban.',
      'Médecins Sans Frontières',
    ],
    [
      'a Red Cross news release, DRC',
      'Fighting near Sake',
      'The International Committee of the Red Cross (ICRC) is deeply worried by the fighting west of Goma.\n\nOver the past week our surgical teams admitted 134 wounded people at CBCA Ndosho hospital.',
      'International Committee of the Red Cross',
    ],
    [
      'a UN agency statement, Myanmar',
      'Children caught in the fighting',
      'UNICEF condemns the air strike on a village school in Sagaing Region.\n\nOur staff have reached 2,400 displaced families sheltering in monasteries near Kale.',
      'UNICEF',
    ],
  ])('%s: the agency opening the lead is the "we"', (_case, title, text, agency) => {
    expect(documentAuthor(page(title, text))).toBe(agency);
    const facts = extractArticle(page(title, text));
    expect(facts.length).toBeGreaterThan(0);
    for (const f of facts) expect(f.reporter_texts).toEqual([agency]);
  });

  it('"we" in a quotation is its speaker\'s: a wire story opening on an agency has no author', () => {
    const text = 'UNICEF said on Tuesday that schools in Khartoum had been hit.\n\n"We have seen 30 children killed in a week," a doctor told reporters in Omdurman.';
    expect(documentAuthor(page('Sudan schools hit', text))).toBe('');
  });

  it('an agency named in the lead but not as its subject is not the "we"', () => {
    const text = 'Shelling hit the camp on Monday, according to UNHCR.\n\nWe counted 17 dead among the families we met in Zamzam.';
    expect(documentAuthor(page('Zamzam shelled', text))).toBe('');
  });

  it('"we" after a sentence quoting a hospital is the report\'s author, not carried from the hospital', () => {
    const text = 'The ICRC is deeply concerned by the fighting around Bakhmut.\n\nAt least 20 people were wounded on Sunday, the city hospital said.\n\nWe also registered 6,000 people displaced towards Kostiantynivka.';
    expect(reporters('Donetsk update', text)).toEqual([[20, 'city hospital'], [6000, 'ICRC']]);
  });
});

describe("an agency's staff at the work that counts people", () => {
  it.each([
    ['a wire story, Gaza', 'MSF teams treated 48 wounded people at Nasser hospital in Khan Younis on Tuesday, after strikes on the camp.', 'MSF'],
    ['a regional outlet, Sudan', 'In El Geneina, ICRC surgeons operated on 31 wounded civilians in three days.', 'ICRC'],
    ['a UN update, Ukraine', 'On Friday UNHCR staff received 1,900 displaced people in Zaporizhzhia from the front-line villages.', 'UNHCR'],
  ])('%s', (_case, text, agency) => {
    const facts = extractArticle(article(text));
    expect(facts.length).toBeGreaterThan(0);
    for (const f of facts) expect(f.reporter_texts).toEqual([agency]);
  });

  it('staff who are victims report nothing', () => {
    const facts = extractArticle(article('Two MSF staff were killed when a shell hit the clinic in Wad Madani.'));
    for (const f of facts) expect(f.reporter_texts).toEqual([]);
  });

  it('an army\'s doctors are no agency', () => {
    const facts = extractArticle(article('Army doctors treated 25 wounded soldiers near Bakhmut.'));
    for (const f of facts) expect(f.reporter_texts).not.toContain('Army');
  });
});

describe("an agency's own site", () => {
  it.each([
    ['an MSF update page, Sudan', 'https://www.msf.org.uk/article/el-fasher-update', 'On Sunday, 54 wounded reached the South Hospital in El Fasher and 11 of them died.', 'Médecins Sans Frontières'],
    ['a WHO news item, Gaza', 'https://www.who.int/news/item/gaza-hospital', 'The strike on Al-Ahli hospital injured 27 health workers.', 'World Health Organization'],
    ['an IOM page, Sahel', 'https://www.iom.int/news/burkina-faso-displacement', 'Attacks near Djibo displaced 9,300 people in March.', 'International Organization for Migration'],
  ])('%s', (_case, url, text, agency) => {
    const facts = extractArticle({ ...article(text), url });
    expect(facts.length).toBeGreaterThan(0);
    for (const f of facts) expect(f.reporter_texts).toEqual([agency]);
  });
});

describe('"X tweeted"', () => {
  it.each([
    ['Chad', 'Some 3,000 refugees crossed into Adre overnight, the UNHCR representative in Chad tweeted on Monday.', 'UNHCR'],
    ['Ukraine', 'Four civilians were killed in Kherson, the regional governor tweeted.', 'regional governor'],
  ])('%s', (_case, text, source) => {
    const facts = extractArticle(article(text));
    expect(facts.length).toBeGreaterThan(0);
    for (const f of facts) expect(f.reporter_texts.join(';')).toContain(source);
  });
});

describe("a republished report's address names its agency", () => {
  const text = 'HUMANITARIAN ACTIVITIES\n\nFighting in Cibitoke displaced some 9,000 families during the week.';
  it.each([
    ['an OCHA situation report on an aggregator, Burundi', 'https://reliefweb.int/report/burundi/ocha-burundi-situation-report-14-20-feb-2003', 'UN OCHA'],
    ['a UNHCR update on an aggregator, Sudan', 'https://reliefweb.int/report/sudan/unhcr-sudan-emergency-external-update-31', 'UNHCR'],
    ['an IOM flash report as a PDF, Yemen', 'https://example.org/files/iom-yemen-flash-report-marib-displacement.pdf', 'International Organization for Migration'],
  ])('%s', (_case, url, agency) => {
    const facts = extractArticle({ ...article(text), url });
    expect(facts.length).toBeGreaterThan(0);
    for (const f of facts) expect(f.reporter_texts).toEqual([agency]);
  });

  it.each([
    ['a news story\'s address names no kind of report', 'https://www.example-news.com/africa/unhcr-says-9000-families-fled-cibitoke'],
    ['a report titled by its country alone names no agency', 'https://reliefweb.int/report/burundi/burundi-situation-report-14-20-feb-2003'],
  ])('%s', (_case, url) => {
    for (const f of extractArticle({ ...article(text), url })) expect(f.reporter_texts).toEqual([]);
  });
});
