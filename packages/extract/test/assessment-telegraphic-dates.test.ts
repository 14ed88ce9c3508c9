/**
 * Conflict trackers' telegraphic entries (monthly digests, analysts' updates): a bare day-first date, a span of days
 * or "same day" stands between the subject and its verb with no preposition ("Clashes 6 Jan erupted in X", "KNDF same
 * day said it killed 20"). The date dates the sentence, and the subject before it is the one who speaks. A bare date
 * that modifies a noun ("its 5 May statement", "the 24 February invasion") dates nothing. The digests' publishers
 * (Crisis Group's CrisisWatch, the Long War Journal) are registry authors. Every sentence is written for this file.
 */
import { describe, expect, it } from 'vitest';
import { isAnaphoric } from '@frontline/nlp/dates';
import { documentAuthor } from '../src/authorship.ts';
import { findTimes } from '../src/time.ts';
import { extractArticle } from '../src/index.ts';
import { article, extract } from './helpers.ts';

/** The one fact with that count. */
function factOf(text: string, value: number) {
  const f = extract(text).filter((x) => x.quantity?.value === value);
  expect(f).toHaveLength(1);
  return f[0]!;
}

describe('a bare date between subject and verb dates the sentence', () => {
  it.each([
    ['digest, Sudan', 'RSF fighters 12 Feb stormed Um Rawaba town in North Kordofan, killing 23 civilians.', 23, '12 Feb'],
    ['digest, Ethiopia', 'Fano militia 3-4 March attacked army positions in Debre Markos, killing 14 soldiers.', 14, '3-4 March'],
    ['digest, DRC', 'ADF militants 19 Aug raided Lubero territory villages, leaving at least 31 dead.', 31, '19 Aug'],
    ['digest, Yemen', 'Houthi drone 7 November struck a market in Taiz city, killing six people.', 6, '7 November'],
    ['assessment, Syria', 'Regime artillery 28 Dec 2019 shelled Maarat al-Numan, killing 9 civilians.', 9, '28 Dec 2019'],
  ] as const)('%s', (_name, text, value, expected) => expect(factOf(text, value).time_phrase).toBe(expected));

  it('"same day" without its article is one such date, counted from the story\'s date', () => {
    const text = 'Junta jets 15 Jan bombed Demoso town. Resistance forces same day said they had killed 18 soldiers in Loikaw.';
    expect(factOf(text, 18).time_phrase).toBe('same day');
    expect(isAnaphoric('same day')).toBe(true);
  });

  it.each([
    ['a determiner before it', 'In its 5 May statement the army said it had killed 40 militants in Borno.'],
    ['a noun after it', 'Protesters marked the 24 February invasion anniversary in Kyiv.'],
    ['a count after it', 'Clashes displaced residents of 14 villages across 3 districts.'],
  ] as const)('no telegraphic date with %s', (_name, text) => {
    expect(findTimes(text).filter((t) => !/^(?:on|in)\b/i.test(t.text)).map((t) => t.text)).toEqual([]);
  });
});

describe('the subject before a telegraphic date is the one who speaks', () => {
  it.each([
    ['Myanmar', 'KNDF 11 Jan said it had killed 20 soldiers near Loikaw.', 20, 'KNDF'],
    ['Sudan', 'RSF same day claimed it had killed 60 army soldiers in El Obeid.', 60, 'RSF'],
    ['Ukraine', 'Ukraine\'s General Staff 3 March said Russian shelling killed 7 civilians in Kherson.', 7, 'Ukraine\'s General Staff'],
  ] as const)('%s', (_war, text, value, reporter) => expect(factOf(text, value).reporter_texts).toEqual([reporter]));
});

describe('analysts\' digests as authors', () => {
  const report = (text: string, outlet = '', url = '') => ({ ...article(text), title: text.split('\n')[0]!, outlet, url });

  it.each([
    ['CrisisWatch title, Somalia', 'CrisisWatch: Somalia, March 2023\nAl-Shabaab 14 March overran an army base in Hiraan region, killing 17 soldiers.', '', '', 'International Crisis Group'],
    ['Crisis Group as outlet, Mali', 'Mali\nJihadists 2 May ambushed a convoy near Boni, killing 11 soldiers.', 'International Crisis Group', '', 'International Crisis Group'],
    ['Long War Journal site, Nigeria', 'ISWAP overruns army base in Borno\nIslamic State West Africa Province fighters killed 15 soldiers in an attack on a base in Malam Fatori.', '', 'https://www.longwarjournal.org/archives/2021/04/iswap-base.php', 'Long War Journal'],
  ] as const)('%s', (_name, text, outlet, url, author) => {
    const r = report(text, outlet, url);
    expect(documentAuthor(r)).toBe(author);
    const found = extractArticle(r);
    expect(found.length).toBeGreaterThan(0);
    for (const f of found) expect(f.reporter_texts).toEqual([author]);
  });
});
