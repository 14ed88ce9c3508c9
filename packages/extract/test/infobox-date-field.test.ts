/**
 * Date constructions met in saved copies of encyclopedic campaign pages (kiwix, wikiwand, IPFS mirrors):
 * - the infobox flattened with its Date label glued to the value ("Date12 May – 3 June 2019");
 * - the infobox flattened to pipe-joined table rows after the lead, a map caption "as of" a later month among them;
 * - a relative phrase ("the following day") after a date the same sentence gives ("After reaching X on 4 July, ...").
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const contextOf = (text: string, count: string) => extract(text).find((f) => f.count_phrase === count)?.time_context;
const captureContext = (text: string, place: string) =>
  extract(text).find((f) => f.kind === 'territory' && f.place_mentions.some((p) => p.text === place))?.time_context;

describe('an infobox Date field, its label glued to its value or not, dates the campaign to the day', () => {
  it.each([
    ['encyclopedic, Yemen',
      'Battle of Hodeidah (2018)\n\nFrom the free encyclopedia\n\nPart of the Yemeni civil war\nDate13 June – 18 December 2018\n' +
        'Casualties and losses\n600 Houthi fighters killed\n\nThe battle began when coalition-backed forces advanced on the port city.',
      '600', '13 June – 18 December 2018'],
    ['encyclopedic, Mali',
      'Battle of Konna (2013)\n\nDate9 – 17 January 2013\nCasualties and losses\n100 militants killed\n\n' +
        'The battle started when Islamist fighters attacked the town of Konna.',
      '100', '9 – 17 January 2013'],
    // The Date field, not the title's coarser "(January–February 2025)", is where the story starts when a bullet
    // line in the infobox ends the lead early.
    ['encyclopedic, DR Congo',
      'Goma offensive (January–February 2025)\n\nPart of the M23 campaign\nDate23 January – 6 February 2025\n' +
        '  • 3,000 fighters\n4,000 troops\nCasualties and losses\n2,900 people killed (per UN)\n\nThe offensive began when M23 fighters advanced on Goma.',
      '2,900', '23 January – 6 February 2025'],
    ['encyclopedic, Ethiopia',
      'Battle of Shire (October–November 2022)\n\nDate 10 October – 2 November 2022\n  • 20,000 soldiers\nUnknown strength\nCasualties and losses\n' +
        '300 civilians killed\n\nThe battle began with shelling of the town.',
      '300', '10 October – 2 November 2022'],
  ])('%s', (_genre, text, count, span) => {
    expect((contextOf(text, count) ?? []).join(' ')).toContain(span);
  });

  it('a word that only starts with "Date" is no Date field', () => {
    const text = 'Battle of Kidal (2014)\n\nDated5 May – 6 June 2014 was the copy\nCasualties and losses\n40 soldiers killed\n\nThe battle began in May.';
    expect((contextOf(text, '40') ?? []).join(' ')).not.toContain('5 May – 6 June 2014');
  });
});

describe('a flattened table row after the lead does not move the story', () => {
  it.each([
    ['encyclopedic, Sudan',
      'Siege of El Obeid (May–August 2023)\n\nThe siege was fought in North Kordofan.\n' +
        'Siege of El Obeid | ||||\nFrontline map as of January 2024 | ||||\nStrength | ||||\n4,000 | Unknown |\n' +
        'On 12 June, the RSF captured Kazgil, south of the city.',
      'Kazgil'],
    ['encyclopedic, Ukraine',
      'Battle of Vuhledar (October–November 2022)\n\nThe battle was fought in Donetsk Oblast.\n' +
        'Battle of Vuhledar | |||||\nSituation map as of March 2023 | |||||\nBelligerents | |||||\n' +
        'On 30 October, Russian forces captured Pavlivka after heavy fighting.',
      'Pavlivka'],
  ])('%s', (_genre, text, place) => {
    const chain = captureContext(text, place) ?? [];
    expect(chain.join(' ')).not.toMatch(/as of/);
  });

  it('a date in prose after the rows still moves it', () => {
    const text = 'Battle of Sirte (June–July 2020)\n\nThe battle was fought near Sirte.\nMap as of May 2021 | |||\n' +
      'On 6 June, GNA forces advanced east. The next day, GNA forces captured Abu Qurayn.';
    expect(captureContext(text, 'Abu Qurayn')).toContain('On 6 June');
  });
});

describe('a relative phrase counts from a date its own sentence gave before it', () => {
  it.each([
    ['encyclopedic, Libya',
      'On 2 March 2011, rebels held Brega.\n\nAfter reaching the port on 9 March, the following day the militia captured Ras Lanuf.',
      'Ras Lanuf', 'on 9 March'],
    ['encyclopedic, Myanmar',
      'On 27 October 2023, the alliance attacked.\n\nHaving surrounded the town on 5 November, two days later the rebels captured Chinshwehaw.',
      'Chinshwehaw', 'on 5 November'],
  ])('%s', (_genre, text, place, earlier) => {
    expect(captureContext(text, place)?.at(-1)).toBe(earlier);
  });

  it('a phrase that names its own month takes nothing from the sentence', () => {
    const text = 'On 2 March 2011, rebels held Brega.\n\nAfter reaching the port on 9 March, on 11 March the militia captured Ras Lanuf.';
    expect(captureContext(text, 'Ras Lanuf')).not.toContain('on 9 March');
  });
});

/** An infobox's bracketed note closes the figure before it: the figure after it on the same line is not its claim. */
describe('a bracketed claim note does not speak for the figure after it', () => {
  const reportersOf = (text: string) => extract(text).map((f) => [f.count_phrase, f.reporter_texts]);
  it.each([
    ['infobox, Syria', '900 rebels killed (Army claim)[4] 60+ soldiers killed[5]', [['900', ['Army']], ['60+', []]]],
    ['infobox, Ukraine', '5,000 soldiers killed (Russian claim) 350 civilians killed', [['5,000', ['Russian government']], ['350', []]]],
    ['infobox, Libya', '70 fighters killed (per the LNA) 12 civilians killed', [['70', ['LNA']], ['12', []]]],
  ])('%s: %s', (_genre, text, expected) => expect(reportersOf(text)).toEqual(expected));

  it('the figure after it takes its own note', () => {
    expect(reportersOf('400 militants killed (Yemeni claim) 45 soldiers killed (per SOHR)'))
      .toEqual([['400', ['Yemeni government']], ['45', ['SOHR']]]);
  });
});
