/**
 * Sentence units through ingest, on texts written for these tests in several genres: hard-wrapped lines are joined,
 * list items and headings are units of their own, and every offset indexes the clean text.
 */
import { describe, expect, it } from 'vitest';
import type { IngestedArticle } from '@frontline/schema';
import { ingestFiles } from '../src/index.ts';
import { unwrapLines } from '../src/unwrap.ts';
import { file } from './helpers.ts';

function ingest(text: string): IngestedArticle {
  const { articles, rejected } = ingestFiles([file('genre.txt', text)], { runDate: '2026-01-01' });
  expect(rejected).toEqual([]);
  const a = articles[0]!;
  for (const s of a.sentence_list) expect(a.text.slice(s.start, s.end)).toBe(s.text);
  return a;
}
const units = (text: string) => ingest(text).sentence_list.map((s) => s.text);

describe('hard-wrapped lines are joined before splitting', () => {
  // A flash update exported from a PDF, wrapped at 70 columns, with a hyphenated line end.
  const flash = [
    'FLASH UPDATE No. 4',
    'Hostilities in the southern districts',
    '',
    'Since 3 March, intense shelling has forced an estimated 6,300 families to',
    'leave the villages along the river, according to the district authorities',
    'and partners on the ground. Most have found shelter with relatives in the',
    'Nahr al-Bared sub-district, while some 900 households stay in schools and',
    'unfinished buildings. Humanitarian partners report that the displace-',
    'ment continues as fighting moves north.',
    '',
    'Response',
    'Partners distributed food baskets to 2,100 families in the Tal Sabr area',
    'between 4 and 6 March.',
  ].join('\n');

  it('reads a fixed-width flash update as whole sentences, headings apart', () => {
    expect(units(flash)).toEqual([
      'FLASH UPDATE No. 4',
      'Hostilities in the southern districts',
      'Since 3 March, intense shelling has forced an estimated 6,300 families to leave the villages along the river, according to the district authorities and partners on the ground.',
      'Most have found shelter with relatives in the Nahr al-Bared sub-district, while some 900 households stay in schools and unfinished buildings.',
      'Humanitarian partners report that the displacement continues as fighting moves north.',
      'Response',
      'Partners distributed food baskets to 2,100 families in the Tal Sabr area between 4 and 6 March.',
    ]);
  });

  it('joins a line that runs on into a lower-case line, in a text that is not wrapped at a fixed width', () => {
    const text = 'Local officials said at least 11 people were killed\nand 40 wounded when the market was hit on Sunday.\nThe market was closed afterwards.';
    expect(units(text)).toEqual([
      'Local officials said at least 11 people were killed and 40 wounded when the market was hit on Sunday.',
      'The market was closed afterwards.',
    ]);
  });

  it('does not join across a blank line, after a clause end, or onto a capitalised line of a text not wrapped', () => {
    expect(unwrapLines('Casualties\nmounted in the east.')).toBe('Casualties mounted in the east.');
    expect(unwrapLines('Casualties mounted.\nthey said')).toBe('Casualties mounted.\nthey said');
    expect(unwrapLines('Casualties\n\nmounted')).toBe('Casualties\n\nmounted');
    expect(unwrapLines('Situation overview\nFighting continued.')).toBe('Situation overview\nFighting continued.');
    expect(unwrapLines('## Background\nthe town lies on a hill')).toBe('## Background\nthe town lies on a hill');
  });

  it('joins a line that ends on a word leaving its phrase open, whatever the next line starts with', () => {
    // A situation report's short paragraph, a monitor's, a narrative's: too few lines to tell a wrap width.
    expect(unwrapLines('Clashes displaced an estimated 8,200 households between 3 and\n11 March in Rutshuru territory.'))
      .toBe('Clashes displaced an estimated 8,200 households between 3 and 11 March in Rutshuru territory.');
    expect(unwrapLines('The army retook the town of Moqokori on\n29 August, state media reported.'))
      .toBe('The army retook the town of Moqokori on 29 August, state media reported.');
    expect(unwrapLines('The monitor recorded 212 civilian deaths in the\nSagaing Region in October.'))
      .toBe('The monitor recorded 212 civilian deaths in the Sagaing Region in October.');
    expect(unwrapLines('On 9 August, the army retook Lalibela from\nFano militias.')).toBe('On 9 August, the army retook Lalibela from Fano militias.');
    // A heading or a label ends on no such word, and a clause end still closes the line.
    expect(unwrapLines('Key figures\n3,200 households displaced')).toBe('Key figures\n3,200 households displaced');
    expect(unwrapLines('Fighting went on.\nOn 2 May, the army withdrew.')).toBe('Fighting went on.\nOn 2 May, the army withdrew.');
    expect(unwrapLines('People displaced in\n- Chiure: 41,000')).toBe('People displaced in\n- Chiure: 41,000');
  });

  it('joins a line cut after a hedge that needs its number, when the next line opens on a digit', () => {
    // A flash update (Gaza), a monitor's paragraph (Sudan), a narrative's (Ukraine): the hedge is left at a line end.
    expect(unwrapLines('Strikes on two schools in Khan Younis killed at least\n140 people, the ministry said.'))
      .toBe('Strikes on two schools in Khan Younis killed at least 140 people, the ministry said.');
    expect(unwrapLines('The monitor recorded about\n1,200 civilian deaths in North Darfur in May.'))
      .toBe('The monitor recorded about 1,200 civilian deaths in North Darfur in May.');
    expect(unwrapLines('By 10 May, Russian forces had taken more than\n10 villages north of Kharkiv.'))
      .toBe('By 10 May, Russian forces had taken more than 10 villages north of Kharkiv.');
    // A heading that ends on such a word stays a heading before a capitalised line.
    expect(unwrapLines('What we know about\nThe offensive began on 10 May.')).toBe('What we know about\nThe offensive began on 10 May.');
  });

  it('does not take a paragraph-per-line article for a wrapped one', () => {
    const text = [
      'Army pushes into the hills',
      'By Staff Writer',
      'Government troops advanced on two villages in the hills west of the city on Tuesday, a monitor said.',
      'Residents said the shelling began before dawn',
      'At least nine civilians were killed, among them three children, the monitor added.',
      'Aid groups warned that roads out of the area were cut',
      'Some 3,000 people have fled since Sunday.',
    ].join('\n');
    expect(unwrapLines(text)).toBe(text);
  });

  it('handles a file of hundreds of thousands of lines', () => {
    const lines = Array.from({ length: 300_000 }, (_, i) => (i % 2 ? 'Fighting went on.' : 'Heading'));
    expect(unwrapLines(lines.join('\n')).split('\n')).toHaveLength(300_000);
  });

  it('mends hyphenated line ends: lower-case halves lose the hyphen, a capitalised half keeps it', () => {
    expect(unwrapLines('thousands of displace-\nment sites')).toBe('thousands of displacement sites');
    expect(unwrapLines('the North-\nwestern front')).toBe('the North-western front');
    expect(unwrapLines('fled to Al-\nHasakeh city')).toBe('fled to Al-Hasakeh city');
    // An exporter that already turned the line break into a space.
    expect(unwrapLines('amid ac- cusations from Turkish- backed groups in Ar- Raqqa')).toBe('amid accusations from Turkish-backed groups in Ar-Raqqa');
    // A dash between spaces separates, it does not hyphenate.
    expect(unwrapLines('Syria - Turkey border')).toBe('Syria - Turkey border');
    // A suspended compound is not a line break.
    expect(unwrapLines('short- and long-term needs, pre- or post-war')).toBe('short- and long-term needs, pre- or post-war');
  });

  it('changes the clean text, so that offsets index the joined text', () => {
    const a = ingest('Some 4,000 people\nfled the town of Kafr Sajna.');
    expect(a.text).toBe('Some 4,000 people fled the town of Kafr Sajna.');
    expect(a.sentence_list).toEqual([{ index: 0, start: 0, end: a.text.length, text: a.text }]);
  });
});

describe('list items are units of their own, without their markers', () => {
  it('cuts a bullet list of figures into one unit per item, an item wrapped over lines being one', () => {
    const text = [
      'Key figures as of 12 May:',
      '• 14,500 people displaced from the',
      '  northern villages since 1 May',
      '• 6 schools used as',
      '\tShelters',
      '- 37 civilians killed, including 9 children',
      '* 120 houses destroyed in Qaryat al-Sahl',
      '▪ 3 health facilities damaged',
      '1. 2,400 families registered in the camps',
      '2) 800 families hosted',
      'a) water trucking to 6 sites',
      '(b) food to 1,300 households',
      'o Mobile clinics reached 2,000 patients',
    ].join('\n');
    expect(units(text)).toEqual([
      'Key figures as of 12 May:',
      '14,500 people displaced from the northern villages since 1 May',
      '6 schools used as Shelters',
      '37 civilians killed, including 9 children',
      '120 houses destroyed in Qaryat al-Sahl',
      '3 health facilities damaged',
      '2,400 families registered in the camps',
      '800 families hosted',
      'water trucking to 6 sites',
      'food to 1,300 households',
      'Mobile clinics reached 2,000 patients',
    ]);
  });

  it('cuts items run together on one line, as PDF exports print them, and never glues one to the next sentence', () => {
    const text = 'Highlights • Clashes went on near the dam for a third day • Some 2,000 people fled to Wadi Hamra. Most are children.';
    expect(units(text)).toEqual([
      'Highlights',
      'Clashes went on near the dam for a third day',
      'Some 2,000 people fled to Wadi Hamra.',
      'Most are children.',
    ]);
  });

  it('takes no marker from prose that only looks like one', () => {
    const text = '*Al-Nour* hospital was hit.\n3.5 million people need aid.\n– Displaced families –\nA) The first option.';
    expect(units(text)).toEqual(['*Al-Nour* hospital was hit.', '3.5 million people need aid.', '– Displaced families –', 'A) The first option.']);
  });

  it('continues a bullet with a lower-case line, not with a capitalised unindented one', () => {
    const text = '• 500 families fled Tell Bisa\nafter the shelling\nThe road remains closed.';
    expect(units(text)).toEqual(['500 families fled Tell Bisa after the shelling', 'The road remains closed.']);
  });
});

describe('sentences within a unit come from the library, with abbreviations kept', () => {
  it('keeps "U.S." and "Gen." inside sentences of a wire story', () => {
    const text = [
      'BEIRUT, March 9 (Wire) - U.S. officials said on Thursday that at least 23 fighters were killed in the raid.',
      'Gen. Marcus Hale, who commands U.S. forces in the region, said the strike hit a depot. Lt. Col. Ruiz did not comment.',
      '“We struck at 2 a.m. and left,” he said. Another four died in the town of Jisr al-Ward.',
    ].join('\n');
    expect(units(text)).toEqual([
      'BEIRUT, March 9 (Wire) - U.S. officials said on Thursday that at least 23 fighters were killed in the raid.',
      'Gen. Marcus Hale, who commands U.S. forces in the region, said the strike hit a depot.',
      'Lt. Col. Ruiz did not comment.',
      '“We struck at 2 a.m. and left,” he said.',
      'Another four died in the town of Jisr al-Ward.',
    ]);
  });

  it('keeps a monitor bulletin’s headings apart from the text under them', () => {
    const text = [
      'Daily toll, 14 April',
      'Civilian deaths',
      'The monitor documented the deaths of 31 civilians on Monday, among them 8 children. Maj. Saleh’s unit was blamed.',
      'Injuries',
      'At least 54 people were wounded in shelling on the eastern quarters.',
    ].join('\n');
    expect(units(text)).toEqual([
      'Daily toll, 14 April',
      'Civilian deaths',
      'The monitor documented the deaths of 31 civilians on Monday, among them 8 children.',
      'Maj. Saleh’s unit was blamed.',
      'Injuries',
      'At least 54 people were wounded in shelling on the eastern quarters.',
    ]);
  });

  it('reads an encyclopedic article with markdown headings and footnote marks', () => {
    const text = [
      '# Siege of Tal Harir',
      '',
      '## Background',
      'The town had been held by the militia since 2014.[1] Its population was est. 40,000 before the war.[2][3]',
      '',
      '### Capture',
      'On 2 May, the army captured Tal Harir and two nearby villages.[4] The next day, it seized the airfield.',
    ].join('\n');
    expect(units(text)).toEqual([
      'Siege of Tal Harir',
      'Background',
      'The town had been held by the militia since 2014.[1]',
      'Its population was est. 40,000 before the war.[2][3]',
      'Capture',
      'On 2 May, the army captured Tal Harir and two nearby villages.[4]',
      'The next day, it seized the airfield.',
    ]);
  });
});
