/**
 * Probe set for dates (issue 9): short texts written for this file in the voice of wire copy, outlets, UN/NGO situation
 * reports, monitors, encyclopedic narratives and think-tank assessments, across several wars. None is taken from the
 * seeds or the corpus. Each text runs through ingest, extract and normalize as the pipeline does (so the publication
 * date, the paragraphs and the document layer all play), and each probe names the facts it must give with the period
 * each should get: start, end and precision; an empty end means the text gives no anchor and the date must stay
 * unknown. A report states its publication date in front matter unless the probe is about another way of stating it.
 * A probe that fails for a known reason stays as `skip` with that reason.
 */
import { describe, expect, it } from 'vitest';
import type { Fact } from '@frontline/schema';
import { facts } from './dated-text.ts';

type Genre = 'wire' | 'outlet' | 'sitrep' | 'monitor' | 'encyclopedic' | 'assessment';
type War = 'Syria' | 'Ukraine' | 'Sudan' | 'DRC' | 'Iraq' | 'Yemen' | 'Myanmar' | 'Ethiopia' | 'Libya' | 'Mali' | 'Karabakh' | 'Afghanistan' | 'Gaza' | 'Somalia';
interface Want {
  /** The fact's category, or its kind where the category is not what the probe is about. */
  category: string;
  /** The count, when the fact has one. */
  value?: number;
  /** A place the fact names (as written, a part of it is enough). */
  place?: string;
  /** [period_start, period_end, date_precision]; ['', '', ''] for a fact the text leaves undated. */
  period: [string, string, string];
}
type Probe = [Genre, War, string, Want[], string?];

const view = (f: Fact) => ({ category: f.category, value: f.count_best, places: f.place_mentions, period: [f.period_start, f.period_end, f.date_precision], phrase: f.time_phrase, basis: f.date_basis });

function check([genre, war, text, wants, skip]: Probe) {
  const run = () => {
    const got = facts(text);
    const left = [...got];
    for (const w of wants) {
      // Each expected fact is a distinct fact: of those that fit, the one with the expected period if there is one.
      const fits = left.filter((x) => (x.category === w.category || x.kind === w.category) && (w.value === undefined || x.count_best === w.value) &&
        (w.place === undefined || x.place_mentions.some((m) => m.toLowerCase().includes(w.place!.toLowerCase()))));
      const f = fits.find((x) => [x.period_start, x.period_end, x.date_precision].join() === w.period.join()) ?? fits[0];
      expect(f, `no ${JSON.stringify(w)} in ${JSON.stringify(got.map(view), null, 1)}`).toBeDefined();
      expect([f!.period_start, f!.period_end, f!.date_precision], `${JSON.stringify(w)}: ${JSON.stringify(view(f!))}`).toEqual(w.period);
      left.splice(left.indexOf(f!), 1);
    }
  };
  const name = `${genre} (${war}): ${text.replace(/\n+/g, ' / ').slice(0, 160)}`;
  if (skip) it.skip(`${name} [gap: ${skip}]`, run);
  else it(name, run);
}

/** Front matter stating the publication date, as a page's metadata would. */
const on = (day: string, body: string) => `---\npublished: ${day}\n---\n${body}`;

const REPORTS: Probe[] = [
  // Weekdays against the publication date (2024-05-22 is a Wednesday).
  ['wire', 'Ukraine', on('2024-05-22', 'Russian missiles killed 11 people in Kharkiv on Tuesday, regional officials said on Wednesday.'),
    [{ category: 'killed', value: 11, period: ['2024-05-21', '2024-05-21', 'day'] }]],
  ['wire', 'Sudan', on('2023-06-05', 'At least 17 civilians were killed when shells hit a market in Omdurman on Sunday, a local medics group said.'),
    [{ category: 'killed', value: 17, period: ['2023-06-04', '2023-06-04', 'day'] }]],
  // Relative day words.
  ['wire', 'Yemen', on('2022-03-14', 'Houthi rebels said on Monday that 8 people were killed in an air strike on Saada yesterday.'),
    [{ category: 'killed', value: 8, period: ['2022-03-13', '2022-03-13', 'day'] }]],
  ['outlet', 'Myanmar', on('2024-02-09', 'Junta air strikes killed at least 14 villagers in Sagaing region the day before yesterday, residents told reporters.'),
    [{ category: 'killed', value: 14, period: ['2024-02-07', '2024-02-07', 'day'] }]],
  // "last week": the calendar week before the report's (2025-01-29 is a Wednesday).
  ['outlet', 'DRC', on('2025-01-29', 'Last week, M23 fighters seized the town of Minova after government troops withdrew.'),
    [{ category: 'captured', place: 'Minova', period: ['2025-01-20', '2025-01-26', 'week'] }]],
  // A yearless date just before the year turned.
  ['wire', 'Syria', on('2020-01-03', 'Russian air strikes on December 29 killed 12 civilians in Maarat al-Numan, a monitor said.'),
    [{ category: 'killed', value: 12, period: ['2019-12-29', '2019-12-29', 'day'] }]],
  // A period between two yearless dates across the year boundary.
  ['sitrep', 'Syria', on('2020-01-10', 'Between 28 December and 6 January, some 38,000 people were displaced from southern Idleb.'),
    [{ category: 'displaced', value: 38000, period: ['2019-12-28', '2020-01-06', 'day'] }]],
  ['sitrep', 'Yemen', on('2021-03-20', 'Between 8 and 14 March, around 2,600 people were displaced in Ma’rib governorate.'),
    [{ category: 'displaced', value: 2600, period: ['2021-03-08', '2021-03-14', 'day'] }]],
  // A running total from a dated start to the report.
  ['sitrep', 'Sudan', on('2023-08-15', 'Since the conflict began on 15 April, more than 3.4 million people have been internally displaced.'),
    [{ category: 'displaced', value: 3400000, period: ['2023-04-15', '2023-08-15', 'day'] }]],
  ['monitor', 'Myanmar', on('2024-03-01', 'Since the beginning of the year, at least 280 civilians have been killed in air strikes across the country, the group said.'),
    [{ category: 'killed', value: 280, period: ['2024-01-01', '2024-03-01', 'day'] }]],
  // A stock's own date.
  ['sitrep', 'Ethiopia', on('2021-07-02', 'As of 28 June, an estimated 1.7 million people remained displaced in Tigray.'),
    [{ category: 'displacement', value: 1700000, period: ['2021-06-28', '2021-06-28', 'day'] }]],
  // A rolling window back from the report.
  ['monitor', 'Syria', on('2019-05-20', 'In the past 24 hours, regime bombardment killed 9 civilians in southern Idlib, the Observatory said.'),
    [{ category: 'killed', value: 9, period: ['2019-05-19', '2019-05-20', 'day'] }]],
  ['sitrep', 'Iraq', on('2017-03-05', 'Over the past week, nearly 30,000 people fled western Mosul, according to IOM.'),
    [{ category: 'displaced', value: 30000, period: ['2017-02-26', '2017-03-05', 'week'] }]],
  // The paragraph's date carries to the next sentence of the same paragraph, not to the next paragraph.
  ['sitrep', 'Yemen', on('2018-07-30', 'On 24 July, an air strike hit a market in Hodeidah city. Six civilians were killed and 14 injured.\n\nHumanitarian partners report that 4,500 families have fled the city.'),
    [{ category: 'killed', value: 6, period: ['2018-07-24', '2018-07-24', 'day'] },
      { category: 'displaced', value: 4500, period: ['2018-07-30', '2018-07-30', 'day'] }]],
  // A weekday against a dateline that gives the day (2022-03-16 is a Wednesday).
  ['wire', 'Ukraine', 'KYIV, March 16, 2022 (Reuters) - Russian shelling killed 21 people in Merefa on Tuesday, the regional governor said.',
    [{ category: 'killed', value: 21, period: ['2022-03-15', '2022-03-15', 'day'] }]],
  // "this week" runs from its Monday to the report.
  ['outlet', 'Libya', on('2019-04-11', 'Fighting south of Tripoli has displaced more than 6,000 people this week, the UN said.'),
    [{ category: 'displaced', value: 6000, period: ['2019-04-08', '2019-04-11', 'week'] }]],
  // A month without a year in a report: the latest such month, cut at the report day.
  ['monitor', 'Iraq', on('2015-01-04', 'In December, at least 1,100 civilians were killed in violence across Iraq, the mission said.'),
    [{ category: 'killed', value: 1100, period: ['2014-12-01', '2014-12-31', 'month'] }]],
  // A weekend.
  ['wire', 'Mali', on('2022-06-20', 'Gunmen killed 132 civilians in attacks on villages in the Bankass area over the weekend, the government said.'),
    [{ category: 'killed', value: 132, period: ['2022-06-18', '2022-06-19', 'day'] }]],
  // A night across two days.
  ['outlet', 'Sudan', on('2024-06-10', 'On the night of 5 to 6 June, RSF fighters stormed the village of Wad al-Nourah, killing more than 100 people.'),
    [{ category: 'killed', value: 100, period: ['2024-06-05', '2024-06-06', 'day'] }]],
  // "earlier this week": from the week's Monday to the day before the report (2023-11-16 is a Thursday).
  ['wire', 'Somalia', on('2023-11-16', 'Al-Shabaab fighters killed nine soldiers in an ambush near Beledweyne earlier this week, officials said.'),
    [{ category: 'killed', value: 9, period: ['2023-11-13', '2023-11-15', 'week'] }]],
  ['sitrep', 'Yemen', on('2022-02-10', 'Earlier this week, some 1,200 people were displaced from Harib district by shelling.'),
    [{ category: 'displaced', value: 1200, period: ['2022-02-07', '2022-02-09', 'week'] }]],
  // "late last week": its Friday to Sunday.
  ['monitor', 'Myanmar', on('2024-03-13', 'Junta troops shot dead 12 villagers in Sagaing region late last week, the group said.'),
    [{ category: 'killed', value: 12, period: ['2024-03-08', '2024-03-10', 'week'] }]],
  // A share of a toll stated before is of the toll's period (a running total's too), not of the report's day, also
  // in the next paragraph.
  ['monitor', 'Sudan', on('2023-05-19', 'More than 600 people have been killed in El Geneina since 24 April. Of those killed, 40 were children, doctors said.'),
    [{ category: 'killed', value: 600, period: ['2023-04-24', '2023-05-19', 'day'] }, { category: 'killed', value: 40, period: ['2023-04-24', '2023-05-19', 'day'] }]],
  ['wire', 'Iraq', on('2017-07-20', 'The monitor documented 2,100 deaths in Mosul between October 2016 and June 2017.\n\nOnly 326 of the deaths were recorded in the old city.'),
    [{ category: 'killed', value: 2100, period: ['2016-10-01', '2017-06-30', 'month'] }, { category: 'killed', value: 326, period: ['2016-10-01', '2017-06-30', 'month'] }]],
  ['sitrep', 'Yemen', on('2021-03-20', 'Between 8 and 14 March, 35 civilians were injured in Taiz.\n\nAmong the injured, 9 were children.'),
    [{ category: 'injured', value: 35, period: ['2021-03-08', '2021-03-14', 'day'] }, { category: 'injured', value: 9, period: ['2021-03-08', '2021-03-14', 'day'] }]],
  // "earlier this month".
  ['assessment', 'Karabakh', on('2020-10-20', 'Azerbaijani forces captured the town of Jabrayil earlier this month, according to the ministry of defence.'),
    [{ category: 'captured', place: 'Jabrayil', period: ['2020-10-01', '2020-10-19', 'month'] }]],
  // An assessment's own dates: two days of one month.
  ['assessment', 'Ukraine', on('2024-02-16', 'Geolocated footage indicates that Russian forces advanced in northern Avdiivka on February 14 and 15.'),
    [{ category: 'advanced', place: 'Avdiivka', period: ['2024-02-14', '2024-02-15', 'day'] }]],
  // "N days ago".
  ['wire', 'Afghanistan', on('2021-08-16', 'Taliban fighters entered Kabul two days ago, meeting little resistance.'),
    [{ category: 'entered', place: 'Kabul', period: ['2021-08-14', '2021-08-14', 'day'] }]],
  // A toll written out by a monitor: from a day of one month to "today", a day of the next (written with its year).
  ['monitor', 'Syria', on('2018-01-28', 'The Observatory documented the death of 144 civilians since the 25th of December until today the 28th of January 2018.'),
    [{ category: 'killed', value: 144, period: ['2017-12-25', '2018-01-28', 'day'] }]],
  // A calendar month named with "the month of".
  ['monitor', 'Yemen', on('2019-02-03', 'During the month of January 2019, the project recorded 211 civilian casualties, including 73 killed.'),
    [{ category: 'killed', value: 73, period: ['2019-01-01', '2019-01-31', 'month'] }]],
  // From one day to another of one month.
  ['sitrep', 'DRC', on('2025-01-14', 'From 7 to 13 January, more than 60,000 people fled fighting in Masisi territory.'),
    [{ category: 'displaced', value: 60000, period: ['2025-01-07', '2025-01-13', 'day'] }]],
  // A sitrep whose heading states the date of its figures: the bullets under it are of that day.
  ['sitrep', 'Sudan', on('2023-05-02', 'Sudan: Situation Report\n\nKey figures as of 30 April 2023\n\n- 334,000 people internally displaced\n- 528 people killed'),
    [{ category: 'killed', value: 528, period: ['2023-04-30', '2023-04-30', 'day'] }]],
  // The headline's date: a sitrep's title dates the figures of its body.
  ['sitrep', 'Ukraine', 'Ukraine: Flash Update No. 4 (2 March 2022)\n\nAt least 136 civilians have been killed, including 13 children, according to OHCHR.',
    [{ category: 'killed', value: 136, period: ['2022-03-02', '2022-03-02', 'day'] }]],
  // "early on" a day, and a report's "on Thursday" two sentences later in a new paragraph (2023-04-21 is a Friday).
  ['wire', 'Sudan', on('2023-04-21', 'Heavy fighting rocked Khartoum early on Thursday.\n\nThe World Health Organization said at least 330 people had been killed since the fighting began on Saturday.'),
    [{ category: 'killed', value: 330, period: ['2023-04-15', '2023-04-21', 'day'] }]],
  // A yearless month in a report from the month after: last year's month is not taken when this year's has passed.
  ['outlet', 'Myanmar', on('2023-12-04', 'Resistance forces said they had captured 12 junta outposts in northern Shan state in November.'),
    [{ category: 'captured', value: 12, period: ['2023-11-01', '2023-11-30', 'month'] }]],
  // "the previous day" against a dated sentence.
  ['outlet', 'Iraq', on('2016-10-20', 'On 19 October, Iraqi forces retook the town of Bartella. The previous day, Peshmerga fighters had captured nine villages east of Mosul.'),
    [{ category: 'captured', place: 'Bartella', period: ['2016-10-19', '2016-10-19', 'day'] },
      { category: 'captured', value: 9, period: ['2016-10-18', '2016-10-18', 'day'] }]],
];

/**
 * A narrative states no publication date: each fact is dated by its own phrase or the date the text has reached. Most
 * open as a copied encyclopedia page does, with the infobox's Date, Location and Result lines under the title.
 */
const NARRATIVES: Probe[] = [
  // A campaign titled by its months: a figure for the whole campaign ends on the text's latest event day inside the
  // span, not on the last day of its last month.
  ['encyclopedic', 'Ukraine', 'Siege of Mariupol (February–May 2022)\n\nThe siege was one of the deadliest battles of the invasion. At least 8,000 people were killed during the siege.\n\n## Siege\n\nOn 24 February 2022, Russian forces attacked the city from the east. On 16 March, a Russian air strike on the drama theatre killed 600 people. On 20 May, Russian forces captured the Azovstal steel plant.',
    [{ category: 'killed', value: 8000, period: ['2022-02-01', '2022-05-20', 'month'] },
      { category: 'captured', place: 'Azovstal', period: ['2022-05-20', '2022-05-20', 'day'] }]],
  ['encyclopedic', 'Yemen', 'Marib offensive (February–April 2021)\n\nThe offensive was launched by the Houthis against the last government stronghold in the north. More than 2,000 fighters were killed during the offensive.\n\n## Offensive\n\nOn 8 February 2021, Houthi forces attacked government positions west of Marib. On 14 March, Houthi fighters captured the Hilan mountains. On 9 April, Houthi forces captured the Kassara front line.',
    [{ category: 'killed', value: 2000, period: ['2021-02-01', '2021-04-09', 'month'] }]],
  // A figure with its own month keeps the month's end: it is dated by its phrase, not by the title's span.
  ['encyclopedic', 'Myanmar', 'Operation 1027 (October–December 2023)\n\n## Offensive\n\nOn 27 October 2023, the Three Brotherhood Alliance attacked junta positions in northern Shan State. On 12 November, the alliance captured the town of Chinshwehaw.\n\nIn December, more than 50,000 people were displaced in northern Shan State.',
    [{ category: 'displaced', value: 50000, period: ['2023-12-01', '2023-12-31', 'month'] }]],
  // A chain of anaphoric steps within a paragraph.
  ['encyclopedic', 'Syria', 'Battle of Aleppo (2016)\nDate 3 November – 22 December 2016\nLocation Aleppo, Syria\nResult See text\n\nOn 3 November 2016, the army captured the village of Kafr Naha. The next day, it seized the Hanano district. Two days later, rebels recaptured Kafr Naha.',
    [{ category: 'captured', place: 'Hanano', period: ['2016-11-04', '2016-11-04', 'day'] },
      { category: 'captured', place: 'Kafr Naha', period: ['2016-11-03', '2016-11-03', 'day'] }]],
  ['encyclopedic', 'Ukraine', 'Kharkiv counteroffensive\nDate 6 September – 2 October 2022\nLocation Kharkiv Oblast, Ukraine\nResult See text\n\nOn 6 September 2022, Ukrainian forces launched a counteroffensive near Balakliia. Two days later, they captured Balakliia. On 10 September, Ukrainian troops entered Kupiansk.',
    [{ category: 'captured', place: 'Balakliia', period: ['2022-09-08', '2022-09-08', 'day'] },
      { category: 'entered', place: 'Kupiansk', period: ['2022-09-10', '2022-09-10', 'day'] }]],
  // The date carries to a new paragraph of a narrative, and a month paragraph dates its facts to the month.
  ['encyclopedic', 'Sudan', 'Battle of Wad Madani\nDate 15–19 December 2023\nLocation Wad Madani, Gezira, Sudan\nResult See text\n\nOn 15 December 2023, the RSF attacked Wad Madani from the north.\n\nThe army withdrew from the city and the RSF captured Wad Madani.\n\nIn January, the RSF seized the town of Al-Hasaheisa.',
    [{ category: 'captured', place: 'Wad Madani', period: ['2023-12-15', '2023-12-15', 'day'] },
      { category: 'captured', place: 'Hasaheisa', period: ['2024-01-01', '2024-01-31', 'month'] }]],
  // A flashback in a relative clause must not move the clock.
  ['encyclopedic', 'Iraq', 'Battle of Mosul (2016–2017)\nDate 17 October 2016 – 20 July 2017\nLocation Mosul, Nineveh, Iraq\nResult See text\n\nOn 17 October 2016, the Peshmerga captured the town of Bashiqa, which ISIL had seized in August 2014. The following day, they took the village of Fazliya.',
    [{ category: 'captured', place: 'Fazliya', period: ['2016-10-18', '2016-10-18', 'day'] }]],
  ['encyclopedic', 'DRC', 'M23 offensive (2025)\nDate January – February 2025\nLocation North Kivu, DR Congo\nResult See text\n\nOn 23 January 2025, M23 took Sake, which it had briefly held in 2012. A day later, its fighters entered the outskirts of Goma.',
    [{ category: 'territory', place: 'Goma', period: ['2025-01-24', '2025-01-24', 'day'] }]],
  // Yearless dates across the year boundary go forward.
  ['encyclopedic', 'Syria', 'Northwestern Syria offensive (December 2019–March 2020)\n\nOn 28 December 2019, government forces captured the village of Jarjanaz. On 2 January, they seized Tell Mannas.',
    [{ category: 'captured', place: 'Tell Mannas', period: ['2020-01-02', '2020-01-02', 'day'] }]],
  // Two days of one month, and "by" a date.
  ['encyclopedic', 'Libya', 'Western Libya campaign\nDate 25 March – 5 June 2020\nLocation Tripolitania, Libya\nResult See text\n\nOn 21–22 May 2020, GNA forces captured the al-Watiya air base. By 5 June, GNA forces had captured Tarhuna.',
    [{ category: 'captured', place: 'Tarhuna', period: ['2020-06-05', '2020-06-05', 'day'] }]],
  // "later that day", "the following morning".
  ['encyclopedic', 'Ethiopia', 'Tigray War\nDate 3 November 2020 – 3 November 2022\nLocation Tigray, Ethiopia\nResult See text\n\nOn 28 November 2020, federal troops entered Mekelle. Later that day, the prime minister said the army had taken the city. The following morning, TPLF forces withdrew from Adigrat.',
    [{ category: 'entered', place: 'Mekelle', period: ['2020-11-28', '2020-11-28', 'day'] }]],
  // "A week later", "over the next three days".
  ['encyclopedic', 'Myanmar', 'Operation 1027\nDate 27 October 2023 – present\nLocation Shan State, Myanmar\nResult See text\n\nOn 27 October 2023, the Three Brotherhood Alliance launched Operation 1027 and captured Chinshwehaw. A week later, it took the town of Hsenwi. Over the next three days, the alliance seized 20 military outposts.',
    [{ category: 'captured', place: 'Hsenwi', period: ['2023-11-03', '2023-11-03', 'day'] },
      { category: 'captured', value: 20, period: ['2023-11-04', '2023-11-06', 'week'] }]],
  // Parts of a month.
  ['encyclopedic', 'Mali', 'Capture of Kidal (2023)\nDate October – November 2023\nLocation Kidal Region, Mali\nResult See text\n\nIn mid-November 2023, the army and its allies advanced on Kidal. On 14 November, they captured the town.',
    [{ category: 'captured', place: 'Kidal', period: ['2023-11-14', '2023-11-14', 'day'] },
      // The title's capture is dated by the infobox's span, which ends on the text's latest event day in it.
      { category: 'captured', place: 'Kidal', period: ['2023-10-01', '2023-11-14', 'month'] }]],
  // A section heading naming a month dates the section's first sentence without a date.
  ['encyclopedic', 'Ukraine', 'Kharkiv counteroffensive\n\n## September 2022\n\nUkrainian forces captured Izium after heavy fighting.',
    [{ category: 'captured', place: 'Izium', period: ['2022-09-01', '2022-09-30', 'month'] }]],
  // Casualties in a narrative take the date the text has reached.
  ['encyclopedic', 'Yemen', 'Battle of Hodeidah\nDate 13 June – 13 December 2018\nLocation Hodeidah, Yemen\nResult See text\n\nOn 13 June 2018, the coalition launched an assault on Hodeidah. The next day, 39 Houthi fighters were killed near the airport.',
    [{ category: 'killed', value: 39, period: ['2018-06-14', '2018-06-14', 'day'] }]],
  // A narrative without any date: the fact stays undated rather than guessed.
  ['encyclopedic', 'Karabakh', 'Battle of Hadrut\n\nDuring the offensive, Azerbaijani forces captured the town of Hadrut after days of fighting.',
    [{ category: 'captured', place: 'Hadrut', period: ['', '', ''] }]],
  // "hours later", "the same day".
  ['encyclopedic', 'Afghanistan', 'Fall of Kabul\nDate 15 August 2021\nLocation Kabul, Afghanistan\nResult See text\n\nOn 15 August 2021, Taliban fighters entered Kabul. Hours later, the president fled the country. The same day, the Taliban seized the town of Bagram.',
    [{ category: 'entered', place: 'Kabul', period: ['2021-08-15', '2021-08-15', 'day'] },
      { category: 'captured', place: 'Bagram', period: ['2021-08-15', '2021-08-15', 'day'] },
      // The title's capture ("Fall of Kabul") is dated by the page's first date, its infobox's.
      { category: 'captured', place: 'Kabul', period: ['2021-08-15', '2021-08-15', 'day'] }]],
  // "at the end of" a month, then the next month's first days.
  ['encyclopedic', 'Ethiopia', 'Tigray War offensives\nDate June – July 2021\nLocation Tigray, Ethiopia\nResult See text\n\nAt the end of June 2021, the Tigray Defense Forces recaptured Mekelle. In early July, they took Alamata.',
    [{ category: 'captured', place: 'Mekelle', period: ['2021-06-21', '2021-06-30', 'month'] },
      { category: 'captured', place: 'Alamata', period: ['2021-07-01', '2021-07-10', 'month'] }]],
  // A flashback in a relative clause with a full date must not move the clock for the next sentence.
  ['encyclopedic', 'Syria', 'Battle of Saraqib\nDate January – March 2020\nLocation Saraqib, Idlib, Syria\nResult See text\n\nOn 6 February 2020, the army captured Saraqib, which rebels had retaken on 27 January 2019. Two days later, it entered the village of Afis.',
    [{ category: 'captured', place: 'Saraqib', period: ['2020-02-06', '2020-02-06', 'day'] },
      { category: 'entered', place: 'Afis', period: ['2020-02-08', '2020-02-08', 'day'] }]],
  // Paragraphs dated by months, the second crossing into the next year.
  ['encyclopedic', 'Ukraine', 'Battle of Bakhmut\nDate 1 August 2022 – 20 May 2023\nLocation Bakhmut, Donetsk Oblast, Ukraine\nResult See text\n\nIn November 2022, Wagner forces advanced on the southern outskirts of Bakhmut.\n\nIn December, they captured the village of Yakovlivka.\n\nIn January, Wagner took Soledar after weeks of fighting.',
    [{ category: 'captured', place: 'Yakovlivka', period: ['2022-12-01', '2022-12-31', 'month'] },
      { category: 'captured', place: 'Soledar', period: ['2023-01-01', '2023-01-31', 'month'] }]],
  // A section heading with a span of days dates its section.
  ['encyclopedic', 'Sudan', 'Battle of El Fasher\nDate 10 May 2024 – present\nLocation El Fasher, North Darfur, Sudan\nResult See text\n\n### Assault on the camp (11–13 April 2025)\n\nRSF fighters captured the Zamzam camp after three days of fighting.',
    [{ category: 'captured', place: 'Zamzam', period: ['2025-04-11', '2025-04-13', 'day'] }]],
  // A counted step in weeks.
  ['encyclopedic', 'Libya', 'Western Libya campaign\nDate 25 March – 5 June 2020\nLocation Tripolitania, Libya\nResult See text\n\nOn 13 April 2020, GNA forces captured Sabratha and Surman. Two weeks later, they advanced on Tarhuna.',
    [{ category: 'advanced', place: 'Tarhuna', period: ['2020-04-27', '2020-04-27', 'day'] }]],
  // "by the end of the month" after a dated sentence.
  ['encyclopedic', 'Iraq', 'Battle of Mosul (2016–2017)\nDate 17 October 2016 – 20 July 2017\nLocation Mosul, Nineveh, Iraq\nResult See text\n\nOn 12 January 2017, Iraqi forces reached the Tigris. By the end of the month, they had captured all of eastern Mosul.',
    [{ category: 'captured', place: 'Mosul', period: ['2017-01-12', '2017-01-31', 'month'] }]],
  // A timeline of bullets, each opening with its day and no preposition; a date after its verb without "on".
  ['encyclopedic', 'Syria', 'Afrin offensive (January–March 2018)\nDate 20 January – 24 March 2018\nLocation Afrin District, Syria\nResult Turkish victory\n\n' +
    'Operation Olive Branch was a military operation launched by the Turkish Armed Forces from 20 January 2018.\n\n## Timeline\n\n' +
    '- 21 January: Turkish forces captured the village of Shankal.\n- 28 January – The SNA seized Bursaya Hill after a week of clashes.',
    [{ category: 'captured', place: 'Shankal', period: ['2018-01-21', '2018-01-21', 'day'] },
      { category: 'captured', place: 'Bursaya', period: ['2018-01-28', '2018-01-28', 'day'] }]],
  // A bare day-first date after its verb.
  ['encyclopedic', 'Syria', 'Afrin offensive (January–March 2018)\n\nOn 28 January 2018, Turkish troops took Bursaya Hill. Turkish forces captured the village of Hamam 3 February after heavy fighting.',
    [{ category: 'captured', place: 'Hamam', period: ['2018-02-03', '2018-02-03', 'day'] }],
    'a bare day-first date inside a sentence is not read: read anywhere, attributive dates ("the 24 February invasion", "a 3 February statement") cost more test facts than it gave'],
  // A lead that runs to the end after an infobox; the sections then go back to the start. "During the night of 8–9
  // September", "over the next week", "around 10 September", "after 20 September".
  ['encyclopedic', 'Ukraine', 'Kharkiv counteroffensive\nPart of the eastern front of the Russian invasion of Ukraine\nDate 6 September – 2 October 2022\nLocation Kharkiv Oblast, Ukraine\nResult Ukrainian victory\n\n' +
    'The Kharkiv counteroffensive was a Ukrainian military operation beginning on 6 September 2022. Ukrainian forces recaptured Izium on 10 September.\n\n' +
    '## Counteroffensive\n\nOn 6 September, Ukrainian forces attacked near Balakliia. The next morning, they entered Verbivka.\n\n' +
    'During the night of 8–9 September, they took Shevchenkove. Over the next week, Ukrainian forces captured more than 300 settlements.\n\n' +
    'Around 10 September, Russian troops withdrew from Kupiansk. After 20 September, Ukrainian forces advanced on Lyman.',
    [{ category: 'entered', place: 'Verbivka', period: ['2022-09-07', '2022-09-07', 'day'] },
      { category: 'captured', place: 'Shevchenkove', period: ['2022-09-08', '2022-09-09', 'day'] },
      { category: 'captured', value: 300, period: ['2022-09-10', '2022-09-16', 'week'] },
      { category: 'captured', place: 'Kupiansk', period: ['2022-09-10', '2022-09-10', 'day'] },
      { category: 'advanced', place: 'Lyman', period: ['2022-09-20', '2022-09-20', 'day'] }]],
  // A campaign across the year boundary, long enough that the chain of dates must be bounded without losing the months.
  ['encyclopedic', 'Iraq', 'Battle of Mosul (2016–2017)\nDate 17 October 2016 – 20 July 2017\nLocation Mosul, Nineveh, Iraq\nResult Iraqi victory\n\n' +
    'The battle began on 17 October 2016.\n\n## Eastern Mosul\n\nOn 1 November, Iraqi special forces entered the Gogjali district. The next day, they advanced into Karama. ' +
    'Two days later, the army took Bartella. On 8 November, the Peshmerga captured Bashiqa. Later that day, the army advanced on Hammam al-Alil. ' +
    'The following morning, the army entered Hammam al-Alil. On 18 November, Iraqi forces advanced on Tal Afar airport. Two days later, PMF fighters captured the airport. ' +
    'On 29 November, Iraqi forces advanced into Intisar. On 12 December, they entered the al-Salam hospital. The next day, they withdrew from it. ' +
    'On 29 December, Iraqi forces advanced in the Karama district. On 8 January, Iraqi forces reached the Tigris. Two days later, they captured the Mosul University.',
    [{ category: 'captured', place: 'University', period: ['2017-01-10', '2017-01-10', 'day'] }]],
  // A report's bare date with its year in a monitor's list.
  ['monitor', 'Myanmar', on('2024-11-05', 'Civilian deaths recorded in October:\n\n- 3 October 2024: 11 civilians killed in an air strike on Kyauktaw.\n- 19 October 2024: 6 civilians killed in shelling of Mindat.'),
    [{ category: 'killed', value: 11, period: ['2024-10-03', '2024-10-03', 'day'] },
      { category: 'killed', value: 6, period: ['2024-10-19', '2024-10-19', 'day'] }]],
];

/**
 * Texts that state no publication date, neither in front matter nor in a dated dateline: the reference day is what a
 * careful reader infers from the text's own words (a yearless cut-off or dateline given its year by the text's dated
 * events; the latest full date and the weekdays after it). The weekdays: 2025-01-27 Monday, 2024-05-10 Friday,
 * 2023-12-15 Friday, 2021-11-30 Tuesday, 2022-10-06 Thursday, 2024-02-20 Tuesday, 2020-10-27 Tuesday.
 */
const UNDATED_REPORTS: Probe[] = [
  // A yearless data cut-off: its year from the dated events, the first that does not put it before them.
  ['assessment', 'DRC', 'Africa File: M23 Tightens Its Grip on North Kivu\n\nData Cutoff: February 14, at 5 p.m.\n\nM23 rebels captured Goma on January 27, 2025.\n\nThe fighting has displaced more than 350,000 people, according to the UN.',
    [{ category: 'displaced', value: 350000, period: ['2025-02-14', '2025-02-14', 'day'] }]],
  ['assessment', 'Ukraine', 'Russian Offensive Campaign Assessment\n\nData cutoff: 2:30 p.m. ET on October 6\n\nUkrainian forces liberated Lyman on October 1, 2022.\n\nUkrainian forces have since recaptured the village of Borova, according to geolocated footage.',
    [{ category: 'captured', place: 'Borova', period: ['2022-10-06', '2022-10-06', 'day'] }]],
  // "As of" a yearless day near the top: a situation report's own date.
  // "12 March" would be ten months after the only event dated with a year: more than a few months, so the text does
  // not settle the report's year (2025 or later), and the running total stays undated (published.ts, placeOwnDay).
  ['sitrep', 'Sudan', 'Sudan: El Fasher Flash Update No. 4\n\nSituation as of 12 March\n\nSince fighting erupted in El Fasher on 10 May 2024, humanitarian partners report that 9,000 families have been displaced to Tawila.',
    [{ category: 'displaced', value: 9000, period: ['', '', ''] }]],
  ['sitrep', 'Ethiopia', 'Northern Ethiopia: Humanitarian Update\n\nAs of 30 November, an estimated 44,000 people had been newly displaced in Amhara region.\n\nThe fighting escalated after 2 November 2021 around Dessie and Kombolcha.',
    [{ category: 'displaced', value: 44000, period: ['2021-11-30', '2021-11-30', 'day'] }]],
  // Across the turn of the year: the cut-off's month is earlier than the latest event's, so the next year.
  ['monitor', 'Myanmar', 'Myanmar: Civilian Harm Snapshot\n\nData as of 5 January\n\nJunta air strikes on 28 December 2023 killed 17 civilians in Kanan village, Sagaing region. Since October 27, 2023, at least 320 civilians have been killed across the country.',
    [{ category: 'killed', value: 17, period: ['2023-12-28', '2023-12-28', 'day'] },
      { category: 'killed', value: 320, period: ['2023-10-27', '2024-01-05', 'day'] }]],
  // A wire dateline without a year: the year from the dated events (existing rule).
  ['wire', 'Syria', 'Damascus, Feb 7, SANA- Syrian army units regained control over 12 villages in the Idlib countryside, a military source said. The operation was launched on December 29, 2017.',
    [{ category: 'captured', value: 12, period: ['2018-02-07', '2018-02-07', 'day'] }]],
  // The latest full date and the weekdays after it: "on Sunday" after Friday 15 December 2023 is Sunday 17 December.
  ['outlet', 'Sudan', 'RSF fighters entered Wad Madani\n\nThe RSF began its assault on El Gezira on Friday, December 15, 2023, crossing into the state from the north. On Sunday, RSF fighters entered the town of Wad Madani, witnesses said.',
    [{ category: 'entered', place: 'Wad Madani', period: ['2023-12-17', '2023-12-17', 'day'] }]],
  ['wire', 'Yemen', 'Houthis push on Marib\n\nHouthi fighters launched a new offensive south of Marib on November 30, 2021. On Thursday, they captured the district of al-Abdiya after days of clashes, tribal sources said.',
    [{ category: 'captured', place: 'Abdiya', period: ['2021-12-02', '2021-12-02', 'day'] }]],
  // No date at all: the facts stay undated, however news-like the text.
  ['outlet', 'Mali', 'Jihadists kill dozens in central Mali\n\nGunmen killed at least 40 civilians in the village of Diallassagou on Saturday, local officials said yesterday.',
    [{ category: 'killed', value: 40, period: ['', '', ''] }]],
  // A cut-off with only a background year ("since 2012"): the year stays unknown rather than guessed.
  ['assessment', 'DRC', 'Great Lakes Update\n\nData cutoff: March 3, at noon\n\nM23 fighters seized the town of Nyabibwe on Wednesday. The group first took Goma in 2012.',
    [{ category: 'captured', place: 'Nyabibwe', period: ['', '', ''] }]],
  // Weekdays after the latest full date (2019-04-04 is a Thursday, 2020-11-04 a Wednesday).
  ['wire', 'Libya', 'Haftar forces reach Gharyan\n\nHaftar\'s forces launched an offensive on Tripoli on April 4, 2019. On Sunday, they captured the town of Gharyan, a spokesman said.',
    [{ category: 'captured', place: 'Gharyan', period: ['2019-04-07', '2019-04-07', 'day'] }]],
  ['outlet', 'Ethiopia', 'Federal troops advance in Tigray\n\nThe war in Tigray began on November 4, 2020. Federal forces captured Humera on Monday and entered Shire on Tuesday, the government said.',
    [{ category: 'captured', place: 'Humera', period: ['2020-11-09', '2020-11-09', 'day'] },
      { category: 'entered', place: 'Shire', period: ['2020-11-10', '2020-11-10', 'day'] }]],
  // "Yesterday" after the latest full date: the writer switched to relative words for the latest day, so the
  // present is at least the day after it.
  ['monitor', 'Karabakh', 'Azerbaijan launches offensive in Karabakh\n\nAzerbaijan launched what it called anti-terrorist operations in Karabakh on September 19, 2023. At least 27 people were killed in the shelling of Stepanakert yesterday, local officials said.',
    [{ category: 'killed', value: 27, period: ['2023-09-19', '2023-09-19', 'day'] }]],
  ['outlet', 'Gaza', 'Strikes hit central Gaza\n\nThe war began with the attack of 7 October 2023. Last night, Israeli strikes killed at least 45 people in Maghazi camp, the health ministry said.',
    [{ category: 'killed', value: 45, period: ['2023-10-07', '2023-10-07', 'day'] }]],
];

describe('probe: dates in reports (a publication date)', () => {
  for (const p of REPORTS) check(p);
});

describe('probe: dates in narratives (no publication date)', () => {
  for (const p of NARRATIVES) check(p);
});

describe('probe: dates in texts that state no publication date', () => {
  for (const p of UNDATED_REPORTS) check(p);
});
