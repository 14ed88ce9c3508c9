/**
 * Infobox notes met in fresh encyclopedic pages (a Deir ez-Zor offensive, a Libyan town's battle), tested on lines
 * written for them in several wars. A bracketed note after a figure may hold its claimant and the span it counts
 * ("(Turkish claim; 3 Feb. – 9 Mar.)", "(per OCHA; 12 Jun. – 2 Jul.)"): both are that figure's, and neither is the
 * figure's before an earlier bracket. A Date field may write each end with its year and a bare hyphen. A range's
 * upper bound may end in a plus ("394–900+ killed"). The infobox's "Part of the X war (2014–2020)" line is the wider
 * war's span: the Date field below it dates the page.
 */
import { describe, expect, it } from 'vitest';
import { article, extract } from './helpers.ts';
import { extractArticle } from '../src/index.ts';
import { findTimes } from '../src/time.ts';

const tolls = (text: string) =>
  extract(text).filter((f) => f.kind === 'casualty').map((f) => ({ n: f.quantity?.value, who: f.reporter_texts, when: f.time_phrase }));

describe('a bracketed note names the source and span of the figure before it', () => {
  it.each([
    ['Syria, Afrin', '- Casualties2: 1,400 killed (Turkish claim; 3 Feb. – 9 Mar.), 60 captured',
      [{ n: 1400, who: ['Turkish government'], when: '3 Feb. – 9 Mar.' }]],
    ['Ukraine', '- Casualties1: 2,000+ killed (Russian claim; 1 Oct. – 15 Nov.) 900 killed (per OHCHR; 2 Oct. – 30 Oct.)',
      [{ n: 2000, who: ['Russian government'], when: '1 Oct. – 15 Nov.' }, { n: 900, who: ['OHCHR'], when: '2 Oct. – 30 Oct.' }]],
    ['Yemen', '- Casualties2: 310 killed (Saudi claim, 5 Jan. – 20 Feb.)',
      [{ n: 310, who: ['Saudi government'], when: '5 Jan. – 20 Feb.' }]],
  ])('%s', (_war, text, expected) => {
    expect(tolls(text)).toEqual(expected);
  });

  it('a claim note after a later figure is not the earlier figure\'s', () => {
    const got = tolls('- Casualties: 75 killed (4 Mar. – 11 Mar.) 230+ killed (Ethiopian claim; 12 Mar. – 30 Mar.)');
    expect(got).toEqual([
      { n: 75, who: [], when: '4 Mar. – 11 Mar.' },
      { n: 230, who: ['Ethiopian government'], when: '12 Mar. – 30 Mar.' },
    ]);
  });

  it('a figure with its own dated note keeps that date, not the one of the figure before', () => {
    const got = tolls('- Casualties2: 55 killed (per SOHR; 2 Jan. – 9 Jan.), 140 killed (per SOHR; 10 Jan. – 28 Jan.)');
    expect(got.map((g) => g.when)).toEqual(['2 Jan. – 9 Jan.', '10 Jan. – 28 Jan.']);
  });
});

describe('a span written with a dash', () => {
  it.each([
    ['Date 4 April 2019-26 June 2019', '4 April 2019-26 June 2019'],
    ['Date: 30 December 2022 – 15 February 2023', '30 December 2022 – 15 February 2023'],
    ['(per the UN; 12 Jun. – 2 Jul.)', '12 Jun. – 2 Jul.'],
  ])('%s', (line, phrase) => {
    expect(findTimes(line).map((t) => t.text)).toEqual([phrase]);
  });

  it('a day alone before the dash needs a year: "15–19 killed" or "3–4 December" without one is no span', () => {
    expect(findTimes('between 15–19 killed in Goma').map((t) => t.text)).toEqual([]);
    expect(findTimes('3–4 December').map((t) => t.text)).toEqual([]);
  });
});

describe('a range whose upper bound ends in a plus', () => {
  it.each([
    ['Iraq', 'Casualties and losses\n210–450+ killed, 1,900 wounded', 'killed', 210],
    ['DR Congo', '- Casualties: 1,200–3,000+ displaced', 'displaced', 1200],
    ['Nagorno-Karabakh', '- Casualties2: 80–95+ killed (Armenian claim)', 'killed', 80],
  ])('%s', (_war, text, category, low) => {
    const f = extract(text).find((x) => x.category === category);
    expect([f?.quantity?.value, f?.quantity?.modifier]).toEqual([low, 'at_least']);
  });
});

describe('an infobox dates its page by its Date field, not by the wider war it is part of', () => {
  const page = (title: string, lines: string[]) => {
    const text = [title, ...lines].join('\n');
    return extractArticle({ ...article(text), title });
  };
  it.each([
    ['Sudan', 'Battle of Omdurman (2024)', 'Part of the Sudanese civil war (2023–2025)', 'Date 3 February 2024-12 March 2024', '2023–2025'],
    ['Mali', 'Battle of Tessalit', 'Part of the Mali War (2012–2015)', 'Date 5 March 2013 – 19 April 2013', '2012–2015'],
  ])('%s', (_war, title, partOf, dateField, warSpan) => {
    const facts = page(title, [partOf, dateField, 'Casualties and losses', '120 killed', '', 'The battle was fought over the town.']);
    const toll = facts.find((f) => f.quantity?.value === 120);
    expect(toll?.time_context).toContain(dateField.replace(/^Date /, ''));
    expect(toll?.time_context).not.toContain(warSpan);
  });
});
