/**
 * A news item that names its one source on a line of its own ("Source: <name>, <role>"), as some outlets format
 * every item: its unattributed figures are that source's (authorship.ts). Items written for the rule, in several
 * wars; none from the corpus.
 */
import { describe, expect, it } from 'vitest';
import { documentAuthor } from '../src/authorship.ts';
import { extractArticle } from '../src/index.ts';
import { article } from './helpers.ts';

const withTitle = (text: string) => ({ ...article(text), title: text.split('\n')[0]! });

describe('a "Source:" line naming one source', () => {
  it.each([
    [
      'Ukraine, an oblast head on Telegram',
      'Russian drones kill 2 in Sumy Oblast\n\nTwo civilians were killed and 5 wounded in a drone attack on Shostka overnight.\n\nSource: Volodymyr Artiukh, Head of Sumy Oblast Military Administration, on Telegram\n\nDetails: The drones hit a residential street.',
      'Volodymyr Artiukh',
    ],
    [
      'Sudan, a committee',
      'Shelling kills 9 in El Obeid\n\nNine people were killed when shells hit the central market on Sunday.\n\nSource: the El Obeid Resistance Committees, in a statement\n\nThe market was crowded at the time.',
      'El Obeid Resistance Committees',
    ],
  ])('%s', (_case, text, source) => {
    expect(documentAuthor(withTitle(text))).toContain(source);
    const facts = extractArticle(withTitle(text));
    expect(facts.length).toBeGreaterThan(0);
    for (const f of facts) expect(f.reporter_texts.join(' ')).toContain(source);
  });

  it('a line naming several sources does not say which figure is whose: no author', () => {
    const text = 'Shelling across the south\n\nThree people were killed in Kherson and 2 in Nikopol.\n\nSource: Oleksandr Prokudin, Head of Kherson Oblast Military Administration; Serhii Lysak, Head of Dnipropetrovsk Oblast Military Administration';
    expect(documentAuthor(withTitle(text))).toBe('');
  });

  it('a removed further-reading header naming an outlet is no credit', () => {
    const removed = [{ text: 'Source: Al Jazeera', reason: 'link_list' }];
    expect(documentAuthor({ ...withTitle('Fighting in Gao\n\nFive soldiers were killed near Gao.'), removed })).toBe('');
  });

  it('a removed credit line with a role is read', () => {
    const removed = [{ text: 'Source: Ivan Fedorov, Head of Zaporizhzhia Oblast Military Administration, on Telegram', reason: 'link_list' }];
    expect(documentAuthor({ ...withTitle('Strike on Zaporizhzhia\n\nOne woman was wounded in Vilniansk.'), removed })).toBe('Ivan Fedorov');
  });

  it.each([
    ['a DTM snapshot, Mozambique', 'Cabo Delgado: Displacement Snapshot\n\nSince 8 February, attacks have displaced 112,000 people in Chiure district.', 'Source: IOM DTM', 'IOM'],
    ['a refugee dashboard, Chad', 'Chad: Arrivals from Sudan\n\nSome 8,400 refugees arrived in Adre during the week.', 'Source: UNHCR', 'UNHCR'],
    ['a monitor\'s chart page, Yemen', 'Civilian harm in Taiz\n\nShelling killed 14 civilians in Taiz in July.', 'Sources: Civilian Impact Monitoring Project', 'Civilian Impact Monitoring Project'],
  ])('a removed "Source:" line naming a registry author alone credits it: %s', (_case, text, line, source) => {
    const removed = [{ text: line, reason: 'link_list' }];
    expect(documentAuthor({ ...withTitle(text), removed })).toBe(source);
    const facts = extractArticle({ ...withTitle(text), removed });
    expect(facts.map((f) => f.reporter_texts)).toEqual([[source]]);
  });

  it('a removed "Source:" line with more than the author, or a news agency, credits no one', () => {
    const text = 'Fighting in Gao\n\nFive soldiers were killed near Gao.';
    for (const line of ['Source: Reuters', 'Source: the Sahel Situation portal of UNHCR'])
      expect(documentAuthor({ ...withTitle(text), removed: [{ text: line, reason: 'link_list' }] })).toBe('');
  });
});
