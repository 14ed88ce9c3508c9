import { describe, expect, it } from 'vitest';
import { ingestFiles } from '../src/index.ts';
import { addDays, weekdayName } from '@frontline/nlp/dates';
import { file } from './helpers.ts';

const ingest = (text: string) => ingestFiles([file('p.txt', text)]).articles[0]!;
const dates = (text: string) => {
  const a = ingest(text);
  return [a.published, a.published_precision, a.published_earliest, a.published_latest];
};

describe('publication date: dateline', () => {
  it.each([
    '8 January 2018',
    'January 8, 2018',
    'Jan. 8, 2018',
    'Jan 8 2018',
    '2018-01-08',
    'Monday, January 8, 2018',
    'Published: 8 January 2018 14:05 GMT',
    'Updated on Jan. 8, 2018 at 9:30 a.m.',
    '2018-01-08 19:30:12',
    '2018/01/08',
    'Last Modified: Monday, 08 January 2018 14:10 GMT+3',
  ])('a line that is only a date: %s', (line) => {
    const a = ingest(`Army advances on airbase\n\n${line}\n\nThe army advanced on Sunday, and on December 30 it shelled the town.`);
    expect([a.published, a.published_precision, a.published_earliest, a.published_latest]).toEqual(['2018-01-08', 'day', '2018-01-08', '2018-01-08']);
    expect(a.published_evidence).toBe(`dateline '${line}'`);
  });

  it('a wire dateline with the year', () => {
    const a = ingest('Army advances\n\nBEIRUT, Lebanon, Jan. 8, 2018 (AP) — The army advanced on the airbase.');
    expect(dates(a.text)).toEqual(['2018-01-08', 'day', '2018-01-08', '2018-01-08']);
    expect(a.outlet).toBe('AP');
  });

  it.each([
    ['DAMASCUS, Jan. 21 (Xinhua) -- The army took the airbase. Its push began in December 2017.', '2018-01-21'],
    ['ALEPPO, Syria, Feb. 3 (AP) — Rebels shelled the town. They lost it in October 2019.', '2020-02-03'],
    ['KYIV, Sept. 14 (Reuters) - Troops pushed on. They crossed the river in August 2022.', '2022-09-14'],
  ])('a wire dateline with an abbreviated month: %s', (line, day) => {
    expect(ingest(`Headline here\n\n${line}`).published).toBe(day);
  });

  it('a wire dateline without the year takes it from the text', () => {
    const a = ingest('Army advances\n\nAMMAN, Jan 8 (Reuters) - The army advanced on the airbase. It began its push in October 2017.');
    expect(a.published).toBe('2018-01-08');
    expect(a.published_precision).toBe('day');
    expect(a.outlet).toBe('Reuters');
    expect(a.published_evidence).toContain("October 2017");
  });

  it.each([
    ['Damascus, Feb 7 (Reuters) - Rebels captured the village on Tuesday, near the airbase, which government forces retook in September 2016.', '2016-09-01'],
    ['KHARTOUM, Dec 2 (AFP) - The army shelled the city, which the RSF had seized in April 2023, residents said.', '2023-04-01'],
    ['GOMA, Jan. 27 (AP) — Rebels, who last held the city in November 2012, entered it on Sunday.', '2012-11-01'],
  ])('a date in a relative clause gives no year to a dateline: %s', (line, notBefore) => {
    const a = ingest(`Rebels advance\n\n${line}`);
    expect([a.published, a.published_precision]).toEqual(['', '']);
    // It still bounds the article from below: a report is not older than the past it tells of.
    expect(a.published_earliest).toBe(notBefore);
  });

  it('a date line deep in the story is not a dateline', () => {
    const paras = Array.from({ length: 9 }, (_, i) => `Paragraph ${i} tells of fighting.`).join('\n\n');
    expect(ingest(`Headline\n\n${paras}\n\n8 January 2018`).published_evidence).not.toMatch(/^dateline/);
  });
});

describe('publication date: dated photo captions', () => {
  it('a caption date on a weekday the text names is the publication day', () => {
    // 2019-03-14 is a Thursday.
    const a = ingest('Fighting in Idlib\n\n© AFP – JANE DOE – | Smoke rises over Saraqeb, March 14, 2019\n\nRebels shelled the town on Thursday, a monitor said. On Wednesday the army had advanced.');
    expect([a.published, a.published_precision, a.published_earliest, a.published_latest]).toEqual(['2019-03-14', 'day', '2019-03-14', '2019-03-14']);
    expect(a.published_evidence).toContain('Thursday');
    expect(a.text).not.toContain('Smoke rises');
  });

  it('otherwise the publication is the first day after it that fits the weekdays named', () => {
    // 2019-03-14 is a Thursday; "Saturday" points to 2019-03-16.
    const a = ingest('Fighting in Idlib\n\n© AFP – JANE DOE – | Smoke rises over Saraqeb, March 14, 2019\n\nRebels shelled the town on Saturday, a monitor said.');
    expect([a.published, a.published_precision, a.published_earliest, a.published_latest]).toEqual(['2019-03-16', 'day', '2019-03-16', '2019-03-17']);
  });

  it('without weekdays it is on or shortly after the latest caption date', () => {
    const a = ingest('Fighting in Idlib\n\n© AFP – JANE DOE – | Smoke rises, March 12, 2019\n\n© AFP – JANE DOE – | Families flee, March 14, 2019\n\nRebels shelled the town, a monitor said.');
    expect([a.published, a.published_precision, a.published_earliest, a.published_latest]).toEqual(['2019-03-14', 'week', '2019-03-14', '2019-03-20']);
  });

  it('a caption credited agency-first ("REUTERS/Name") is a caption, not the latest date of the text', () => {
    // 2018-04-10 is a Tuesday: the caption's day and the weekday the story names agree.
    const a = ingest('Missile hits Marib\n\nFighters inspect a crater in Marib, Yemen April 10, 2018. REUTERS/Jane Roe\n\nSeven people were killed by a missile fired at the city on Tuesday, officials said.');
    expect([a.published, a.published_precision]).toEqual(['2018-04-10', 'day']);
    expect(a.published_evidence).toContain('caption');
    expect(a.text).not.toContain('Fighters inspect');
  });

  it('an agency-first credit with a file-photo note dates the photo only', () => {
    // 2023-01-03 is a Tuesday; an archive photo of then must not date a story that reports "on Tuesday".
    const a = ingest('Shelling in Donetsk\n\nA shell crater in Bakhmut, Ukraine, January 3, 2023. AFP/Jane Roe/File Photo\n\nShelling killed four people on Tuesday, the governor said.');
    expect(a.published).toBe('');
    expect(a.text).not.toContain('shell crater');
  });

  it('an archive ("file") photo dates the photo, not the article', () => {
    // 2017-10-08 is a Sunday; a file photo from then must not date an article that reports "Sunday".
    const a = ingest('Fighting in Idlib\n\nThis file photo shows a market in Idlib, Syria, Sunday, October 8, 2017.\n\nTalks resumed on Sunday after the regime failed to return on December 5.');
    expect(a.published).toBe('2017-12-10');
  });
});

describe('publication date: latest date in the text and weekdays', () => {
  it('an event "on Sunday" after December 5, 2017 is Sunday December 10; published that day or the next', () => {
    const a = ingest('Talks resume\n\nThe round opened on November 28, 2017 and broke off on December 5. Talks resumed on Sunday.');
    expect([a.published, a.published_precision, a.published_earliest, a.published_latest]).toEqual(['2017-12-10', 'day', '2017-12-10', '2017-12-11']);
    expect(weekdayName(a.published)).toBe('Sunday');
    expect(a.published_evidence).toContain("'December 5'");
  });

  it('several weekdays: the latest of them after the latest date', () => {
    // January 6, 2018 is a Saturday: "Sunday" and "Monday" are January 7 and 8.
    const a = ingest('Exodus\n\nSome 100,000 fled between December 15, 2017 and January 6. A blast hit the city on Sunday night. Aid workers said on Monday that camps were full.');
    expect([a.published, a.published_precision]).toEqual(['2018-01-08', 'day']);
  });

  it('weekdays in statements about the future do not count', () => {
    const a = ingest('Talks\n\nThe talks broke off on December 5, 2017. They were bombed on Sunday. Negotiations are expected to resume on Friday, and the envoy will travel on Wednesday.');
    expect(a.published).toBe('2017-12-10');
  });

  it('future dates do not count as the latest date', () => {
    const a = ingest('Summit\n\nThe offensive began on March 3, 2019. Leaders hope to meet on April 20 and 21 in Sochi.');
    expect(a.published).toBe('2019-03-03');
    expect(a.published_precision).toBe('week');
  });

  it('without weekdays: a week from the latest date', () => {
    expect(dates('Report\n\nThe army shelled the town on 3 February 2020.')).toEqual(['2020-02-03', 'week', '2020-02-03', '2020-02-09']);
  });

  it('dates without a year take it from the latest date written with one', () => {
    const a = ingest('Report\n\nThe campaign began in September 2019. Strikes hit Ariha on Nov. 2, killing four.');
    expect(a.published).toBe('2019-11-02');
    expect(a.published_evidence).toContain("'September 2019'");
  });

  it('dates without a year lie around a recent day written with one', () => {
    const a = ingest('Report\n\nUNHCR said on January 4, 2018 that 60,000 fled between December 15 and January 2.');
    expect(a.published).toBe('2018-01-04');
    const b = ingest('Report\n\nUNHCR said on January 4, 2018 that 60,000 fled between December 15 and January 6.');
    expect(b.published).toBe('2018-01-06');
    expect(b.published_evidence).toContain("year from the latest date written with a year 'January 4, 2018'");
  });

  it('"four days after" a date is a later date', () => {
    expect(ingest('Report\n\nThe offensive began on March 2, 2019. Four days after March 2, the army took the town.').published).toBe('2019-03-06');
    // The anchor of "four days after <event>" is the latest date written before it.
    const a = ingest('Report\n\nAfter a lull since October 2017, the push began on Christmas Day, when a new commander arrived. Four days after he took command, troops took the town.');
    expect(a.published).toBe('2017-12-29');
    expect(a.published_evidence).toContain("'Christmas Day'");
  });

  it('"late last year" moves late-month dates without a year into the previous year', () => {
    const a = ingest('Report\n\nIn December 2016 the city fell. The offensive began on Dec. 20 and was expected after the defeat of the militants late last year.');
    expect([a.published, a.published_precision, a.published_earliest, a.published_latest]).toEqual(['2018-01-01', 'month', '2018-01-01', '2018-01-31']);
    expect(a.published_evidence).toContain("'late last year'");
    const b = ingest('Report\n\nIn December 2016 the city fell. The offensive began on Dec. 29 and was expected after the defeat of the militants late last year.');
    expect([b.published, b.published_precision, b.published_earliest, b.published_latest]).toEqual(['2018-01-01', 'week', '2018-01-01', '2018-01-04']);
  });

  it('a yearless date "last year" is before the year the text is written in, never after its latest month', () => {
    // a monitor's monthly summary (Yemen), a situation update (Ethiopia): issue 9, fresh monitor texts
    const yemen = ingest('Air raids summary\n\nJanuary 2022 was the deadliest month of the air war. The monitoring mandate ended on 31 October last year.');
    expect([yemen.published_earliest, yemen.published_latest]).toEqual(['2022-01-01', '2022-02-28']);
    const ethiopia = ingest('Situation update\n\nFighting resumed in March 2023. The truce signed on 2 November last year had held until then.');
    expect([ethiopia.published_earliest, ethiopia.published_latest]).toEqual(['2023-03-01', '2023-04-30']);
  });

  it('"yesterday" after the latest date: written at least a day after it', () => {
    // a monitor in Syria, an outlet in Myanmar: the relative word's event is on the latest date at the earliest
    expect(dates('Toll rises\n\nThe offensive on Ghouta began on 18 February 2018. Shelling killed 31 people in Douma yesterday.'))
      .toEqual(['2018-02-19', 'week', '2018-02-19', '2018-02-25']);
    const a = ingest('Junta strikes\n\nResistance forces seized Lashio on August 3, 2024. The junta bombed the town the day before yesterday, residents said.');
    expect(a.published).toBe('2024-08-05');
    expect(a.published_evidence).toContain("'the day before yesterday'");
  });

  it('"the previous day" counts from a day the text reached, and the future says nothing: no shift', () => {
    expect(dates('Report\n\nTroops entered Bakhmut on 20 May 2023 after clearing its outskirts the previous day.')[0]).toBe('2023-05-20');
    expect(dates('Report\n\nThe siege of El Fasher began on 10 May 2024. The council will meet to discuss last night\'s strikes.')[0]).toBe('2024-05-10');
  });

  it('a month and no day: published in that month or the next', () => {
    expect(dates('Report\n\nFighting flared in October 2017 around the town.')).toEqual(['2017-10-01', 'month', '2017-10-01', '2017-11-30']);
  });
});

describe('publication date: nothing usable', () => {
  it('no date at all', () => {
    const a = ingest('Report\n\nRebels said the army shelled the town.');
    expect(dates(a.text)).toEqual(['', '', '', '']);
    expect(a.published_evidence).toBe('no date in the text');
  });

  it('years, relative dates and weekdays alone do not date a report, and the evidence says why', () => {
    const a = ingest('Report\n\nThe rebels have held the city since 2015 and lost Aleppo last December. The airport was bombed Sunday.');
    expect(a.published).toBe('');
    expect(a.published_evidence).toContain("'since 2015'");
    expect(a.published_evidence).toContain("'last December'");
    expect(a.published_evidence).toContain('Sunday');
  });

  it('dates without a year and nothing to give it', () => {
    const a = ingest('Report\n\nThe strikes began on December 5 and resumed on Sunday.');
    expect(a.published).toBe('');
    expect(a.published_evidence).toContain("'December 5'");
  });
});

describe('publication date: the report dates itself', () => {
  it.each([
    // situation reports and flash updates put the date in the title
    ['Humanitarian flash update on the southern front - 7 April 2022\n\nShelling displaced 4,000 people on 5 April.', '2022-04-07'],
    ['Displacement overview (as of 12 June 2019)\n\nSome 9,000 people fled since 1 June.', '2019-06-12'],
    // a monitor's bulletin with the date written out the way monitors write it
    ['Monthly toll\n\nThe network documented 210 deaths from the 1st of May until today the 31st of May 2021.', '2021-05-31'],
    // a reprint that carries "Published on" near the top
    ['Army retakes hilltop\nPublished on 3 Oct 2023\n\nThe army retook the hill on Sunday.', '2023-10-03'],
    // an assessment's data cut-off with its year, after the clock time
    ['Iran Update\n\nData cutoff: 2:00 p.m. ET on November 29, 2024\n\nOpposition forces entered Aleppo city on November 29, 2024, after seizing Khan al Asal on November 28.', '2024-11-29'],
  ])('%#: %s', (text, expected) => {
    const a = ingest(text);
    expect([a.published, a.published_precision]).toEqual([expected, 'day']);
  });

  it('a numeric date is read only when day and month cannot be mixed up', () => {
    expect(ingest('Town recaptured\nSaturday 25/05/2024\n\nTroops entered the town.').published).toBe('2024-05-25');
    expect(ingest('Town recaptured\n04/05/2024\n\nTroops entered the town.').published).toBe('');
    // A weekday that fits one reading only decides it: 4 May 2024 was a Saturday, 5 April a Friday.
    expect(ingest('Town recaptured\nSaturday 04/05/2024\n\nTroops entered the town.').published).toBe('2024-05-04');
  });
});

describe('publication date: the report dates itself without a year', () => {
  it.each([
    // an assessment's data cut-off, the year from the latest event dated with one
    ['Sahel Update\n\nData Cutoff: March 9, at 5 p.m.\n\nJNIM fighters attacked the army camp at Boulkessi on March 2, 2024.', '2024-03-09'],
    // the cut-off's time written first
    ['Russian Offensive Campaign Assessment\n\nData cutoff: 1:00 p.m. ET on August 14\n\nUkrainian forces crossed into Kursk Oblast on August 6, 2024.', '2024-08-14'],
    // a flash update "as of" a day before the latest event's month: the next year
    ['Gaza Flash Update\n\nFigures as of 4 January\n\nStrikes on 29 December 2023 hit Maghazi camp.', '2024-01-04'],
    // a month with its year is an event of that month, and the cut-off is on or after its first day
    ['Tigray Situation Report\n\nAs of 20 November, partners report new arrivals in Shire after fighting in November 2020.', '2020-11-20'],
  ])('%#: %s', (text, expected) => {
    const a = ingest(text);
    expect([a.published, a.published_precision, a.published_latest]).toEqual([expected, 'day', addDays(expected, 1)]);
    expect(a.published_evidence).toMatch(/without a year/);
  });

  it('gives no year when the text dates nothing but background years', () => {
    const a = ingest('Great Lakes Update\n\nData cutoff: March 3, at noon\n\nM23 seized Nyabibwe, its largest gain since it took Goma in 2012.');
    expect(a.published).toBe('');
    expect(a.published_earliest).toBe('2012-01-01');
  });

  it('reads "as of" only at the start of the words after it, and only near the top', () => {
    expect(ingest('Libya update\n\nClashes resumed in Tripoli on 27 August 2022. Numbers as reported of 30 August are provisional.').published_evidence).not.toMatch(/without a year/);
    const far = `Libya update\n\n${'Fighting continued in the capital. '.repeat(14)}As of 30 August, clashes had resumed in Tripoli after 27 August 2022.`;
    expect(ingest(far).published_evidence).not.toMatch(/without a year/);
  });
});

describe('publication date: a narrative has none', () => {
  it('an encyclopedic campaign article dates its events, not itself', () => {
    // A title naming no campaign: the dates alone make it a narrative (a campaign title is campaign-page-shape's).
    const text = [
      'The southern front',
      'The offensive began on 3 March 2015 when the army attacked the ridge.',
      'On 9 March, the army captured two villages. On 20 March, rebels counter-attacked.',
      'On 2 April, the army took the hill. On 19 April, it entered the town. On 30 May, the offensive ended.',
    ].join('\n\n');
    const a = ingest(text);
    expect(a.published).toBe('');
    expect(a.published_evidence).toMatch(/^a narrative: 6 dated days over \d+ days, from '3 March 2015' on/);
  });

  it('an encyclopedic page with an infobox has no publication date, and a copy\'s age stamp does not give it one', () => {
    const sudan = [
      'Battle of Nyala', 'Part of War in Sudan (2023)', 'Date 11–26 October 2023 (2023-10-11 – 2023-10-26)',
      'Counter-offensive: 3 March 2024; 20 days ago (2024-03-03)', 'Location Nyala, South Darfur', 'Result RSF victory',
      '', 'The battle ended on 26 October 2023.',
    ].join('\n');
    const a = ingest(sudan);
    expect([a.published, a.published_precision]).toEqual(['', '']);
    expect(a.published_evidence).toMatch(/^an encyclopedic page \(an infobox: Part of, Date, Location, Result\)/);
    const ukraine = 'Battle of Vuhledar\nPart of the Russian invasion of Ukraine\nDate\n24 October 2022 – 2 October 2024\nLocation\nVuhledar\nResult\nRussian victory\n\nOn 2 October 2024, Russian troops entered the town.';
    expect(ingest(ukraine).published).toBe('');
  });

  it('so has a page whose title names the span of its events, however few dates it gives', () => {
    const a = ingest('Eastern Donbas offensive (November 2022–February 2023)\n\nOn 28 November, troops took the village. On 16 January, they captured Soledar.');
    expect(a.published).toBe('');
    expect(a.published_evidence).toContain("'(November 2022–February 2023)'");
    // A report's title with one month in brackets is not a span: it is dated as a report.
    expect(ingest('Flash update (October 2019)\n\nOn 10 October, 70,000 people fled.').published).not.toBe('');
  });

  it('the first month of a title span may touch the dash, as encyclopedias write one year\'s months', () => {
    for (const title of ['Marib offensive (February–April 2021)', 'Siege of Mariupol (February-May 2022)', 'Battle of Sirte (May – December 2016)']) {
      const a = ingest(`${title}\n\nOn 8 March, fighters attacked the city. On 20 April, they captured the port.`);
      expect(a.published, title).toBe('');
      expect(a.published_evidence).toMatch(/^an encyclopedic page \(its title names the span/);
    }
  });

  it('so has a page titled with one period in brackets whose lead opens with the title\'s subject', () => {
    const pages = [
      'Siege of Kidal (May 2014)\n\nThe Siege of Kidal began on 17 May, when rebels attacked the governorate. On Friday, 21 May, the army left the town.',
      'Battle of Tawergha (2011)\n\nThe **Battle of Tawergha** was fought in August. On 13 August rebels entered the town; on Sunday they held it.',
      'Amhara offensive (July 2021)\n\nThe Amhara offensive opened on 12 July 2021. Eight days later, on a Friday, the TDF took Lalibela.',
    ];
    for (const text of pages) {
      const a = ingest(text);
      expect(a.published, text).toBe('');
      expect(a.published_evidence).toMatch(/^an encyclopedic page \(its title names the period of its events, '\((?:May 2014|2011|July 2021)\)'/);
    }
    // A report titled with its month, whose first line is not about the title's subject, keeps its own date.
    expect(ingest('Flash update (October 2019)\n\nOn 10 October, 70,000 people fled.').published).not.toBe('');
    expect(ingest('Situation report (2014)\n\nThe fighting forced 3,000 people from Ramadi on Friday, 16 May 2014.').published).not.toBe('');
  });

  it('so has a page whose lead defines its title ("The X offensive was an operation ..."), with no year in the title', () => {
    const pages = [
      'Bakhmut flank offensive\n\nThe **Bakhmut flank offensive** was an operation by Ukrainian forces.\n\nOn 10 May 2023, troops attacked. On 16 May, they took a village.',
      'Mayadin pocket offensive\n\nThe Mayadin pocket offensive (Operation Dawn) was a battle between the army and ISIL.\n\nOn 3 November 2017, the army advanced.',
      'Tillaberi ambushes\n\nThe Tillaberi ambushes, a series of attacks by ISGS, were a turning point.\n\nOn 9 January 2020, fighters attacked Chinagodrar.',
    ];
    for (const text of pages) {
      const a = ingest(text);
      expect(a.published, text).toBe('');
      expect(a.published_evidence).toMatch(/^an encyclopedic page \(its lead defines the title's subject/);
    }
    // A report's lead tells its news: it keeps its date, even when it opens with its headline's words.
    expect(ingest('Fighting in Marib\n\nFighting in Marib killed 20 fighters on 3 May 2021, officials said.').published).not.toBe('');
    expect(ingest('Army offensive\n\nThe army offensive was launched on Monday, 4 March 2019, officials said.').published).not.toBe('');
  });

  it('a report of the day with many dates is not a narrative', () => {
    const text = 'Weekly update\n\nOn Monday the shelling resumed. Attacks on 3, 9 and 20 March 2015, on 2 and 19 April and on 30 May killed 40.';
    expect(ingest(text).published_evidence).not.toMatch(/narrative/);
  });
});

describe('publication date: a bare year never moves a day forward', () => {
  it('"in 2012" gives no year to "on 29 January"', () => {
    const a = ingest('Town falls\n\nThe town, a rebel stronghold since 2012, fell on 29 January after weeks of shelling.');
    expect(a.published).toBe('');
  });
});

describe('an undated article keeps the lower bound its own words give', () => {
  it('is not older than the latest date it mentions', () => {
    const a = ingest('Army advances\n\nThe war has displaced millions since 2015. Fighting resumed in 2017, residents said today.\n');
    expect(a).toMatchObject({ published: '', published_precision: '', published_earliest: '2017-01-01', published_latest: '' });
    expect(a.published_evidence).toMatch(/; not before 2017-01-01, the latest date it mentions$/);
  });

  it('has no bound when it mentions no date', () => {
    const a = ingest('Army advances\n\nFighting resumed, residents said today.\n');
    expect(a).toMatchObject({ published: '', published_earliest: '', published_evidence: "no date in the text fixes it: dates relative to an unknown present ('today')" });
  });
});

describe('publication date: a monthly or yearly tally is issued after its period', () => {
  it('a monitor toll for a month, with a dated photo inside the month', () => {
    const a = ingest('At Least 312 Civilians Killed in March 2019\n\nA victim of shelling on Ariha, Idlib – March 12, 2019.\n\nThe network said today that 312 civilians were killed in March, including 80 children.');
    expect(dates(a.text)).toEqual(['2019-04-01', 'week', '2019-04-01', '2019-04-07']);
    expect(a.published_evidence).toContain("the title counts a whole month ('in March 2019')");
  });

  it('a yearly casualty report', () => {
    const a = ingest('Ukraine: 1,950 civilian deaths during 2023 – annual report\n\nThe mission verified 1,950 deaths over the year, including 120 in December.');
    expect(a.published).toBe('2024-01-01');
  });

  it('a news title with a month-year that is not a tally period, or a later date, is left to other evidence', () => {
    expect(ingest('Fighting in March 2019 displaced villagers\n\nOn 14 March 2019, the army shelled Kafr Nabl.').published_evidence).not.toMatch(/tally/);
    expect(ingest('40 killed in 2019 offensive on Idlib\n\nThe offensive began in April 2019.').published_evidence).not.toMatch(/tally/);
    const later = ingest('500 killed in May 2017\n\nThe report was released on 9 June 2017; on 2 June the group said the toll was 500.');
    expect(later.published_evidence).not.toMatch(/tally/);
  });
});

describe('publication date: page date lines and stamps', () => {
  it('a date line with a place in capitals beside it, or a dash before the year', () => {
    expect(dates('Militia storms town\n\nDecember 20 - 2023 WAD MADANI\n\nThe militia entered the town yesterday.')[0]).toBe('2023-12-20');
    expect(dates('Shelling hits city\n\nKHARKIV – 25 May 2024\n\nShelling hit a market on Saturday.')[0]).toBe('2024-05-25');
  });

  it('a numeric date with dashes, only when day and month cannot be mistaken', () => {
    expect(dates('Army shells town\n\nDate: 21-01-2018\n\nThe army shelled the town.')[0]).toBe('2018-01-21');
    expect(dates('Army shells town\n\nDate: 08-01-2018\n\nThe army shelled the town.')[0]).toBe('');
  });

  it('"Last updated at" dates the report itself', () => {
    const a = ingest('Rockets hit port\n\nBy Reuters - Mar 3,2021 - Last updated at Mar 4,2021\n\nRockets hit the port on Tuesday, officials said.');
    expect(a.published).toBe('2021-03-04');
    expect(a.published_evidence).toContain("'Last updated at Mar 4,2021'");
  });

  it('a date line in a page\'s metadata list', () => {
    expect(dates('Shelling kills 9\n\n  • 3/17/2018\n  • 00:00\n\nShelling killed 9 people on Saturday.')[0]).toBe('2018-03-17');
  });

  it('a date written without a space after its comma', () => {
    expect(ingest('Army shells town\n\nBy AFP - Jan 07,2018\n\nThe army shelled the town on Sunday.').published).toBe('2018-01-07');
  });

  it('a page stamp with a clock time, removed as page furniture, gives the wire dateline its year', () => {
    const text = 'Army retakes airbase\n\nSource: Xinhua| 2018-01-21 18:02:44|Editor: mu\n\nDAMASCUS, Jan. 21 (Xinhua) -- The army took the airbase on Sunday.';
    const a = ingest(text);
    expect(a.published).toBe('2018-01-21');
    expect(a.published_evidence).toContain('page stamp');
  });

  it('a stamp that disagrees with the dateline, or is older than the text\'s events, is not the article\'s', () => {
    const other = 'Army retakes airbase\n\nSource: Xinhua| 2017-11-02 10:00:00|Editor: mu\n\nDAMASCUS, Jan. 21 (Xinhua) -- The army took the airbase on Sunday.';
    expect(ingest(other).published_evidence).not.toContain('page stamp');
    const older = 'Army retakes airbase\n\nRelated: 2017-11-02 10:00 | Clashes near the base\n\nOn 21 January 2018 the army took the airbase.';
    expect(ingest(older).published_evidence).not.toContain('page stamp');
  });
});
