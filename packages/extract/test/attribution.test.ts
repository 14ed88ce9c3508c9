/**
 * Who said it: explicit attribution, the report's own author, and a source carried across sentences. Every
 * sentence here is written for the rule, in the genres the pipeline reads; none comes from the seeds or the corpus.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findReporters, SourceMemory } from '../src/attribution.ts';
import { documentAuthor } from '../src/authorship.ts';
import { reporterPhrase } from '../src/reporter-phrase.ts';
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
    ['wire', 'Eleven people were killed in Atarib, Reuters reported, citing two medics at a local hospital.', ['Reuters', 'two medics at a local hospital']],
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
    ['regional', 'The paramilitary RSF announced that it had taken the airport of Nyala.', ['paramilitary RSF']],
    ['wire', '"We buried 30 people today," said Omar Haddad, a gravedigger in the town.', ['Omar Haddad']],
    ['wire', 'Thirty died, regional official Vadym Petrenko said on Telegram.', ['Vadym Petrenko']],
    ['wire', 'Witnesses and residents said that at least five houses were destroyed.', ['Witnesses', 'residents']],
    ['encyclopedic', 'On 3 May, Al-Masdar News reported that the army had taken 14 villages.', ['Al-Masdar News']],
    ['regional', 'Mustafa Ali, who runs a clinic in Sarmin, told reporters that 16 people were brought in dead.', ['Mustafa Ali']],
  ])('%s: %s', (_genre, sentence, expected) => {
    expect(last(sentence)).toEqual(expected);
  });

  it('names the organisation a spokesperson speaks for', () => {
    expect(last('The Norwegian Refugee Council is running two camps for 900 families, spokeswoman Lina Haddad told reporters.')).toEqual([
      'Norwegian Refugee Council',
      'Lina Haddad',
    ]);
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
  ])('%s', (text, author) => expect(documentAuthor(doc(text))).toBe(author));

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
