/**
 * Date constructions met in fresh encyclopedic pages. A look back in the pluperfect with a bare year, inside a narrative
 * whose paragraphs are dated without a year ("... had escaped from a prison in Khartoum in 2009. By 4 August, ...").
 * The look back dates its own event only; the story's next yearless date keeps the story's year.
 */
import { describe, expect, it } from 'vitest';
import { PARAGRAPH_MARK as P } from '@frontline/schema';
import { extract } from './helpers.ts';

const contextOf = (text: string, count: string) => extract(text).find((f) => f.count_phrase === count)?.time_context;

describe('a pluperfect look back with a bare year does not move the story', () => {
  it.each([
    ['encyclopedic, Libya',
      'On 2 August 2016, GNA forces advanced on the port. Their commander had trained in Benghazi in 2011. ' +
        'On 9 August, a car bomb killed 11 GNA fighters.', '11',
      ['On 2 August 2016']],
    ['encyclopedic, Yemen',
      'On 14 March 2021, the Houthis attacked Sirwah. The brigade\'s leader had fought in Saada in 2009. ' +
        'Two days later, clashes killed 23 fighters.', '23',
      ['On 14 March 2021']],
    ['encyclopedic, Ethiopia',
      'On 20 November 2020, federal troops neared Adigrat. Its mayor had fled to Mekelle in 2018. ' +
        'The following day, troops seized three villages.', 'three',
      ['On 20 November 2020']],
  ])('%s', (_genre, text, count, chain) => {
    expect(contextOf(text, count)).toEqual(chain);
  });

  it('a bare year the story has not yet reached, or one told in the simple past, still moves it', () => {
    // Forward: "by 2017" after 2016 is where the story goes next.
    expect(contextOf('On 3 May 2016, the army took the bridge. By 2017 the militia had lost the district. On 9 May, a strike killed 14 people.', '14'))
      .toEqual(['By 2017']);
    // Simple past: a new part of the story, not a look back.
    expect(contextOf('On 3 May 2016, the army took the bridge.\n\nIn 2015, the rebels seized Mai Kadra. On 9 May, a raid killed 17 people.', '17'))
      .toEqual(['In 2015']);
  });

  it('"had to" is no pluperfect', () => {
    expect(contextOf('On 3 May 2019, troops reached Gao. They had to retreat from Kidal in 2018, officials said. On 9 May, a mine killed 6 soldiers.', '6'))
      .toEqual(['in 2018']);
  });
});

/**
 * A year or span of years between a determiner and its noun names a thing ("The 2019–2020 siege of Tarhuna was
 * ..."): an aside like that, late in a narrative, must not send the story back to the span's first year.
 */
describe('a year used as a modifier does not move the story', () => {
  it.each([
    ['encyclopedic, Iraq',
      'On 2 February 2017, the army entered the old city.\n\nThe 2016–2017 Battle of Tal Afar was the first test of the new brigades. ' +
        'On 9 February, a suicide attack killed 8 soldiers.', '8', ['On 2 February 2017', P]],
    ['assessment, Myanmar',
      'On 4 January 2024, the Arakan Army seized Paletwa. Its 2022–2023 offensive opened the way. The next day, shelling killed 12 civilians.',
      '12', ['On 4 January 2024']],
    ['wire, Ukraine',
      'On 10 March 2023 Russian forces pressed on Bakhmut. The 2022–2023 winter campaign stalled there. On 12 March, strikes killed 5 people.',
      '5', ['On 10 March 2023']],
  ])('%s', (_genre, text, count, chain) => {
    expect(contextOf(text, count)).toEqual(chain);
  });

  it('a year after a preposition still dates the story', () => {
    expect(contextOf('On 2 February 2017, the army entered the town. In 2018, the militia returned. Clashes killed 9 people.', '9'))
      .toEqual(['In 2018']);
  });
});

/** "after overnight clashes": "overnight" before a noun of fighting dates the fighting, not the capture. */
describe('"overnight" as a modifier of fighting does not date the capture', () => {
  const timeOf = (text: string) => extract(text).find((f) => f.kind === 'territory')?.time_phrase;
  it.each([
    ['encyclopedic, Iraq', 'On 24 June, insurgents seized the Ajeel oil field after overnight clashes with police.', 'On 24 June'],
    ['wire, Ukraine', 'On Tuesday Russian troops entered Marinka following overnight shelling of its outskirts.', 'On Tuesday'],
    ['outlet, Sudan', 'On 30 October the RSF took Bara after an overnight assault on its garrison.', 'On 30 October'],
  ])('%s', (_genre, text, phrase) => {
    expect(timeOf(text)).toBe(phrase);
  });

  it('"overnight" on its own still dates the event', () => {
    expect(timeOf('Houthi fighters took Al Jubah overnight, tribal sources said.')).toBe('overnight');
  });
});

/**
 * An infobox Date field the time phrases cannot read ("6 August 2024 – present") still gives the page its year: the
 * lead's yearless "On 8 August" is read in it. It is only the year of the chain: the title's fact still waits for the
 * text's first date, and a field the phrases do read keeps its phrase.
 */
describe('an infobox Date field gives the page its year', () => {
  const ctx = (text: string, place: string) => extract(text).find((f) => f.place_mentions.some((p) => p.text === place))?.time_context;
  it.each([
    ['Ukraine', 'Kursk incursion\nPart of the Russian invasion of Ukraine\nDate\t6 August 2024 – present\nLocation\tKursk Oblast, Russia\nResult\tOngoing\n\n' +
      'The incursion is an operation of the Ukrainian army.\n\nOn 9 August, Ukrainian troops captured Sudzha.', 'Sudzha', ['in 2024']],
    ['Sudan', 'Siege of El Fasher\nDate | 10 May 2024 – present\nLocation | El Fasher, North Darfur\nResult | Ongoing\n\n' +
      'The siege is a battle between the army and the RSF.\n\nOn 14 June, the RSF seized Um Kadada.', 'Um Kadada', ['in 2024']],
    ['DR Congo', 'M23 offensive\nDate: 20 October 2022 – present\nLocation: North Kivu\nResult: Ongoing\nBelligerents: DRC, M23\n\n' +
      'The offensive is a campaign of the M23 rebels.\n\nOn 29 October, M23 rebels captured Kiwanja.', 'Kiwanja', ['in 2022']],
  ])('%s', (_war, text, place, chain) => {
    // The year starts the chain; the paragraph mark after it is the lead's.
    expect(ctx(text, place)?.filter((p) => p !== P)).toEqual(chain);
  });

  it('the title\'s fact still waits for the text\'s first date, and a readable Date field keeps its phrase', () => {
    const [title] = extract('Fall of Sudzha\nDate\t12 August 2024 – present\nLocation\tSudzha\nResult\tUkrainian control\n\nOn 12 August 2024, Ukrainian troops entered Sudzha.');
    expect([title!.sentence_index, title!.time_context]).toEqual([0, ['On 12 August 2024']]);
    const page = extract('Battle of Nyala\nDate 11–26 October 2023\nLocation Nyala\nResult RSF victory\n\nOn 26 October, the RSF captured Nyala.');
    expect(page.find((f) => f.place_mentions.some((p) => p.text === 'Nyala'))!.time_context[0]).toBe('11–26 October 2023');
  });
});

describe('the page year of an infobox Date field is not a date the infobox has read', () => {
  it('a section heading straight after the infobox still dates its section', () => {
    const page = extract('Siege of Tarhuna\nDate 4 April 2019 – present\nLocation Tarhuna, Libya\nResult See text\n\n' +
      '### Assault on the town (3–5 June 2020)\n\nGNA forces captured Tarhuna after two days of fighting.');
    expect(page.find((f) => f.place_mentions.some((p) => p.text === 'Tarhuna'))!.time_context).toContain('3–5 June 2020');
  });
});
