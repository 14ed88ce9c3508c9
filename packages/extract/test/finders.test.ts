/** The building blocks on their own: figures and hedges, places, time phrases, reporters. */
import { describe, expect, it } from 'vitest';
import { SourceMemory } from '../src/attribution.ts';
import { findQuantities } from '../src/numbers.ts';
import { findPlaces } from '../src/places.ts';
import { findTimes } from '../src/time.ts';
import { splitSentences } from './helpers.ts';

describe('findQuantities', () => {
  const cases: [string, { value: number | null; upper?: number; vague_word: string; modifier: string; phrase: string }][] = [
    ['5,000 families', { value: 5000, vague_word: '', modifier: 'exact', phrase: '5,000' }],
    ['some 1.1 million people', { value: 1100000, vague_word: '', modifier: 'about', phrase: 'some 1.1 million' }],
    ['2.5m residents', { value: 2500000, vague_word: '', modifier: 'exact', phrase: '2.5m' }],
    ['an estimated three million', { value: 3000000, vague_word: '', modifier: 'about', phrase: 'an estimated three million' }],
    ['nearly 30 people', { value: 30, vague_word: '', modifier: 'nearly', phrase: 'nearly 30' }],
    ['just under 120,000', { value: 120000, vague_word: '', modifier: 'nearly', phrase: 'just under 120,000' }],
    ['twenty-five rebels', { value: 25, vague_word: '', modifier: 'exact', phrase: 'twenty-five' }],
    ['a dozen soldiers', { value: 12, vague_word: '', modifier: 'exact', phrase: 'a dozen' }],
    ['a hundred families', { value: 100, vague_word: '', modifier: 'exact', phrase: 'a hundred' }],
    ['no fewer than 40', { value: 40, vague_word: '', modifier: 'at_least', phrase: 'no fewer than 40' }],
    ['in excess of 3,000', { value: 3000, vague_word: '', modifier: 'more_than', phrase: 'in excess of 3,000' }],
    ['some more than 200', { value: 200, vague_word: '', modifier: 'more_than', phrase: 'some more than 200' }],
    ['as many as 700,000', { value: 700000, vague_word: '', modifier: 'up_to', phrase: 'as many as 700,000' }],
    ['fewer than 50', { value: 50, vague_word: '', modifier: 'less_than', phrase: 'fewer than 50' }],
    ['roughly 800', { value: 800, vague_word: '', modifier: 'about', phrase: 'roughly 800' }],
    ['tens of thousands of people', { value: null, vague_word: 'tens_of_thousands', modifier: 'exact', phrase: 'tens of thousands' }],
    ['hundreds of thousands fled', { value: null, vague_word: 'hundreds_of_thousands', modifier: 'exact', phrase: 'hundreds of thousands' }],
    ['a handful of fighters', { value: null, vague_word: 'a_few', modifier: 'exact', phrase: 'a handful' }],
    ['numerous civilians', { value: null, vague_word: 'many', modifier: 'exact', phrase: 'numerous' }],
    ['scores of people', { value: null, vague_word: 'scores', modifier: 'exact', phrase: 'scores' }],
    ['between 41 and 52 civilians were killed', { value: 41, upper: 52, vague_word: '', modifier: 'exact', phrase: 'between 41 and 52' }],
    ['400–600 residents left', { value: 400, upper: 600, vague_word: '', modifier: 'exact', phrase: '400–600' }],
    // A hedge before a range is the range's: one figure, not a second one for its upper bound.
    ['some 9,000 to 11,000 dead', { value: 9000, upper: 11000, vague_word: '', modifier: 'about', phrase: 'some 9,000 to 11,000' }],
    ['with 8-13 civilians reportedly killed', { value: 8, upper: 13, vague_word: '', modifier: 'exact', phrase: '8-13' }],
    // An infobox's "394–900+": the plus says at least the range.
    ['394–900+ killed', { value: 394, upper: 900, vague_word: '', modifier: 'at_least', phrase: '394–900+' }],
    ['an estimated 120–150 families', { value: 120, upper: 150, vague_word: '', modifier: 'about', phrase: 'an estimated 120–150' }],
    ['rose from 10 to 20', { value: 10, vague_word: '', modifier: 'exact', phrase: '10' }],
    ['14,38 in Binnish', { value: 14380, vague_word: '', modifier: 'exact', phrase: '14,38' }],
    ['1,204,51 arrivals', { value: 1204510, vague_word: '', modifier: 'exact', phrase: '1,204,51' }],
  ];
  for (const [text, want] of cases) {
    it(text, () => expect(findQuantities(text)[0]).toMatchObject(want));
  }
  it('a change is no range: no upper bound', () => expect(findQuantities('rose from 10 to 20')[0]).not.toHaveProperty('upper'));
  it('a hyphen between a day and a day of a month is no range', () => {
    expect(findQuantities('Between 7-13 January, 40 people fled.').map((q) => q.phrase)).not.toContain('7-13');
  });
});

describe('findPlaces', () => {
  const one = (s: string, text: string) => findPlaces(s).find((p) => p.text === text);
  it('reads feature words, governorates and nearness', () => {
    const s = 'The hamlets of Tal Sultan, Abu Omar and Khirbet al-Ghazi were shelled in western Hama province.';
    expect(findPlaces(s).map((p) => [p.text, p.feature_hint, p.admin_hint])).toEqual([
      ['Tal Sultan', 'village', 'Hama'],
      ['Abu Omar', 'village', 'Hama'],
      ['Khirbet al-Ghazi', 'village', 'Hama'],
      ['Hama', 'province', 'Hama'],
    ]);
  });
  it('knows airbases, camps, crossings, cities and towns', () => {
    expect(one('Rebels shelled the Kuweires military airport.', 'Kuweires')?.feature_hint).toBe('airbase');
    expect(one('Families sheltered near the Atmeh displacement camp.', 'Atmeh')).toMatchObject({ feature_hint: 'camp', near: true });
    expect(one('Trucks crossed at the Bab al-Salam crossing.', 'Bab al-Salam')?.feature_hint).toBe('crossing');
    expect(one('A blast in central Azaz city killed five.', 'Azaz')).toMatchObject({ feature_hint: 'city', near: false });
    expect(one('Troops captured the town of Kafr Zita.', 'Kafr Zita')?.feature_hint).toBe('town');
    expect(one('Fighting spread across the Deir ez-Zor governorate.', 'Deir ez-Zor')?.feature_hint).toBe('province');
  });
  it('turns descriptors into an area around the named place', () => {
    expect(one('Strikes hit villages in southern Idlib.', 'Idlib')).toMatchObject({ feature_hint: 'area', near: true });
    expect(one('Shelling hit the western Aleppo countryside.', 'Aleppo')).toMatchObject({ feature_hint: 'area', near: true });
    expect(one('Clashes raged on the outskirts of Ariha.', 'Ariha')).toMatchObject({ near: true });
    expect(one('Rebels attacked positions south of Morek.', 'Morek')).toMatchObject({ near: true });
    expect(one('The war in Syria goes on.', 'Syria')?.feature_hint).toBe('country');
  });
  it('never returns actors, sources, months, weekdays or nationalities', () => {
    const s = 'The Syrian Observatory for Human Rights said on Sunday that Hayat Tahrir al-Sham fighters in December attacked Russian positions in Saraqib.';
    expect(findPlaces(s).map((p) => p.text)).toEqual(['Saraqib']);
    expect(findPlaces('Enab Baladi interviewed the Aleppo Civil Defence in Atarib.').map((p) => p.text)).toEqual(['Atarib']);
    expect(findPlaces('A drone hit President Erdogan’s troops near Afrin.').map((p) => p.text)).toEqual(['Afrin']);
    expect(findPlaces('Fighters of Ahrar ash-Sham shelled the village of Tal Sultan.').map((p) => p.text)).toEqual(['Tal Sultan']);
  });
});

describe('findTimes', () => {
  const texts = (s: string) => findTimes(s).map((t) => t.text);
  it('reads running totals and ranges whole', () => {
    expect(texts('have died since the assault by the Fourth Division started on Aug. 6')).toEqual([
      'since the assault by the Fourth Division started on Aug. 6',
    ]);
    expect(texts('fled between March 2 and March 19')).toEqual(['between March 2 and March 19']);
    expect(texts('since mid-2015')).toEqual(['since mid-2015']);
    expect(texts('some 90 fighters have died since the Russian-backed push against the Islamic State (IS) group in the desert began on March 4')).toEqual([
      'since the Russian-backed push against the Islamic State (IS) group in the desert began on March 4',
    ]);
    // A range that writes its month once, in a sitrep, a UN statement and a wire story.
    expect(texts('at least 30 civilians were killed between 4 and 9 February in the east')).toEqual(['between 4 and 9 February']);
    expect(texts('Some 5,200 families arrived from 12 to 15 March 2019, the cluster said.')).toEqual(['from 12 to 15 March 2019']);
    expect(texts('The monitor counted 41 deaths between July 3 and 8.')).toEqual(['between July 3 and 8']);
    expect(texts('between July 3 and 8 people were hurt')).not.toContain('between July 3 and 8');
  });
  it('reads two days of one month, a part of a dated day, and narrative steps', () => {
    expect(texts('On 21–22 January, the army captured the hills around the town.')).toEqual(['On 21–22 January']);
    expect(texts('The July 8-11 violence left 42,000 people displaced.')).toEqual(['July 8-11']);
    expect(texts('Twelve died in the 3–5 May clashes near the airport.')).toEqual(['3–5 May']);
    expect(texts('Since the revolt began two years ago, 900 people have died.')).toEqual(['Since the revolt began two years ago']);
    expect(texts('Air strikes on 9 and 10 March 2019 killed 14 civilians, the monitor said.')).toEqual(['on 9 and 10 March 2019']);
    expect(texts('On the night of 3 January, rebels stormed the checkpoint.')).toEqual(['On the night of 3 January']);
    expect(texts('Clashes went on throughout December, residents said.')).toEqual(['throughout December']);
    expect(texts('A day later, the militants withdrew.')[0]).toMatch(/^A day later/);
    expect(texts('That evening, 4 soldiers were killed.')).toEqual(['That evening']);
    expect(texts('The following week, the army entered the town.')).toEqual(['The following week']);
    expect(texts('the cluster recorded 120 arrivals on January 9 and 10 people returned')).not.toContain('on January 9 and 10');
  });
  it('reads a span a title or lead gives its events', () => {
    expect(texts('The Southern offensive (October 2017–February 2018) was launched by the army.')).toEqual(['October 2017–February 2018']);
    expect(texts('Hama offensive (2017–2018)')).toEqual(['2017–2018']);
    expect(texts('fighting in March–June 2019 displaced thousands')).toEqual(['March–June 2019']);
  });
  it('reads the date a stock is given at', () => {
    expect(texts('As of 28 February, 120,400 people remain displaced.')).toEqual(['As of 28 February']);
    expect(texts('the camp hosted 8,000 IDPs as at 3 March 2018')).toEqual(['as at 3 March 2018']);
    expect(findTimes('officials said that as of Jan. 9 some 300 families had returned')[0]?.reportDate).toBe(false);
    expect(findTimes('since March 2011')[0]?.since).toBe(true);
  });
  it('reads days, periods and years', () => {
    expect(texts('A car bomb on Friday night killed 12')).toEqual(['on Friday night']);
    expect(texts('killed 9 on Saturday alone')).toEqual(['on Saturday alone']);
    expect(texts('over the past two weeks')).toEqual(['over the past two weeks']);
    expect(texts('in the last 48 hours')).toEqual(['in the last 48 hours']);
    expect(texts('late last year')).toEqual(['late last year']);
    expect(texts('at the end of 2015')).toEqual(['at the end of 2015']);
    expect(texts('in September 2015')).toEqual(['in September 2015']);
    expect(texts('on January 4')).toEqual(['on January 4']);
    expect(texts('yesterday')).toEqual(['yesterday']);
  });
  it('reads a day written as monitors write it, a night across two days, and a span an infobox gives', () => {
    expect(texts('killed 144 civilians since the 25th of December until today the 28th of January 2018')[0]).toBe('since the 25th of December');
    expect(texts('On the night of 21–22 January, rebels shelled the base.')).toEqual(['On the night of 21–22 January']);
    expect(texts('on the night of 31 December, troops crossed the river')).toEqual(['on the night of 31 December']);
    // A dated weekend: sitrep, DR Congo; wire, Yemen.
    expect(texts('Clashes resumed near Djugu during the weekend of the 3-4 June.')).toEqual(['during the weekend of the 3-4 June']);
    expect(texts('Shelling over the weekend of 14 and 15 January killed 9 civilians in Harib.')).toEqual(['over the weekend of 14 and 15 January']);
    expect(texts('In the early hours of 11 September, Ukrainian troops entered Izium.')).toEqual(['In the early hours of 11 September']);
    // The day's dawn, as encyclopedic narratives date an assault: Syria, Sudan, Yemen.
    expect(texts('The offensive was launched in the dawn of 6 June 2017 from three sides.')).toEqual(['in the dawn of 6 June 2017']);
    expect(texts('RSF fighters stormed the camp on the dawn of 14 April, killing 9 guards.')).toEqual(['on the dawn of 14 April']);
    expect(texts('In the dawn of 2 March, Houthi forces shelled Hays.')).toEqual(['In the dawn of 2 March']);
    // Two days a narrative's events ran over: Syria, Ukraine, DR Congo.
    expect(texts('During 1–2 July, SDF fighters cleared the market of militants.')).toEqual(['During 1–2 July']);
    expect(texts('Russian forces captured Andriivka and Ozarianivka through 28–29 November.')).toEqual(['through 28–29 November']);
    expect(texts('Over 14 and 15 February, M23 took 3 villages near Sake.')).toEqual(['Over 14 and 15 February']);
    // "over" before a count is no date.
    expect(texts('Over 3 and 4 per cent of the town was shelled.')).toEqual([]);
    expect(texts('Date 15–19 December 2023 (2023-12-15 – 2023-12-19), (4 days)')).toEqual(['15–19 December 2023']);
    expect(texts('Date 30 April – 31 August 2019')).toEqual(['30 April – 31 August 2019']);
    // A range of figures is no date.
    expect(texts('Between 400–600 civilians left the district.')).toEqual([]);
  });
  it('reads anaphoric spans: the end of the month, the following days', () => {
    expect(texts('By the end of the month, M23 had seized Rubaya as well.')).toEqual(['By the end of the month']);
    expect(texts('Over the following days, Russian troops took two more villages.')).toEqual(['Over the following days']);
    expect(texts('In the following weeks, some 20,000 people returned, the agency said.')).toEqual(['In the following weeks']);
    expect(texts('Within a week, the RSF had seized Sinja and Singa.')).toEqual(['Within a week']);
  });
  it('reads a month\'s first or last days counted, and "the night before last"', () => {
    // Situation report, monitor's toll, encyclopedic narrative, wire copy.
    expect(texts('In the last ten days of April, some 14,000 people fled Tawila, the cluster said.')).toEqual(['In the last ten days of April']);
    expect(texts('The monitor recorded 57 civilian deaths during the first five days of March 2024.')).toEqual(['during the first five days of March 2024']);
    expect(texts('The rebels took Kalehe in the final 10 days of January 2025, before turning south.')).toEqual(['in the final 10 days of January 2025']);
    expect(texts('Shelling hit the camp the night before last, killing four, police said.')).toEqual(['the night before last']);
    // "the last ten days" alone is counted back from the report's day, another pattern's.
    expect(texts('Some 3,000 people fled over the last ten days, the agency said.')).toEqual(['over the last ten days']);
  });
  it('marks a date inside a relative clause as background', () => {
    const [t] = findTimes('Troops advanced toward the airport, which rebels captured from the army in September 2015.');
    expect(t).toMatchObject({ text: 'in September 2015', background: true });
    expect(findTimes('On 3 May, the army, which had massed troops, took the town.')[0]).toMatchObject({ text: 'On 3 May', background: false });
    // The clause is closed by its comma: a phrase after it belongs to the main clause.
    expect(findTimes('The RSF took Wad Madani, which lies on the Blue Nile, on 18 December.')[0]).toMatchObject({ background: false });
  });
  it('marks the date of a report, and ignores "for the first time since"', () => {
    expect(findTimes('IOM reported on June 11 that 25,000 fled')[0]).toMatchObject({ text: 'on June 11', reportDate: true });
    expect(texts('entered the town for the first time since 2012')).toEqual([]);
  });
});

describe('findReporters', () => {
  const read = (...sentences: string[]) => {
    const memory = new SourceMemory();
    let out: string[] = [];
    for (const s of sentences) out = memory.read(s);
    return out;
  };
  it('reads the usual attributions', () => {
    expect(read('Ten died, according to the UN’s Office for the Coordination of Humanitarian Affairs (OCHA).')).toEqual([
      'UN’s Office for the Coordination of Humanitarian Affairs (OCHA)',
    ]);
    expect(read('SNHR said that 12 people died.')).toEqual(['SNHR']);
    expect(read('Twelve people died, the White Helmets said.')).toEqual(['White Helmets']);
    expect(read('UNICEF previously reported on March 3 that 40 children died.')).toEqual(['UNICEF']);
    // The outlet the official told carries the figure too (reporters-relayed.test.ts).
    expect(read('An official told AFP on Monday that 40 died.')).toEqual(['official', 'AFP']);
    expect(read('Twelve died, Reuters reported, citing local medics.')).toEqual(['Reuters', 'local medics']);
    expect(read('SNHR, which keeps a database of victims, says that 50 died.')).toEqual(['SNHR']);
  });
  it('resolves back-references to the last source that lists them', () => {
    expect(read('The Syrian Observatory for Human Rights counted the dead.', 'The monitor said 20 were killed.')).toEqual([
      'Syrian Observatory for Human Rights',
    ]);
    expect(read('Save the Children warned of a crisis.', 'The group said 30 children died.')).toEqual(['Save the Children']);
  });
  it('does not take "an estimated" or "claimed the lives" for a source', () => {
    expect(read('The bombing has claimed the lives of an estimated 90 people.')).toEqual([]);
  });
});

describe('test splitter', () => {
  it('keeps abbreviations inside sentences', () => {
    const s = splitSentences('Lt. Col. Hamid said the U.N. team left on Aug. 3. Then it rained.\nNew line here');
    expect(s.map((x) => x.text)).toEqual(['Lt. Col. Hamid said the U.N. team left on Aug. 3.', 'Then it rained.', 'New line here']);
  });
});
