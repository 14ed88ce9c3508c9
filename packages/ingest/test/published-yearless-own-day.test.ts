/**
 * A report's own day written without its year (a dateline "Feb 7 (IRNA) -", "KYIV, March 3 (Reuters) -", a cut-off
 * "Data Cutoff: January 30", "Updated: 14 May") takes its year from the text's latest event dated with a year, when
 * it falls within a few months after it, or from a year the title or the page's address states; evidence that
 * disagrees, or none, leaves it unknown (published.ts, `placeOwnDay`).
 */
import { describe, expect, it } from 'vitest';
import { ingestFiles } from '../src/index.ts';
import { datelinePlace, findDateline } from '../src/dateline.ts';
import { file } from './helpers.ts';

const ingest = (text: string) => ingestFiles([file('p.txt', text)]).articles[0]!;
const withUrl = (url: string, body: string) => ingest(`---\nurl: ${url}\n---\n${body}`);

describe('a wire dateline with no place and no year', () => {
  it.each([
    // a state agency's wire, Syria
    ['Army widens its control in Hama\n\nFeb 7 (IRNA) - Army units took 12 villages east of Hama, pressing an operation launched on January 22, 2018.', '2018-02-07'],
    // a wire, Ukraine
    ['Troops pull back near Bakhmut\n\nMarch 3 (Reuters) - Ukrainian troops left the village, a week after Russian forces reached its edge on 24 February 2023.', '2023-03-03'],
  ])('%#: %s', (text, day) => {
    const a = ingest(text);
    expect([a.published, a.published_precision]).toEqual([day, 'day']);
    expect(a.published_evidence).toMatch(/^dateline '.+' without a year: the first such day on or after/);
  });

  it('names the agency, not a place', () => {
    const a = ingest('Army widens its control in Hama\n\nFeb 7 (IRNA) - Army units took 12 villages east of Hama on January 30, 2018.');
    expect(a.outlet).toBe('IRNA');
    const line = 'March 9 (Reuters) - Fighting spread along the Nile, witnesses said.';
    expect(findDateline(line)?.phrase).toBe('March 9 (Reuters)');
    expect(datelinePlace(line)).toBe('');
  });
});

describe('the year of a yearless own day', () => {
  it('is not taken from an event more than a few months before it', () => {
    // The war began in April 2023; "March 3" of 2024 is eleven months on: the text does not say which year it is.
    const a = ingest('RSF shells Omdurman\n\nOMDURMAN, March 3 (AFP) - The RSF shelled the market on Sunday. The war began on April 15, 2023.');
    expect(a.published).toBe('');
    expect(a.published_earliest).toBe('2023-04-15');
  });

  it.each([
    // an outlet's wire copy, Sudan: the year in its title
    ['Sudan war 2024: RSF shells El Fasher\n\nEL FASHER, May 12 (AFP) - The RSF shelled the city on Sunday, residents said.', '2024-05-12'],
    // a situation report, Ukraine: the year in its title
    ['Kharkiv Oblast Situation Report 2022\n\nUpdated: 14 May\n\nShelling displaced 3,000 people from Chuhuiv district this week.', '2022-05-14'],
  ])('comes from a year the title states: %#', (text, day) => {
    const a = ingest(text);
    expect([a.published, a.published_precision]).toEqual([day, 'day']);
    expect(a.published_evidence).toMatch(/the year \d{4} from the title/);
  });

  it('comes from a year the page address states', () => {
    // an assessment, DR Congo
    const a = withUrl('https://example.org/updates/2025/m23-goma', 'M23 update\n\nData Cutoff: January 30, at 5 p.m.\n\nM23 fighters entered Goma, which they last held in 2012.');
    expect([a.published, a.published_precision]).toEqual(['2025-01-30', 'day']);
    expect(a.published_evidence).toMatch(/the year 2025 from the page address/);
  });

  it('is left unknown when the title and the text disagree', () => {
    // The title says 2019, the text's latest event is of 2020: a reprint's title or a wrong year; neither is sure.
    const a = ingest('Idlib 2019 review\n\nDAMASCUS, Feb 7 (Reuters) - The army took Saraqeb on Thursday after entering Maarat al-Numan on January 28, 2020.');
    expect(a.published).toBe('');
  });

  it('is left unknown when the address and the text disagree', () => {
    // The address files it under 2021, the text dates an event of December 2023.
    const a = withUrl('https://example.org/2021/sudan-update', 'Sudan update\n\nAs of 12 March, the RSF held Wad Madani. It entered the city on December 18, 2023.');
    expect(a.published).toBe('');
  });
});
