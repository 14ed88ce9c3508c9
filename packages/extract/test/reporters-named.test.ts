/**
 * Who said it, issue 9 point 6: a name described by the words before it ("the pro-government X", "state broadcaster
 * EBC"), a pronoun for the speaker named earlier in the same sentence, a quotation going on after its speaker, and
 * the publisher of a page saved from its own site. Every sentence is written for its rule, in several genres and
 * wars; none comes from the seeds or the corpus.
 */
import { describe, expect, it } from 'vitest';
import { SourceMemory } from '../src/attribution.ts';
import { documentAuthor } from '../src/authorship.ts';
import { extractArticle } from '../src/index.ts';
import { article, extract } from './helpers.ts';

/** Reporters of each sentence, read in order by one memory, as extract reads an article. */
function each(sentences: string[]): string[][] {
  const memory = new SourceMemory();
  return sentences.map((s) => memory.read(s));
}

/** The reporters of every fact of a text, in order. */
const reportersOf = (text: string) => extract(text).map((f) => f.reporter_texts);

describe('descriptive words before a name are not part of it', () => {
  it.each([
    ['encyclopedic, Syria', 'On 2 June, the pro-government Liwa al-Quds announced the deaths of 20 of its fighters near Kafr Nabl.', ['Liwa al-Quds']],
    ['wire, Iraq', 'The Iran-backed Kataib Hezbollah said 7 of its fighters were killed in a strike near Al-Qaim.', ['Kataib Hezbollah']],
    ['outlet, Libya', 'The Tripoli-based Libya Observer reported that 11 fighters were killed near Gharyan.', ['Libya Observer']],
  ])('%s: %s', (_genre, s, expected) => expect(each([s])[0]).toEqual(expected));

  it.each([
    ['outlet, Ethiopia', 'State broadcaster EBC said 3,000 people had been displaced by the fighting around Kobo.', ['EBC']],
    ['encyclopedic, Syria', 'The rebel group Jaish al-Izza said 14 of its fighters were killed near Latamneh.', ['Jaish al-Izza']],
    ['wire, Myanmar', 'The resistance group Karenni Nationalities Defense Force said it had captured the town of Mese.', ['Karenni Nationalities Defense Force']],
  ])('a body noun before a name: %s: %s', (_genre, s, expected) => expect(each([s])[0]).toEqual(expected));

  it.each([
    ['encyclopedic, Syria', 'The army entered Saraqib on 6 February, according to the pro-government Al-Watan newspaper.', ['Al-Watan newspaper']],
    ['wire, Nagorno-Karabakh', "Azerbaijan's President Ilham Aliyev said his forces had taken the town of Jabrayil.", ['Ilham Aliyev']],
    ['wire, Ukraine', 'President Volodymyr Zelensky said Ukrainian troops had liberated Kherson.', ['Volodymyr Zelensky']],
  ])('a name ending in a body noun, a title before a name: %s: %s', (_genre, s, expected) => expect(each([s])[0]).toEqual(expected));

  it('keeps a capitalised word that is part of the name', () => {
    expect(each(['The Army General Command said 40 militants were killed near Deir ez-Zor.'])[0]).toEqual(['Army General Command']);
  });
  it('keeps a description that names no one', () => {
    expect(each(['Pro-government media reported that 6 soldiers were killed near Hama.'])[0]).toEqual(['Pro-government media']);
  });
});

describe('sources joined, cited and appended', () => {
  it.each([
    ['monitor, Syria', 'At least 9 civilians were killed in air strikes on Ariha, according to local sources and the SOHR.', [['local sources', 'SOHR']]],
    ['sitrep, Yemen', 'According to IOM and local authorities, some 2,000 people fled to Marib city.', [['IOM', 'local authorities']]],
    ['sitrep, DR Congo', 'Some 4,000 people were displaced from Rutshuru, according to local authorities cited by OCHA.', [['local authorities', 'OCHA']]],
    ['encyclopedic, Syria', 'On 14 May, rebels captured Tal Malah, per the SOHR.', [['SOHR']]],
    ['encyclopedic, Libya', 'On 2 June, the LNA captured Gharyan, per Al-Wasat.', [['Al-Wasat']]],
  ])('%s: %s', (_genre, s, expected) => expect(reportersOf(s)).toEqual(expected));

  it('an "and" that starts a clause names no second source', () => {
    expect(reportersOf('At least 9 civilians were killed in Ariha, according to the SOHR and the toll is rising.')).toEqual([['SOHR']]);
  });
  it('an "and" inside a registry name does not split it', () => {
    expect(reportersOf('Some 3,000 people fled, according to the UN Office for the Coordination of Humanitarian Affairs.')).toEqual([
      ['UN Office for the Coordination of Humanitarian Affairs'],
    ]);
  });
  it('"per" after a comma before a common noun is no source', () => {
    expect(reportersOf('Shelling killed 12 people in Kharkiv, per day of fighting.')).toEqual([[]]);
  });
});

describe('quoted by an outlet, issued in a statement, a party as "the group"', () => {
  it.each([
    ['wire, Syria', 'SANA quoted a military source as saying that army units had taken control of Tal Touqan.', [['military source', 'SANA']]],
    ['outlet, Sudan', 'Radio Dabanga quoted residents as saying that 30 people were killed in the raid on Tawila.', [['residents', 'Radio Dabanga']]],
    ['wire, Syria', 'According to a statement by the Turkish defence ministry, 33 soldiers were killed in the air strike.', [['Turkish defence ministry']]],
    ['sitrep, Ukraine', 'A statement from the Kharkiv Regional Military Administration said 1,200 people had been evacuated from Vovchansk.', [
      ['Kharkiv Regional Military Administration'],
    ]],
    ['wire, Sudan', 'The RSF took control of the Al-Jili refinery, the group said in a post on Telegram.', [['RSF']]],
    ['regional, Yemen', 'The Houthis seized the Al-Abdiyah district on Sunday, the group said.', [['Houthis']]],
  ])('%s: %s', (_genre, s, expected) => expect(reportersOf(s)).toEqual(expected));

  it.each([
    ['wire, Syria', 'A military source said 7 soldiers were killed near Hama, according to the state news agency SANA.', [['military source', 'SANA']]],
    ['regional, DR Congo', 'Local officials said 300 families fled Sake, according to Radio Okapi.', [['Local officials', 'Radio Okapi']]],
  ])('an outlet closing a quoted sentence carried the quote: %s: %s', (_genre, s, expected) => expect(reportersOf(s)).toEqual(expected));
  it('an outlet closing only its own clause', () => {
    expect(reportersOf('The SOHR said 5 civilians died in Ariha, while 3 died in Sarmin according to the White Helmets.')).toEqual([
      ['SOHR'],
      ['White Helmets'],
    ]);
  });

  it('"the group" after a named source is that source', () => {
    expect(reportersOf('Fighting killed 12 people in Ariha, the SOHR said. The group said 4 of them were children.')).toEqual([['SOHR'], ['SOHR']]);
  });
  it('"the agency" names no armed party', () => {
    expect(reportersOf('The RSF took control of the Al-Jili refinery, the agency said.')).toEqual([['agency']]);
  });
});

describe('a pronoun for the speaker named earlier in the same sentence', () => {
  it.each([
    ['outlet, Syria', [
      'Most aid groups estimate that 150,000 people are displaced in the province.',
      '"We cannot feed them," said Khaled Hamoud, who runs a camp near Atmeh that he said houses about 900 families.',
    ], [['aid groups'], ['Khaled Hamoud']]],
    ['wire, Yemen', [
      'The Houthis said the strikes hit the port of Hodeidah.',
      '"It was a massacre," said Fatima Saleh, a nurse at a hospital where she said 23 bodies had been brought.',
    ], [['Fatima Saleh']]],
  ] as const)('%s', (_genre, text, expected) => expect(reportersOf(text.join(' '))).toEqual(expected));

  it('a pronoun with no speaker before it in the sentence is still the last source quoted', () => {
    expect(reportersOf('The Observatory said 14 civilians were killed in Ariha. It added that 5 of them were children.')).toEqual([
      ['Observatory'],
      ['Observatory'],
    ]);
  });
});

describe('a quotation going on after its speaker', () => {
  it.each([
    ['wire, DR Congo', 'Lawrence Kanyuka, the M23 spokesman, said the rebels had entered Bukavu. "Our fighters also took the airport at Kavumu."', [
      ['Lawrence Kanyuka'],
      ['Lawrence Kanyuka'],
    ]],
    ['outlet, Iraq', '"Our troops liberated the village of Imam Gharbi this morning," said Colonel Ahmed Jassim. "They also freed Hammam al-Alil."', [
      ['Ahmed Jassim'],
      ['Ahmed Jassim'],
    ]],
  ] as const)('%s: %s', (_genre, text, expected) => expect(reportersOf(text)).toEqual(expected));

  it('not after a sentence that quotes no one', () => {
    expect(reportersOf('The RSF shelled the market in El Fasher on Friday. "They killed 12 people in front of my shop."')).toEqual([[]]);
  });
  it('not a sentence after the next one', () => {
    expect(
      reportersOf('The army said it had taken the village of Kafr Zita. Shelling continued overnight. "Another 9 soldiers were killed near Latamneh."'),
    ).toEqual([['army'], []]);
  });
});

describe("the publisher of a page saved from its own site", () => {
  const page = (text: string, url: string) => ({ ...article(text), url });
  it.each([
    ['assessment, Yemen', 'Houthi fighters captured at least 12 villages south of Marib on March 3.', 'https://www.criticalthreats.org/analysis/yemen-update', 'Critical Threats Project'],
    ['assessment, Ukraine', 'Russian forces recently advanced northwest of Robotyne.', 'https://www.understandingwar.org/backgrounder/update-june-3', 'Institute for the Study of War'],
    ['monitor, Syria', 'Nine civilians were killed in shelling on Ariha on Sunday.', 'https://www.syriahr.com/en/12345/', 'Syrian Observatory for Human Rights'],
    ['rescue, Syria', 'Seven civilians were killed in artillery attacks on Darat Izza on 9 October.', 'https://www.syriacivildefence.org/en/latest/news/x/', 'Syrian Civil Defence'],
    ['monitor, Myanmar', 'Junta forces killed 14 villagers in Kani township on 2 May.', 'https://aappb.org/?p=1234', 'Assistance Association for Political Prisoners'],
    ['monitor, Yemen', 'An air raid on a wedding in Hajjah killed 21 civilians on 22 April.', 'https://yemendataproject.org/data-2.html', 'Yemen Data Project'],
    ['monitor, Syria (old site)', 'Government forces killed 33 civilians in Daraa in March.', 'http://sn4hr.org/blog/2015/04/01/report/', 'Syrian Network for Human Rights'],
    ['assessment blog, Iraq', 'ISIS seized the town of Hit on October 13.', 'https://www.iswresearch.org/2014/10/isis-advances-in-anbar.html', 'Institute for the Study of War'],
    ['assessment blog, Syria', 'Regime forces recaptured the town of Mhardeh on September 6.', 'http://iswresearch.blogspot.com/2017/09/regime-gains.html', 'Institute for the Study of War'],
    ['assessment blog, Syria (old)', 'ISIS seized the Shaer gas field on July 17.', 'http://iswsyria.blogspot.com/2014/07/isis-takes-gas-field.html', 'Institute for the Study of War'],
  ])('%s: %s', (_genre, text, url, author) => {
    expect(documentAuthor(page(text, url))).toBe(author);
    expect(extractArticle(page(text, url)).map((f) => f.reporter_texts)).toEqual([[author]]);
  });

  it.each([
    ['a host that republishes others', 'https://reliefweb.int/report/syria/flash-update'],
    ['a host the registry does not know', 'https://example-news.com/2024/12/aleppo'],
    ['a host that only ends like a known one', 'https://notunhcr.org/story'],
    ['no address', ''],
  ])('none from %s', (_what, url) => expect(documentAuthor(page('Rebels captured the town of Atarib on Friday.', url))).toBe(''));

  it('a source the text names for its figure comes first', () => {
    const text = 'The White Helmets said 11 civilians were killed in Sarmin.';
    expect(extractArticle(page(text, 'https://www.syriahr.com/en/1/')).map((f) => f.reporter_texts)).toEqual([['White Helmets']]);
  });
});
