/**
 * Who said it: explicit attribution, the report's own author, and a source carried across sentences. Every
 * sentence here is written for the rule, in the genres the pipeline reads; none comes from the seeds or the corpus.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findReporters, SourceMemory } from '../src/attribution.ts';
import { documentAuthor } from '../src/authorship.ts';
import { reporterPhrase } from '../src/reporter-phrase.ts';
import { extractArticle } from '../src/index.ts';
import { article, extract } from './helpers.ts';

/** Reporters of the last sentence, after reading the ones before it (as extract does). */
function last(...sentences: string[]): string[] {
  const memory = new SourceMemory();
  let out: string[] = [];
  for (const s of sentences) out = memory.read(s);
  return out;
}

/** The reporters of every figure of a text, in order. */
const reportersOf = (text: string) => extract(text).map((f) => f.reporter_texts);

describe('explicit attribution', () => {
  it.each([
    ['sitrep', 'According to the Shelter Cluster, 4,200 families fled to Harem between 3 and 9 May.', ['Shelter Cluster']],
    ['wire', 'At least nine people died in Binnish on Monday, according to the U.N. Office for the Coordination of Humanitarian Affairs.', ['U.N. Office for the Coordination of Humanitarian Affairs']],
    ['wire', 'Eleven people were killed in Atarib, Reuters reported, citing two medics at a local hospital.', ['Reuters', 'medics at a local hospital']],
    ['monitor', 'The Syrian Network for Human Rights documented the deaths of 58 civilians in Hama in June.', ['Syrian Network for Human Rights']],
    ['monitor', 'Airwars tracked 212 locally reported civilian deaths in the province last month.', ['Airwars']],
    ['monitor', 'The Violations Documentation Center verified 31 of the deaths.', ['Violations Documentation Center']],
    ['sitrep', 'IOM registered more than 6,000 returns to Manbij during the week.', ['IOM']],
    ['sitrep', 'Some 14,000 arrivals were recorded by the CCCM Cluster in Sarmada since 1 March.', ['CCCM Cluster']],
    ['regional', 'UNICEF’s figures show that 65 children were killed in the first quarter.', ['UNICEF']],
    ['thinktank', 'Figures from the Health Directorate of Idlib indicate that 80 people were wounded.', ['Health Directorate of Idlib']],
    ['regional', 'In a statement on Tuesday, the Kurdish Red Crescent said 17 people were injured in Afrin.', ['Kurdish Red Crescent']],
    ['wire', 'UNHCR: 40,000 people fled Afrin in a week', ['UNHCR']],
    ['sitrep', 'Syria: 40,000 people fled Afrin in a week', []],
    ['wire', 'As per the provincial health department, 45 people were injured in the blast.', ['provincial health department']],
    ['sitrep', 'Humanitarian partners report that 2,300 families arrived in Azaz this week.', ['Humanitarian partners']],
    ['thinktank', 'In a statement on Friday, Amnesty International condemned the killing of 14 detainees.', ['Amnesty International']],
    ['sitrep', 'In its latest bulletin, the Health Cluster counts 9 attacks on clinics.', ['Health Cluster']],
    ['encyclopedic', 'The town was shelled again, with pro-government media reporting four soldiers killed.', ['pro-government media']],
    ['regional', 'Human Rights Watch received reports indicating that 40 detainees had died in custody.', ['Human Rights Watch']],
    ['wire', 'Twenty soldiers were killed near Kafr Nabl, the Turkish military said on Thursday.', ['Turkish military']],
    ['regional', 'The paramilitary RSF announced that it had taken the airport of Nyala.', ['RSF']],
    ['wire', '"We buried 30 people today," said Omar Haddad, a gravedigger in the town.', ['Omar Haddad']],
    ['wire', 'Thirty died, regional official Vadym Petrenko said on Telegram.', ['Vadym Petrenko']],
    ['wire', 'Witnesses and residents said that at least five houses were destroyed.', ['Witnesses', 'residents']],
    ['encyclopedic', 'On 3 May, Al-Masdar News reported that the army had taken 14 villages.', ['Al-Masdar News']],
    ['regional', 'Mustafa Ali, who runs a clinic in Sarmin, told reporters that 16 people were brought in dead.', ['Mustafa Ali']],
    ['sitrep', 'Protection partners estimate that 9,000 people have left Kafr Nabl since April.', ['Protection partners']],
    ['sitrep', 'Field teams record about 700 arrivals a day in Sarmada.', ['Field teams']],
    ['sitrep', 'Around 5,200 people fled Tall Rifat on 9 June (source: Shelter Cluster).', ['Shelter Cluster']],
    ['sitrep', 'Nearly 2,000 families reached Azaz camps over the weekend (IOM, 11 June).', ['IOM']],
    ['monitor', 'Eleven civilians died in shelling of Kafranbel (SNHR; 4 May).', ['SNHR']],
    ['thinktank', 'Data from the Idlib Response Coordination Group indicates that 14,000 people moved north.', ['Idlib Response Coordination Group']],
    ['outlet', 'Most local aid groups estimate that 60,000 people are sleeping in the open.', ['local aid groups']],
    ['wire', 'The U.N. said 45,000 people had fled the district since Friday.', ['U.N.']],
    ['sitrep', 'Partners on the ground have recorded 1,900 new arrivals in Jandairis.', ['Partners on the ground']],
    ['sitrep', 'On 6 May, the Health Cluster verified three attacks that killed 4 paramedics in Kherson.', ['Health Cluster']],
    ['assessment', 'Russian milbloggers claimed that Russian troops seized Robotyne on 12 August.', ['Russian milbloggers']],
    ['assessment', 'The Russian Ministry of Defense (MoD) claimed that its forces downed 20 drones.', ['Russian Ministry of Defense']],
    ['assessment', 'Some 300 soldiers were lost, according to the Russian Ministry of Defense (MoD).', ['Russian Ministry of Defense (MoD)']],
  ])('%s: %s', (_genre, sentence, expected) => {
    expect(last(sentence)).toEqual(expected);
  });

  it('names the organisation a spokesperson speaks for', () => {
    expect(last('The Norwegian Refugee Council is running two camps for 900 families, spokeswoman Lina Haddad told reporters.')).toEqual([
      'Norwegian Refugee Council',
      'Lina Haddad',
    ]);
  });

  it('reads an acronym after its full name as part of the name, not as a cited source', () => {
    expect(last('The Norwegian Refugee Council (NRC) housed 300 families in Bab al-Hawa.')).toEqual([]);
    expect(last('Some 300 families reached the International Organization for Migration (IOM) transit centre.')).toEqual([]);
  });

  it('takes no one for "was reported", "an estimated" or "unconfirmed reports"', () => {
    expect(last('The army was reported to have entered Tal Tamr.')).toEqual([]);
    expect(last('The clashes displaced an estimated 12,000 people.')).toEqual([]);
    expect(last('According to unconfirmed reports, 30 fighters died.')).toEqual([]);
    expect(last('Media reports said 30 fighters died.')).toEqual([]);
  });
});

describe('never a piece of a sentence', () => {
  // Shapes that once came out as reporters: a pronoun with its verb, a relative, a lone letter, a clause.
  const fragments = [
    'Fighting continued for days, and it was reported that 40 died.',
    'The rebels said the town, which they reported lost, had 3,000 people.',
    'Some 60,000 fled, according to the U. N. agency in the area.',
    'Hostilities continued to be reported in Ras al-Ain, where 4 bodies were recovered.',
    'A few dead and wounded are reported in Kafr Nabl.',
    'Meanwhile, while the report says that 66 civilians were killed, no source confirms it.',
    'They had said nothing about the 200 families who fled.',
  ];
  const clause = /^(?:it|they|which|who|that|there|he|she|[A-Za-z])$|\b(?:was|were|is|are|be|been|had|have|has|while|continued)\b/i;
  it.each(fragments)('%s', (sentence) => {
    for (const r of last(sentence)) expect(r).not.toMatch(clause);
  });
  it.each(['it was', 'which they', 'U', 'hostilities continued to be', 'few dead and wounded are', 'while the report', 'Forces believed to be Russian', 'Airwars tracked 212 locally'])(
    'rejects "%s"',
    (phrase) => expect(reporterPhrase(phrase)).toBeNull(),
  );
  it.each([
    ['the Turkish military', 'Turkish military'],
    ['Syrian state TV', 'Syrian state TV'],
    ['a monitoring group', 'monitoring group'],
    ['the governor of the region', 'governor of the region'],
    ['M23 rebels', 'M23 rebels'],
    ['Ahmad a-Shami', 'Ahmad a-Shami'],
    ['an unnamed military source', 'unnamed military source'],
    ['a displaced woman', 'displaced woman'],
  ])('keeps the well-formed "%s"', (phrase, kept) => expect(reporterPhrase(phrase)).toBe(kept));
});

describe('on whole articles', () => {
  // A property of every reporter, not a list of expected values: each is a well-formed phrase on its own.
  const seeds = new URL('../../../seeds/', import.meta.url);
  it.each(readdirSync(seeds).filter((f) => f.endsWith('.txt')))('%s: every reporter is a name, a role or a known source', (file) => {
    const facts = extract(readFileSync(new URL(file, seeds), 'utf8'));
    for (const r of facts.flatMap((f) => f.reporter_texts)) expect(reporterPhrase(r), r).not.toBeNull();
  });
});

describe('carried across sentences', () => {
  it('resolves a pronoun in the reporter’s place to the source quoted just before', () => {
    expect(last('The Syrian Observatory said 20 people were killed in Ariha.', 'It added that 14 of them were children.')).toEqual(['Syrian Observatory']);
    expect(last('"We counted 40 dead," said Hassan Omar, a nurse in Atmeh.', 'He added that 12 more died overnight.')).toEqual(['Hassan Omar']);
  });
  it('resolves a registry anaphor and a generic noun to the source named before', () => {
    expect(last('The Syrian Observatory for Human Rights counted the victims.', 'The monitor also reported that 31 civilians died.')).toEqual(['Syrian Observatory for Human Rights']);
    expect(last('Save the Children warned of a crisis in the camps.', 'The organisation said 300 children had no shelter.')).toEqual(['Save the Children']);
  });
  it('reads a described generic noun as the generic noun, and a surname as the person named before', () => {
    expect(last('The Syrian Observatory for Human Rights counted 40 dead.', 'The London-based monitor said 12 were children.')).toEqual(['Syrian Observatory for Human Rights']);
    expect(last('Nine died, said Olena Marchenko, the head of the district.', 'Five more died overnight, Marchenko said.')).toEqual(['Olena Marchenko']);
  });
  it('takes "the statement" for the source quoted before', () => {
    expect(last('The Peshmerga Ministry issued a statement on Sunday.', 'It said Kurdish forces had retaken the hills.', 'According to the statement, 9 villages were retaken.')).toEqual([
      'Peshmerga Ministry',
    ]);
  });
  it('gives a list its lead’s source', () => {
    const text = 'Movements recorded by the CCCM Cluster in February:\n• 12,000 people fled to Dana\n• 8,000 people fled to Maaret Tamsrin\nIn Ariha, 3,000 people fled.';
    // The list ends at the first line that is a sentence of its own.
    expect(reportersOf(text)).toEqual([['CCCM Cluster'], ['CCCM Cluster'], []]);
  });
  it('keeps a bullet’s later sentences in the list', () => {
    const text = 'Displacements tracked by the Shelter Cluster this week:\n• 7,000 displacements from Afrin district. A further 900 displacements are still being verified.\n• 2,100 displacements from Azaz.\nSome 400 people returned to Tal Rifaat.';
    expect(reportersOf(text)).toEqual([['Shelter Cluster'], ['Shelter Cluster'], ['Shelter Cluster'], []]);
  });
  it('gives a sentence that breaks down the figure before it that figure’s source', () => {
    expect(last('The Shelter Cluster tracked 14,000 displacements to Azaz in May.', 'Of these, 9,000 went to camps.')).toEqual(['Shelter Cluster']);
    expect(last('Rescuers said 40 people were killed in Atarib.', 'Among them were 12 children.')).toEqual(['Rescuers']);
    // A news story goes on quoting its lead's source until something intervenes (roundup-carry.test.ts) ...
    expect(last('The governor said 30 were wounded.', 'Fighting continued.', 'Of these, 9 died.')).toEqual(['governor']);
    expect(last('Rescuers said 40 people were killed in Atarib.', 'Nine more died in Ariha.')).toEqual(['Rescuers']);
    // ... but not past a background sentence.
    expect(last('The governor said 30 were wounded.', 'The war broke out in 2014.', 'Of these, 9 died.')).toEqual([]);
  });
  it('keeps a tracked series ("displacements", "arrivals") with the source that counted it, for a few sentences', () => {
    const report = 'UNHCR Flash Update #5\nThe Shelter Cluster tracked 18,000 displacements from southern Idlib in May.\nMost families went to camps.\nSome 6,500 displacements were from Ariha.\nMore than 40,000 people have been displaced since April.';
    const memory = new SourceMemory('UNHCR');
    expect(report.split('\n').slice(1).map((l) => memory.read(l))).toEqual([['Shelter Cluster'], ['UNHCR'], ['Shelter Cluster'], ['UNHCR']]);
    expect(last('IOM counted 900 arrivals in Dana.', 'Fighting went on.', 'Rain fell.', 'Roads closed.', 'Shops shut.', 'Schools shut.', 'Clinics shut.', 'Markets shut.', 'Banks shut.', 'Some 300 arrivals came from Ariha.')).toEqual([]);
  });
  it('gives an agentless "were reported" right after a quoted source to that source', () => {
    expect(last('Rescuers said the strikes hit the market of Maarat Misrin.', 'Seven deaths were reported.')).toEqual(['Rescuers']);
    expect(last('Rescuers said the strikes hit the market.', 'Crowds gathered.', 'Seven deaths were reported.')).toEqual([]);
  });
  it('keeps a headline’s figure and takes its source from the lead that restates it', () => {
    expect(reportersOf('500 killed in Idlib in a week\nAt least 500 people were killed in Idlib in a week, the Syrian Observatory said.')).toEqual([['Syrian Observatory']]);
  });
});

describe('the report’s own figures', () => {
  const doc = (text: string, outlet = '') => ({ ...article(text), title: text.split('\n')[0]!, outlet });
  it.each([
    ['UNHCR Flash Update #4: Displacement in Idlib, 3 March 2020\nMore than 30,000 people moved north.', 'UNHCR'],
    ['OCHA | Syria Humanitarian Update No. 12\nFighting continued.', 'OCHA'],
    ['Situation Report No. 3 (12 May 2019)\nHighlights\nThe World Food Programme and partners reached 200,000 people.', 'World Food Programme'],
    ['Killings in March 2019\nSNHR said today that 223 civilians were killed in March.', 'SNHR'],
    ['Toll rises in Idlib\nThe Syrian Observatory documented the deaths of 12 more civilians.', 'Syrian Observatory'],
    ['Weekly brief\nThe Norwegian Refugee Council publishes these updates every Monday.', 'Norwegian Refugee Council'],
    ['Situation Report No. 9\nIOM teams delivered tents.\nUNICEF Iraq | Humanitarian Action | www.unicef.org/iraq\nMore rain fell.', 'UNICEF'],
    ['Flash Update No. 2: Floods in the camps\nWFP delivered rations to 3,000 families.\nFor further information, please contact: Jane Roe, OCHA Turkey, roe@un.org', 'OCHA'],
    // A banner line naming the agency above the report's title.
    ['United Nations Office for the Coordination of Humanitarian Affairs\nSouth Sudan\nUpper Nile: Flash Update No. 4\nUNICEF and WFP delivered aid to 8,000 people.', 'United Nations Office for the Coordination of Humanitarian Affairs'],
    ['UNHCR Ethiopia\nOperational Update, March 2022\nWFP distributed food to 12,000 refugees.', 'UNHCR'],
    // A credit line, at the top or the bottom.
    ['Yemen: Marib displacement\nIssued by the International Organization for Migration, 4 April 2021\nSome 1,200 families fled.', 'International Organization for Migration'],
    ['Kharkiv: Recent developments (as of 2 June 2024)\nWHO supported 4 hospitals.\nShelling continued.\nThis product was prepared by OCHA Ukraine with its partners.', 'OCHA'],
    // An analyst's own voice: "X assesses", "X cannot independently verify".
    ['Russian Offensive Campaign Assessment, 4 June 2023\nRussian forces attacked near Bakhmut.\nISW assesses that the attacks will continue.', 'ISW'],
    ['Sahel Update\nJNIM fighters took the town.\nCritical Threats cannot independently verify the claim.', 'Critical Threats'],
  ])('%s', (text, author) => expect(documentAuthor(doc(text))).toBe(author));

  it('finds the contact lines of a report even when footnotes follow them', () => {
    const notes = Array.from({ length: 10 }, (_, i) => `[${i + 1}] Field report of ${i + 2} May.`).join('\n');
    const text = `Situation Report No. 6\nWFP delivered food.\nFor further information, please contact: John Doe, UNHCR Sudan, doe@unhcr.org\n${notes}`;
    expect(documentAuthor(doc(text))).toBe('UNHCR');
  });
  it('does not take a news story quoting an analyst in the past for the analyst’s own assessment', () => {
    expect(documentAuthor(doc('Russia gains ground near Avdiivka\nRussian troops took two villages, the Institute for the Study of War said on Sunday.'))).toBe('');
    expect(documentAuthor(doc('Russia gains ground near Avdiivka\nRussian troops took two villages, ISW assessed in March.'))).toBe('');
  });

  it('finds no author for a news story quoting a monitor, or for an unknown title', () => {
    expect(documentAuthor(doc('Army advances in Idlib\nThe Syrian Observatory for Human Rights said on Sunday the army took 12 villages.'))).toBe('');
    expect(documentAuthor(doc('Situation Report No. 2\nFighting continued around the town.'))).toBe('');
  });
  it('takes a known wire agency of the dateline as the author of a story', () => {
    expect(documentAuthor(doc('Thousands flee\nBEIRUT (AP) — Thousands fled.', 'AP'))).toBe('AP');
    expect(documentAuthor(doc('Thousands flee\nThousands fled.', 'Daily Planet'))).toBe('');
  });

  it('gives a report’s unattributed figures to its author and keeps explicit ones', () => {
    const text = 'UNHCR Flash Update #4\nMore than 30,000 people fled Saraqib since 1 February.\nThe Health Cluster reported that 12 people were injured in Ariha.';
    const facts = extract(text.replace('UNHCR Flash Update #4\n', ''));
    expect(facts.every((f) => !f.reporter_texts.includes('UNHCR'))).toBe(true);
    const memory = new SourceMemory(documentAuthor(doc(text)));
    const lines = text.split('\n');
    expect(lines.map((l) => memory.read(l))).toEqual([['UNHCR'], ['UNHCR'], ['Health Cluster']]);
  });
  it('leaves a news story’s unattributed figure unattributed', () => {
    expect(reportersOf('Clashes in Idlib\nMore than 30,000 people fled Saraqib since 1 February.')).toEqual([[]]);
  });
});

describe('each figure its own source when a sentence quotes several', () => {
  const byFigure = (s: string, ...figures: string[]) => {
    const memory = new SourceMemory();
    memory.read(s);
    return figures.map((f) => memory.forFigure(s.indexOf(f)));
  };
  it.each([
    ['wire', 'Six people died in Kupiansk, the governor said, as Moscow announced it had taken 3 villages.', ['Six', '3 villages'], [['governor'], ['Moscow']]],
    ['monitor', 'The Observatory said 20 civilians died, while the health ministry said 35 were killed.', ['20', '35'], [['Observatory'], ['health ministry']]],
    ['sitrep', 'Some 4,000 people fled, according to IOM, and 900 were injured, according to WHO.', ['4,000', '900'], [['IOM'], ['WHO']]],
    ['regional', 'According to UNICEF, 12 children died; 40 were wounded, local medics said.', ['12', '40'], [['UNICEF'], ['local medics']]],
    ['wire', 'Twelve died in Atarib, Reuters reported, citing local medics.', ['Twelve'], [['Reuters', 'local medics']]],
  ])('%s: %s', (_genre, s, figures, expected) => expect(byFigure(s, ...figures)).toEqual(expected));
  it('gives every figure all of the sentence’s sources when none covers it alone', () => {
    expect(byFigure('The UN said on Monday it was alarmed; 300 families fled Ariha.', '300')).toEqual([['UN']]);
    expect(byFigure('Some 300 families fled and the UN said it was concerned.', '300')).toEqual([['UN']]);
  });
});

describe('findReporters keeps working alone', () => {
  it('reads a sentence with a fresh memory', () => {
    expect(findReporters('SNHR said that 12 people died.', new SourceMemory())).toEqual(['SNHR']);
  });
});

describe('how each reporter was found (reporter_basis)', () => {
  const basesOf = (text: string) => extractArticle({ ...article(text), title: text.split('\n')[0]! }).map((f) => [f.reporter_texts, f.reporter_basis ?? '']);
  it.each([
    ['wire', 'Aid groups warn of hunger\nAt least 40,000 people fled Sarmin, according to the Shelter Cluster.', [[['Shelter Cluster'], 'stated']]],
    ['wire', 'Deaths in Kherson\nSix people were killed in Kherson, the regional governor said.', [[['regional governor'], 'quoted']]],
    ['sitrep', 'Movements\nThe CCCM Cluster tracked 7,300 displacements to Dana.', [[['CCCM Cluster'], 'subject_of_reporting_verb']]],
    ['sitrep', 'Movements\nSome 7,300 displacements were recorded by the CCCM Cluster in Dana.', [[['CCCM Cluster'], 'subject_of_reporting_verb']]],
    ['sitrep', 'UNHCR Flash Update #2\nMore than 6,000 people fled Ariha since 2 May.', [[['UNHCR'], 'document_author']]],
    ['monitor', 'Toll in Idlib\nThe Syrian Observatory said 20 civilians were killed in Ariha. It added that 11 were wounded.', [[['Syrian Observatory'], 'quoted'], [['Syrian Observatory'], 'carried']]],
    ['outlet', 'Clashes in Idlib\nMore than 30,000 people fled Saraqib since 1 February.', [[[], '']]],
  ])('%s: %s', (_genre, text, expected) => expect(basesOf(text)).toEqual(expected));
  it('a reporting verb’s subject wins over the report’s author, inside the report', () => {
    expect(basesOf('UNHCR Flash Update #2\nThe Health Cluster verified 9 attacks that killed 12 people in Maarrat Misrin.')).toEqual([[['Health Cluster'], 'subject_of_reporting_verb']]);
  });
});
