/**
 * Whole-campaign figures of narratives (issue 9): "N were killed during the operation", "throughout the siege",
 * "in total ... during the campaign" count the campaign from its start to its end, not the day the story had reached
 * where the sentence stands. Pages and reports written for this file, in several wars.
 */
import { describe, expect, it } from 'vitest';
import type { Fact } from '@frontline/schema';
import { extractArticle } from '@frontline/extract';
import { ingestFiles } from '@frontline/ingest';
import { loadGazetteer, normalizeArticle, sumsCampaign, titleSpan } from '../src/index.ts';
import { on } from './dated-text.ts';

const gazetteer = loadGazetteer();

function facts(text: string): Fact[] {
  const { articles } = ingestFiles([{ path: 'page.txt', bytes: new TextEncoder().encode(text) }], { runDate: '2026-12-01' });
  const { text: body, sentence_list: _s, removed: _r, ...record } = articles[0]!;
  return normalizeArticle(extractArticle(articles[0]!), record, gazetteer, { text: body }).facts;
}

function periodOf(text: string, value: number): [string, string] {
  const got = facts(text);
  const f = got.filter((x) => x.count_best === value);
  expect(f, JSON.stringify(got.map((x) => [x.category, x.count_best, x.time_phrase, x.period_start, x.period_end]))).toHaveLength(1);
  return [f[0]!.period_start, f[0]!.period_end];
}

describe('a narrative\'s whole-campaign figure spans the campaign', () => {
  it.each<[string, string, number, [string, string]]>([
    ['Ukraine: a lead total under a title span', 'Kherson coast offensive (March–April 2022)\n\n' +
      'The Kherson coast offensive was a military operation launched by Russian forces on 3 March 2022 in Kherson Oblast.\n\n' +
      'Almost 900 people were killed during the offensive, most of them in Oleshky.\n\n## Course\n' +
      'On 5 March, Russian troops captured Skadovsk. On 19 April, Russian troops captured Hola Prystan.',
      900, ['2022-03-01', '2022-04-19']],
    ['Sudan: "throughout the siege" after the story\'s first day', 'Siege of Babanusa (2024)\n\n' +
      'The siege of Babanusa was a battle between the Rapid Support Forces and the Sudanese Armed Forces in West Kordofan.\n\n' +
      '## Siege\nOn 10 May 2024, the RSF attacked the town from the north. Throughout the siege, 2,000 civilians died in Babanusa.\n\n' +
      'On 14 June, RSF fighters captured Al Muglad.', 2000, ['2024-01-01', '2024-06-14']],
    ['Myanmar: no title span, "in total ... during the operation"', 'Operation Northern Gate\n\n' +
      'Operation Northern Gate was an offensive launched on 27 October 2023 by an alliance of armed groups in Shan State.\n\n' +
      'In total, 340 soldiers were killed during the operation.\n\n## Course\n' +
      'On 12 November, the alliance captured Chinshwehaw. On 5 January 2024, the alliance captured Laukkai.',
      340, ['2023-10-27', '2024-01-05']],
    ['Yemen: "over the course of the two-month offensive" in an aftermath section', 'Hays offensive (October–November 2021)\n\n' +
      'The Hays offensive was a campaign by the Houthis in Hodeidah Governorate.\n\n## Course\n' +
      'On 12 October, Houthi fighters captured Al Jarrahi. On 20 November, the Houthis captured Hays.\n\n' +
      '## Aftermath\nOn 2 October, 15 fighters had been killed near Hays. Over the course of the two-month offensive, 410 fighters were killed.',
      410, ['2021-10-01', '2021-11-20']],
  ])('%s', (_name, text, value, period) => {
    expect(periodOf(text, value)).toEqual(period);
  });

  it('a figure with a day of its own keeps it, whole-campaign words or not', () => {
    const text = 'Kherson coast offensive (March–April 2022)\n\nThe Kherson coast offensive was a military operation by Russian forces in Kherson Oblast.\n\n' +
      '## Course\nOn 5 March, 12 soldiers were killed during the offensive near Skadovsk. On 19 April, Russian troops captured Hola Prystan.';
    expect(periodOf(text, 12)).toEqual(['2022-03-05', '2022-03-05']);
  });

  it('a total "up to that point" of the campaign is as of the day the story has reached (Iraq)', () => {
    const text = 'Battle of Tal Afar (2017)\n\nThe battle of Tal Afar was an offensive by Iraqi forces against ISIL in Nineveh Governorate.\n\n' +
      '## Battle\nOn 20 August 2017, Iraqi forces advanced on Tal Afar. On 23 August, Iraqi forces entered the city centre. A monitor said that 70 militants had been killed up to that point during the offensive.\n\n' +
      'On 31 August, Iraqi forces captured Al-Ayadiya.';
    expect(periodOf(text, 70)).toEqual(['2017-08-23', '2017-08-23']);
  });

  it('a dated report\'s "during the offensive" is as of its day (Syria, wire)', () => {
    const text = on('2019-05-20', 'Almost 300 people were killed during the offensive on Idlib, the Syrian Observatory for Human Rights said on Monday.');
    expect(periodOf(text, 300)[1]).toBe('2019-05-20');
  });
});

describe('the words that mark a whole-campaign figure', () => {
  it.each([
    ['Almost 1,500 people were killed during the operation', true],
    ['Throughout the three-month siege, 4,000 died', true],
    ['In total, the army took 30 villages', true],
    ['By the end of the battle of Sirte, 700 fighters had been killed', true],
    ['Eight soldiers were killed during the offensive\'s first week', false],
    ['Twelve fighters were killed during the attack on the checkpoint', false],
    ['The rebels took 3 villages in the operational area', false],
    ['So far, 40 civilians have been killed during the siege', false],
    ['By then, the army had taken 12 villages during the campaign', false],
  ])('%s: %s', (sentence, whole) => {
    expect(sumsCampaign(sentence)).toBe(whole);
  });

  it('a title names its campaign\'s span', () => {
    expect(titleSpan('Hays offensive (October–November 2021)')).toMatchObject({ period_start: '2021-10-01', period_end: '2021-11-30' });
    expect(titleSpan('2019–2020 Idlib offensive')).toMatchObject({ period_start: '2019-01-01', period_end: '2020-12-31' });
    expect(titleSpan('Battle of Sirte (2016)')).toMatchObject({ period_start: '2016-01-01', period_end: '2016-12-31' });
    expect(titleSpan('Siege of Marawi')).toBeNull();
  });
});

describe('an infobox Date field running "– present" is the campaign\'s start, not a dateline', () => {
  it.each<[string, string, string, string]>([
    ['Sudan', 'Battle of Wad Sharif\n\nDate 15 April 2023 – present\nLocation Wad Sharif, Kassala State\n\n' +
      'The battle of Wad Sharif is an ongoing battle between the Rapid Support Forces and the Sudanese Armed Forces.\n\n' +
      '## Battle\nOn 20 April, RSF fighters captured Wad Sharif. On 3 June, the army captured Girba.', 'On 20 April', '2023-04-20'],
    ['DR Congo', 'M23 offensive in Masisi\n\nDate 2 February 2024 – ongoing\nLocation Masisi Territory, North Kivu\n\n' +
      'The M23 offensive in Masisi is a military campaign by the M23 rebels in North Kivu.\n\n' +
      '## Offensive\nOn 10 February, M23 rebels captured Sake. On 30 April, M23 rebels captured Rubaya.', 'On 10 February', '2024-02-10'],
  ])('%s: its yearless days are of the Date field\'s year', (_war, text, phrase, day) => {
    const f = facts(text).find((x) => x.time_phrase === phrase);
    expect(f?.period_end).toBe(day);
  });
});

/** A page: its title, a lead naming who fought where, a dated section and a closing paragraph. */
const page = (title: string, who: string, section: string, closing: string): string =>
  `${title}\n\nThe ${title.replace(/\s*\(.*\)$/, '')} was an offensive by ${who}.\n\n## Course\n${section}\n\n${closing}`;

describe('a summing word over one episode the story has just told, or a campaign noun aimed at a target the title does not name, keeps the story\'s day', () => {
  it.each<[string, string, number, [string, string]]>([
    ['Libya: "Overall ... during the clashes" after a dated paragraph', 'Battle of Derna (2018)\n\n' +
      'The battle of Derna was an offensive by the Libyan National Army against the Derna Mujahideen Shura Council.\n\n' +
      '## Battle\nOn 7 May 2018, the army attacked the city from the south. On 4 June 2018, fighters tried to break out of the old town. ' +
      'The same day, a car bomb hit an army checkpoint. Overall, 36 fighters were killed during the clashes.\n\n' +
      'On 28 June, the army captured the old town.', 36, ['2018-06-04', '2018-06-04']],
    ['Iraq: "during the operation to capture the X District"', page('Battle of Baiji (2015)', 'Iraqi forces against ISIL in Saladin Governorate',
      'On 3 May 2015, Iraqi forces advanced on the refinery. On 18 October, Iraqi forces pushed into the Tamim quarter. During the operation to capture the Tamim District, 90 militants were killed by air strikes.',
      'On 22 October, Iraqi forces captured Baiji.'), 90, ['2015-10-18', '2015-10-18']],
    ['Yemen: "throughout the assault on X"', page('Marib offensive (2021)', 'the Houthis in Marib Governorate',
      'On 8 February 2021, the Houthis attacked Sirwah. On 2 March, the Houthis attacked Raghwan. Throughout the assault on Raghwan, 45 fighters died.',
      'On 20 June, the Houthis captured Sirwah.'), 45, ['2021-03-02', '2021-03-02']],
    ['Mali: "In total ... in the ambush"', 'Menaka offensive (2022)\n\n' +
      'The Menaka offensive was a campaign by the Islamic State in the Greater Sahara in eastern Mali.\n\n' +
      '## Course\nOn 8 March 2022, militants attacked Tamalat. On 21 March, militants ambushed a convoy near Anderamboukane. ' +
      'In total, 14 soldiers died in the ambush.\n\nOn 2 June, militants captured Tidermene.', 14, ['2022-03-21', '2022-03-21']],
    ['Syria: "during the X offensive", an earlier campaign in the background', 'Raqqa offensive (2017)\n\n' +
      'The Raqqa offensive was an offensive by the Syrian Democratic Forces against ISIL.\n\n' +
      '## Background\nOn 5 November 2016, the SDF launched an offensive on Tabqa. On 2 December, the SDF captured Jabar. ' +
      'During the Tabqa offensive, the SDF captured more than 200 villages.\n\n## Offensive\nOn 6 June 2017, the SDF entered Raqqa. ' +
      'On 17 October, the SDF captured Raqqa.', 200, ['2016-12-02', '2016-12-02']],
    ['Ukraine: "throughout the X counteroffensive", one thrust of the war', page('Battle of Bakhmut (2022–2023)', 'Russian forces in Donetsk Oblast',
      'On 1 August 2022, Russian forces attacked Bakhmut. On 11 November, Ukrainian forces entered Kherson. Throughout the Kherson counteroffensive, 40 soldiers died near Bakhmut.',
      'On 20 May 2023, Russian forces captured Bakhmut.'), 40, ['2022-11-11', '2022-11-11']],
    ['Ethiopia: "in the X campaign", told in a wire-like narrative', page('Battle of Mekelle (2020)', 'federal troops in Tigray',
      'On 4 November 2020, federal troops advanced on Mekelle. On 17 November, federal troops took Alamata. In the Raya campaign, 60 fighters were killed.',
      'On 28 November, federal troops captured Mekelle.'), 60, ['2020-11-17', '2020-11-17']],
  ])('%s', (_name, text, value, period) => {
    expect(periodOf(text, value)).toEqual(period);
  });

  it('a campaign named as the title names it is the whole campaign (Syria)', () => {
    const text = page('Aleppo offensive (November–December 2016)', 'the Syrian Army in Aleppo',
      'On 15 November 2016, the army attacked. On 28 November, the army captured Hanano. During the Aleppo offensive, 900 civilians were killed.',
      'On 22 December, the army captured Bustan al-Qasr.');
    expect(periodOf(text, 900)).toEqual(['2016-11-01', '2016-12-22']);
  });

  it('aimed at the place the title names, it is the whole campaign (Ukraine)', () => {
    const text = 'Battle of Kupiansk (2022)\n\nThe battle of Kupiansk was an offensive by Ukrainian forces in Kharkiv Oblast.\n\n' +
      '## Battle\nOn 6 September 2022, Ukrainian forces attacked. During the operation to retake Kupiansk, 70 soldiers were killed.\n\n' +
      'On 10 September, Ukrainian forces captured Kupiansk.';
    expect(periodOf(text, 70)).toEqual(['2022-01-01', '2022-09-10']);
  });

  it('the words', () => {
    expect(sumsCampaign('Overall, 80 fighters were reported killed during the clashes')).toBe(false);
    expect(sumsCampaign('In total, 20 soldiers died in the attack')).toBe(false);
    expect(sumsCampaign('Overall, 2,000 fighters were killed in the fighting for the city')).toBe(true);
  });
});
