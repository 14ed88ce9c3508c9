/**
 * Dates of encyclopedic campaign pages met in fresh texts (issue 9), on texts written for this file in several wars.
 * A page whose lead defines its title ("The X offensive was an operation ...") dates its events, never itself: no
 * publication date is guessed from its latest day, so its yearless days keep the story's year. A title that names the
 * campaign's year ("2019 X offensive") gives that year to the days before any other. "Towards the end of May" is a
 * date. A heading's capture ("Capture of X") is dated where its section tells it. A running total with no time phrase
 * of its own ("N militants had been killed so far") is as of the day the story has reached.
 */
import { describe, expect, it } from 'vitest';
import type { Fact } from '@frontline/schema';
import { extractArticle } from '@frontline/extract';
import { ingestFiles } from '@frontline/ingest';
import { loadGazetteer, normalizeArticle } from '../src/index.ts';

const gazetteer = loadGazetteer();

function run(text: string): { facts: Fact[]; published: string } {
  const { articles } = ingestFiles([{ path: 'page.txt', bytes: new TextEncoder().encode(text) }], { runDate: '2026-12-01' });
  const { text: body, sentence_list: _s, removed: _r, ...record } = articles[0]!;
  return { facts: normalizeArticle(extractArticle(articles[0]!), record, gazetteer, { text: body }).facts, published: record.published };
}

const periodOf = (facts: Fact[], place: string) => {
  const f = facts.find((x) => x.place_mentions.includes(place));
  return f ? [f.period_start, f.period_end] : null;
};

describe('a page whose lead defines its title is a narrative, dated from its own years', () => {
  it.each([
    ['Ukraine', 'Huliaipole offensive\n\nThe **Huliaipole offensive** was an operation by Russian forces in Zaporizhzhia Oblast.\n\n' +
      '## Background\nBetween March and May 2023, Russian forces shelled the town.\n\n## The offensive\n' +
      'On 9 June, Russian troops captured Novodarivka. The next day, they captured Rivnopil.', 'Rivnopil', ['2023-06-10', '2023-06-10']],
    ['Yemen', 'Sirwah offensive\n\nThe Sirwah offensive was a campaign by the Houthis in Marib Governorate.\n\n' +
      '## Background\nIn early February 2021, the Houthis massed fighters near Sirwah.\n\n## Offensive\n' +
      'On 8 February, Houthi fighters seized Kofal. On 14 March, they captured Hilan.', 'Hilan', ['2021-03-14', '2021-03-14']],
  ])('%s', (_war, text, place, period) => {
    const { facts, published } = run(text);
    expect(published).toBe('');
    expect(periodOf(facts, place)).toEqual(period);
  });

  it('a background month before the lead\'s is of the lead\'s year, not the next', () => {
    const text = 'Sinjar Mountain offensive\n\nThe Sinjar Mountain offensive was a battle fought in the area in October 2015.\n\n' +
      '## Background\nEarlier, Peshmerga forces had been advancing slowly, notably retaking Snune in August.\n\n' +
      '## Battle\nOn October 20, the Peshmerga captured Sulagh.';
    const { facts, published } = run(text);
    expect(published).toBe('');
    expect(periodOf(facts, 'Snune')).toEqual(['2015-08-01', '2015-08-31']);
    expect(periodOf(facts, 'Sulagh')).toEqual(['2015-10-20', '2015-10-20']);
  });
});

describe('a title naming the campaign\'s year dates the yearless days before any other year', () => {
  it.each([
    ['Libya', '2019 Gharyan offensive\n\nThe 2019 Gharyan offensive was an attack by GNA forces on the LNA-held town.\n\n' +
      '## Offensive\nOn 26 June, GNA forces captured Gharyan. Two days later, they seized Al-Asabaa.', 'Al-Asabaa', ['2019-06-28', '2019-06-28']],
    ['Karabakh', '2020 Hadrut offensive\n\nThe 2020 Hadrut offensive was a battle between Azerbaijani and Armenian forces.\n\n' +
      '## Battle\nOn 9 October, Azerbaijani forces captured Hadrut. On 15 October, they took Tagaser.', 'Tagaser', ['2020-10-15', '2020-10-15']],
  ])('%s', (_war, text, place, period) => {
    expect(periodOf(run(text).facts, place)).toEqual(period);
  });
});

describe('"towards the end of May" dates a narrative\'s fact', () => {
  it.each([
    ['Myanmar', 'On 3 May 2024, the Arakan Army attacked Buthidaung. Towards the end of May, the Arakan Army captured Maungdaw.', 'Maungdaw'],
    ['Iraq', 'On 2 May 2016, the army advanced on Hit. Towards the end of May, Iraqi forces recaptured Fallujah.', 'Fallujah'],
  ])('%s', (_war, text, place) => {
    const p = periodOf(run(`Coastal campaign\n\nThe Coastal campaign was an offensive in the north.\n\n${text}`).facts, place);
    expect(p?.[0]).toMatch(/-05-2\d$/);
    expect(p?.[1]).toMatch(/-05-31$/);
  });
});

describe('a heading\'s capture is dated where its section tells it', () => {
  it.each([
    ['Ukraine', 'Avdiivka campaign\n\nThe Avdiivka campaign was an offensive by Russian forces in 2024.\n\n## Capture of Pervomaiske\n' +
      'On 3 March 2024, Russian troops entered the outskirts. On 12 March, they advanced near Pervomaiske\'s water plant. ' +
      'On 20 March, Russian forces captured Pervomaiske.', 'Pervomaiske', ['2024-03-20', '2024-03-20']],
    ['Mali', 'Kidal campaign\n\nThe Kidal campaign was an offensive by the Malian army in 2023.\n\n## Fall of Anefis\n' +
      'On 5 October 2023, the army left Gao. On 7 October, troops reached Anefis\'s airstrip. On 9 October, the army captured Anefis.',
    'Anefis', ['2023-10-09', '2023-10-09']],
  ])('%s', (_war, text, place, period) => {
    const captures = run(text).facts.filter((f) => f.kind === 'territory' && f.category === 'captured' && f.place_mentions.includes(place));
    expect(captures.map((f) => [f.period_start, f.period_end])).toEqual([period]);
  });
});

describe('a running total in a narrative takes the day the story has reached', () => {
  it.each([
    ['Syria', 'Manbij offensive\n\nThe Manbij offensive was an operation by the SDF in Aleppo Governorate.\n\n## Offensive\n' +
      'On 4 July 2016, the SDF entered the western districts of Manbij.\n\n' +
      'The Manbij Military Council announced that 460 ISIL militants had been killed so far.', 460, '2016-07-04'],
    ['Ukraine', 'Battle of Vuhledar\n\nThe Battle of Vuhledar was a battle between Russian and Ukrainian forces in Donetsk Oblast.\n\n## Battle\n' +
      'On 12 February 2023, Russian marines attacked south of Vuhledar.\n\n' +
      'Ukrainian officials said that 1,300 Russian soldiers had been killed so far in the assaults.', 1300, '2023-02-12'],
  ])('%s', (_war, text, count, day) => {
    const { facts, published } = run(text);
    expect(published).toBe('');
    const total = facts.find((f) => f.kind === 'casualty' && f.count_best === count)!;
    expect(total).toBeDefined();
    expect(total.period_end).toBe(day);
  });
});
