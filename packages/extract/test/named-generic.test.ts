/**
 * A figure credited to a kind of source ("a war monitor said", "the ministry said") takes the source of that kind
 * named in the next or the previous sentence; a named source of another kind stays apart. Sentences written for the
 * rule, in wire copy and situation-report prose, across several wars; none comes from the corpus.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';
import { parseSourceKinds } from '../src/named-generic.ts';

/** The reporters of the first figure of a text. */
const firstReporters = (text: string) => extract(text)[0]!.reporter_texts;

describe('a generic source named in the next sentence', () => {
  it.each([
    ['wire, Syria', 'Nine people were killed in air strikes on Ariha on Friday, a war monitor said. The Syrian Observatory for Human Rights said four of the dead were children.', 'Syrian Observatory for Human Rights'],
    ['wire, Sudan', 'At least 27 civilians were killed in shelling on Omdurman on Sunday, the ministry said. The Sudanese Ministry of Health said the wounded had been taken to Al-Nao hospital.', 'Sudanese Ministry of Health'],
    ['sitrep, DR Congo', 'Some 6,500 people fled Minova in two days, the UN office said. The UN Office for the Coordination of Humanitarian Affairs said most sheltered in schools.', 'UN Office for the Coordination of Humanitarian Affairs'],
    ['wire, Ukraine', 'Four people were killed in Kherson overnight, the ministry said. The Ukrainian Defence Ministry said its forces repelled the attack.', 'Ukrainian Defence Ministry'],
    ['wire, Sudan displacement', 'Around 12,000 people left El Fasher last week, a UN agency said. The International Organization for Migration said most headed for Tawila.', 'International Organization for Migration'],
  ])('%s', (_genre, text, expected) => expect(firstReporters(text)).toEqual([expected]));
});

describe('a generic source named in the sentence before', () => {
  it.each([
    ['wire, Syria', 'The Syrian Observatory for Human Rights said the clashes began at dawn. Another 14 fighters were killed near Saraqeb, a local monitoring group said.', 'Syrian Observatory for Human Rights'],
    ['sitrep, Yemen', 'The UN Office for the Coordination of Humanitarian Affairs said roads to Marib were cut. Nearly 2,400 families were displaced in January, the office said.', 'UN Office for the Coordination of Humanitarian Affairs'],
  ])('%s', (_genre, text, expected) => expect(extract(text).at(-1)!.reporter_texts).toEqual([expected]));
});

describe('a named source of another kind stays apart', () => {
  it.each([
    ['wire, DR Congo', 'Eleven people were killed in Bunia on Tuesday, a war monitor said. The health ministry said hospitals were full.', 'war monitor'],
    ['wire, Gaza', 'Twenty people were killed in Khan Younis, the health ministry said. The Israeli military said it struck militants.', 'health ministry'],
    ['wire, Ukraine', 'Six civilians were wounded in Kharkiv, the ministry said. The UN Human Rights Monitoring Mission in Ukraine said it was verifying the reports.', 'ministry'],
    ['wire, Ethiopia', 'At least 30 people were killed in Gondar, a rights group said. The Ethiopian Ministry of Defence said the town was calm.', 'rights group'],
  ])('%s', (_genre, text, expected) => expect(firstReporters(text)).toEqual([expected]));

  it.each([
    ['wire, Mali', 'Twenty soldiers were killed near Gao, a local monitoring group said. The Wagner Group said its men held the base.'],
    ['wire, Nagorno-Karabakh', 'At least 8 villagers were killed in Martuni, an independent monitoring group said. The Islamic State group said it had no fighters there.'],
  ])('an armed side named for its "group" is no monitoring group (%s)', (_genre, text) => expect(firstReporters(text)).toEqual([expect.stringMatching(/monitoring group$/)]));

  it('two sources of the kind named together leave the generic as written (Myanmar)', () => {
    const text = 'Fifteen villagers were killed in Sagaing, a UN agency said. UNHCR and the International Organization for Migration said thousands had fled.';
    expect(firstReporters(text)).toEqual(['UN agency']);
  });
});

describe('a figure that carries the generic on takes the name it was given', () => {
  it.each([
    [
      'monitor summary, Syria',
      'The Syrian Network for Human Rights said 210 civilians were killed in May. In its report, the monitoring group said the dead included 41 children. It said air strikes killed 37 civilians in Idlib.',
      'Syrian Network for Human Rights',
    ],
    [
      'sitrep, Yemen',
      'Nearly 2,400 families were displaced in January, the office said. The UN Office for the Coordination of Humanitarian Affairs said roads to Marib were cut. It added that 600 families reached Al Abdiyah.',
      'UN Office for the Coordination of Humanitarian Affairs',
    ],
  ])('%s', (_genre, text, expected) => expect(extract(text).at(-1)!.reporter_texts).toEqual([expected]));

  it('the generic written anew with no name near it stays as written (Syria)', () => {
    const text =
      'A rights group said 44 people were killed in Idlib. The Syrian Network for Human Rights said hospitals were full. Fighting went on for days. A rights group said 12 more died in Ariha. It said 5 children were killed in Sarmin.';
    expect(extract(text).at(-1)!.reporter_texts).toEqual(['rights group']);
  });
});

describe('the table', () => {
  it('reads nouns with their types and neutral modifiers', () => {
    const kinds = parseSourceKinds('word,kind,types,example,source\nmonitor,noun,monitor ngo,a war monitor,https://x.org\nwar,modifier,all,a war monitor,https://x.org\n');
    expect(kinds.nouns.get('monitor')).toEqual(['monitor', 'ngo']);
    expect(kinds.neutral.has('war')).toBe(true);
  });
  it('stops on a row of an unknown kind', () => {
    expect(() => parseSourceKinds('word,kind,types,example,source\nmonitor,verb,monitor,x,https://x.org\n')).toThrow(/kind/);
  });
});
