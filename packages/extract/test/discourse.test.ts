/** The document layer keeps, for each fact, the time phrases that dated the text before its sentence. */
import { describe, expect, it } from 'vitest';
import { CAMPAIGN_START_MARK as L, PARAGRAPH_MARK as P, SECTION_MARK as S, TITLE_PERIOD_MARK as T } from '@frontline/schema';
import { isHeading, isHeadingLine } from '../src/discourse.ts';
import { findTimes } from '../src/index.ts';
import { extract } from './helpers.ts';

describe('time context', () => {
  it('an encyclopedic narrative: dated paragraphs, then anaphoric steps', () => {
    const facts = extract(
      'On 4 November 2017, the army launched its assault on the ridge.\n\n' +
        'On 9 November, the army captured three villages. The next day, rebels recaptured two villages.\n\n' +
        'Clashes killed 14 fighters.',
    );
    const context = Object.fromEntries(facts.map((f) => [f.count_phrase || f.quote.slice(0, 20), f.time_context]));
    // "launched its assault": the first date is the campaign's launch, marked so (a "third day of the assault" counts from it).
    expect(context['three']).toEqual([L, 'On 4 November 2017', P]);
    expect(context['two']).toEqual([L, 'On 4 November 2017', P, 'On 9 November']);
    expect(context['14']).toEqual([L, 'On 4 November 2017', P, 'On 9 November', 'The next day', P]);
  });

  it('a phrase naming a year starts the chain again; report dates and running-total starts are not events', () => {
    const facts = extract(
      'In March 2019, shelling displaced 3,000 people, the agency said on Monday.\n' +
        'Since 1 May, 40 civilians have been killed. On 2 June 2019, 12 more were killed.\n' +
        'Another 5 civilians were killed.',
    );
    const last = facts[facts.length - 1]!;
    expect(last.time_context).toEqual(['On 2 June 2019', P]);
  });

  it('a section heading\'s fact is dated by its section, at the section\'s first date', () => {
    const wiki = extract(
      'Southern campaign (2019)\n\nOn 2 May 2019, the army began shelling the plain.\n\n### Capture of Kafr Zita\n\n' +
        'Rebels held the town for a week. On 8 May, government forces shelled its outskirts.',
    );
    expect(wiki[0]!.quote).toBe('Capture of Kafr Zita');
    expect(wiki[0]!.time_context).toEqual(['On 2 May 2019', P, 'On 8 May']);
    // A section that restates its heading's capture tells it: that sentence, with its date and side, is the fact.
    const told = extract(
      'Southern campaign (2019)\n\nOn 2 May 2019, the army began shelling the plain.\n\n### Capture of Kafr Zita\n\n' +
        'Rebels held the town for a week. On 8 May, government forces captured Kafr Zita.',
    ).filter((f) => f.kind === 'territory');
    expect(told.map((f) => [f.quote, f.time_phrase, f.actor_text])).toEqual([['On 8 May, government forces captured Kafr Zita.', 'On 8 May', 'government forces']]);
    const sitrep = extract(
      'Flash update No. 3\n\nKey developments\n\nFour people injured in an attack on a camp in Kibati\n\n' +
        'On 11 June, armed men attacked the Kibati site, wounding four displaced people.',
    );
    expect(sitrep[0]!.time_context.at(-1)).toBe('On 11 June');
    // A sentence of prose is not a heading: its fact keeps the chain before it.
    const news = extract('Army advances\n\nOn 4 March 2020, 12 soldiers were killed.\n\nFour people were injured in an attack on a camp.\n\nOn 9 March, rebels shelled the town.');
    expect(news.find((f) => f.category === 'injured')!.time_context).toEqual(['On 4 March 2020', P]);
  });

  it('a lead that summarises the campaign is not the clock of the sections after it', () => {
    const iraq = extract(
      'Battle of Mosul (2016–2017)\n\nThe battle began on 17 October 2016. The city was declared liberated on 9 July 2017.\n\n' +
        '## Eastern Mosul\n\nOn 1 November, special forces captured Gogjali.',
    );
    // The title's span also comes back at each paragraph, marked: normalize keeps it only for a periodic report.
    expect(iraq.find((f) => f.kind === 'territory')!.time_context).toEqual(['2016–2017', P, T, '2016–2017']);
    // Without a span in the title, the lead's first dated phrase is where the story starts.
    const myanmar = extract(
      'Operation 1027\n\nThe offensive was launched on 27 October 2023, and by 12 January 2024 the alliance had taken Laukkai.\n\n' +
        '## Northern Shan\n\nThe alliance captured the town of Chinshwehaw.',
    );
    // ("had taken Laukkai" in the lead is a capture of its own, dated by its own "by 12 January 2024".)
    const section = myanmar.find((f) => f.place_mentions.some((p) => p.text === 'Chinshwehaw'))!;
    expect(section.time_context).toEqual(['on 27 October 2023', P]);
    expect(myanmar.find((f) => f.place_mentions.some((p) => p.text === 'Laukkai'))!.time_phrase).toBe('by 12 January 2024');
  });

  it('a heading that is only a date dates its section', () => {
    const facts = extract('Northern offensive\n\n## December 2016\n\nThe army captured the village of Tell Qarah.\n\n## 2017\n\nRebels seized the town of Khirbet.');
    // Each paragraph of a dated section restores the heading's date after its mark (a report goes back to it).
    expect(facts.map((f) => f.time_context)).toEqual([['December 2016', P, S, 'December 2016'], ['2017', P, S, '2017']]);
  });

  it('a heading that states its figures\' date ("as of") dates each paragraph of its section, until the next heading', () => {
    // A situation report (Sudan): the bullets under "Key figures as of ..." are each a paragraph.
    const sitrep = extract('Sudan: Situation Report\n\nKey figures as of 30 April 2023\n\n- 334,000 people internally displaced\n- 528 people killed\n\nResponse\n\nSome 4,000 families received aid.');
    expect(sitrep.map((f) => [f.count_phrase, f.time_context.slice(-2)])).toEqual([
      ['334,000', [S, 'as of 30 April 2023']], ['528', [S, 'as of 30 April 2023']],
    ]);
    // An assessment (Ukraine) whose section heading names a span of days.
    const isw = extract('Russian Offensive Campaign Assessment\n\nFighting near Avdiivka (14–15 February 2024)\n\nRussian forces advanced in northern Avdiivka.\n\nRussian forces captured the village of Pervomaiske.');
    expect(isw.map((f) => f.time_context.slice(-2))).toEqual([[S, '14–15 February 2024'], [S, '14–15 February 2024']]);
  });

  it('an infobox\'s lines under the title do not end the lead; the first section restarts from the lead\'s first date', () => {
    const page = extract('Kharkiv counteroffensive\nDate 6 September – 2 October 2022\nLocation Kharkiv Oblast, Ukraine\nResult Ukrainian victory\n\n' +
      'The counteroffensive began on 6 September 2022. Ukrainian forces retook Izium on 10 September.\n\n## Breakthrough\n\nOn 7 September, Ukrainian forces captured Balakliia.');
    expect(page.find((f) => f.place_mentions.some((p) => p.text === 'Balakliia'))!.time_context).toEqual(['6 September – 2 October 2022', P]);
  });

  it('the title\'s fact ("Fall of X") is dated where the text first dates an event', () => {
    const [title] = extract('Fall of Kabul\nDate 15 August 2021\nLocation Kabul, Afghanistan\nResult Taliban victory\n\nOn 15 August 2021, Taliban fighters entered Kabul.');
    // The infobox's headings come between; the lead's first date is the title's.
    expect([title!.sentence_index, title!.time_context]).toEqual([0, ['On 15 August 2021']]);
    const [headline] = extract('Rebels capture Kidal\n\nOn 14 November 2023, the army said rebels had withdrawn.\n\nRebels captured Kidal after days of fighting.');
    expect(headline!.time_context).toEqual(['On 14 November 2023']);
  });

  it('a date in a relative clause neither dates the main figure nor moves the story', () => {
    // A wire story: the airbase's history is background; the capture has no date of its own.
    const wire = extract('Rebels press on\n\nRebels captured the village of Kafr Zita, which the army had taken from them in 2016.\n\nShelling killed 12 civilians.');
    expect(wire.map((f) => [f.count_phrase || f.category, f.time_phrase, f.time_context])).toEqual([['captured', '', []], ['12', '', []]]);
    // An outlet in another war: the town's earlier fall is its own fact, dated by its own clause.
    const outlet = extract('Army retakes town\n\nOn 3 March 2024, the army recaptured the town of Umm Rawaba, which the RSF seized in December 2023.');
    expect(outlet.map((f) => f.time_phrase)).toEqual(['On 3 March 2024', 'in December 2023']);
    // A narrative: a relative clause's year does not become the clock of the next sentence.
    const story = extract('Battle of Sinjar\n\nOn 12 November 2015, Kurdish forces entered Sinjar, which ISIL had seized in August 2014, and later that day they captured the town. Clashes killed 30 militants.');
    expect(story.find((f) => f.count_phrase === '30')!.time_context).toEqual(['On 12 November 2015', 'later that day']);
  });

  it('a headline figure restated in the body takes the body\'s date', () => {
    const [f] = extract('SNHR: 144 civilians killed in Idlib\n\nSNHR documented the killing of 144 civilians since the 25th of December until today the 28th of January 2018.');
    expect([f!.quote.slice(0, 4), f!.time_phrase, f!.cumulative]).toEqual(['SNHR', 'since the 25th of December', true]);
    const [g] = extract('Fighting displaces 12,000 in Kutum\n\nFighting has displaced 12,000 people in Kutum since 3 June, the agency said.');
    expect(g!.time_phrase).toBe('since 3 June');
  });

  it('a running total\'s start in a background clause does not date the figure', () => {
    const wire = extract('Rebels take city\n\nRebels captured the city of Tessalit on Sunday, which marks the biggest loss for the army since it last lost the city in 2013.');
    expect(wire.find((f) => f.kind === 'territory')!.time_phrase).toBe('on Sunday');
    const brief = extract('Rebels take city\n\nM40 fighters captured Kibumba, the worst setback for the army since they last seized Goma in 2012.');
    expect(brief.find((f) => f.kind === 'territory')!.time_phrase).toBe('');
    const total = extract('Army counts losses\n\nAt least 40 soldiers have been killed since the offensive began in May, the ministry said.');
    expect(total[0]!.time_phrase).toBe('since the offensive began in May');
  });

  it('finds the anaphoric phrases a narrative steps with', () => {
    const phrases = (s: string) => findTimes(s).map((t) => t.text);
    expect(phrases('The next day, troops entered the town.')).toEqual(['The next day']);
    expect(phrases('Later that day, the militants withdrew.')).toEqual(['Later that day']);
    expect(phrases('On the same day, 7 soldiers were killed.')).toEqual(['On the same day']);
    expect(phrases('Two days later, the army took the hill.')[0]).toMatch(/^Two days later/);
    // A step back ends at "earlier": the words after it are the fact's, not the phrase's.
    expect(phrases('A week earlier, 40 civilians had been killed in Rubaya.')).toEqual(['A week earlier']);
    expect(phrases('Two days earlier the Houthis had shelled Marib.')).toEqual(['Two days earlier']);
  });
});

describe('place context', () => {
  const texts = (ms: { text: string }[] | undefined) => (ms ?? []).map((m) => m.text);

  it('a wire story: the paragraph\'s places, latest first, and none past a paragraph break', () => {
    const facts = extract(
      'Shelling hits eastern towns\n' +
        'Russian shells struck the town of Balakliia on Monday. Later, artillery hit Izium. Four civilians were killed, the governor said.\n' +
        'Separately, 300 people were evacuated by train.',
    );
    const killed = facts.find((f) => f.count_phrase === 'Four')!;
    // The toll goes on telling the sentence before's incident (incident-carry.ts): it takes Izium, and its paragraph's
    // places are still kept for the layers that read them.
    expect(killed.place_mentions.map((p) => p.text)).toEqual(['Izium']);
    expect(texts(killed.place_context?.paragraph)).toEqual(['Izium', 'Balakliia']);
    const evacuated = facts.find((f) => f.count_phrase === '300')!;
    expect(texts(evacuated.place_context?.paragraph)).toEqual([]);
  });

  it('a situation report: the headline and the lead are every fact\'s lead, the headline\'s own fact included', () => {
    const facts = extract(
      '12,000 flee fighting in Kutum\n' +
        'Fighting in Kutum, North Darfur, has displaced some 12,000 people since Friday, the agency said.\n' +
        'Partners distributed food.\n' +
        'Another 3,000 people arrived at the camps.',
    );
    for (const f of facts) expect(texts(f.place_context?.lead)).toContain('Kutum');
    expect(facts[facts.length - 1]!.place_context?.paragraph).toEqual([]);
  });

  it('between: over an article\'s facts, every place it names, each once, the last fact taking the rest', () => {
    const text =
      'The battle for Mosul entered its third month.\n' +
        'Clashes killed 40 fighters.\n' +
        'Aid reached Erbil and Dohuk.\n' +
        '2,000 families fled.\n' +
        'Convoys later reached Kirkuk.';
    const facts = extract(text);
    expect(facts.map((f) => f.count_phrase)).toEqual(['40', '2,000']);
    expect(texts(facts[0]!.place_context?.between)).toEqual(['Mosul']);
    expect(texts(facts[1]!.place_context?.between)).toEqual(['Erbil', 'Dohuk', 'Kirkuk']);
  });

  it('a narrative\'s section: its places across paragraphs, latest first, from its heading on; none before the first heading', () => {
    const text =
      'The offensive in Sudan reached Wad Madani and Sennar.\n\n' +
        'Drive on Wad Madani\n\n' +
        'On 15 December, RSF fighters entered Hantoub.\n\n' +
        'On 18 December, the RSF seized the bridge. 300 people fled.\n\n' +
        'Fighting in Sennar\n\n' +
        'On 2 January, 40 civilians were killed.';
    const facts = extract(text);
    const fled = facts.find((f) => f.count_phrase === '300')!;
    expect(fled.place_context?.paragraph).toEqual([]);
    expect(texts(fled.place_context?.section)).toEqual(['Hantoub', 'Wad Madani']);
    // A new heading starts a new section: only its own places.
    expect(texts(facts.find((f) => f.count_phrase === '40')!.place_context?.section)).toEqual(['Sennar']);
    // A report without headings has paragraphs only.
    const wire = extract('Shelling hit Izium on Monday.\n\nFour civilians were killed, the governor said.');
    expect(wire[0]!.place_context?.section).toBeUndefined();
  });
});

describe('headings', () => {
  const text = 'Clashes in Kidal\nTwo soldiers were killed near Anefis on Monday.\n## Battle for Tessit\nThe town fell on 3 May.';
  const at = (line: string) => text.indexOf(line);

  it('a short line of its own that does not end like a sentence is a heading, markdown marks or not', () => {
    expect(isHeadingLine(text, at('Clashes in Kidal'), 'Clashes in Kidal')).toBe(true);
    expect(isHeadingLine(text, at('Battle for Tessit'), 'Battle for Tessit')).toBe(true);
    expect(isHeadingLine(text, at('Two soldiers'), 'Two soldiers were killed near Anefis on Monday.')).toBe(false);
  });

  it('a phrase inside a line is no heading, and the title is no section heading', () => {
    const mid = 'Heavy fighting in Goma, officials said\n';
    expect(isHeadingLine(mid, mid.indexOf('officials'), 'officials said')).toBe(false);
    const title = { index: 0, start: 0, end: 16, text: 'Clashes in Kidal' };
    expect(isHeading(text, title)).toBe(false);
    expect(isHeading(text, { ...title, index: 1 })).toBe(true);
  });
});
