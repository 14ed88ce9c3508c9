/**
 * An encyclopedic page whose title gives its campaign's year ("Battle of X (2023)", "Y offensive (2019–2020)") may
 * tell background from years before it in a paragraph of its own ("The town was taken in 2012 ..."). That paragraph
 * keeps its own dates; the next paragraph's yearless dates ("In early October") are the campaign's, not the
 * background year's. A title with no year ("Battle of X") leaves the campaign's year to the lead's start ("began on 2
 * March 2024"), once the lead has ended.
 */
import { describe, expect, it } from 'vitest';
import { PARAGRAPH_MARK as P, PRIOR_SECTION_MARK as B, TITLE_PERIOD_MARK as T } from '@frontline/schema';
import { extract } from './helpers.ts';

const contextOf = (text: string, count: string) => extract(text).find((f) => f.count_phrase === count)?.time_context;
/** A page with a title, a lead, one headed section of background and a story paragraph after it. */
const page = (title: string, lead: string, heading: string, background: string, story: string) =>
  `${title}\n\n${lead}\n\n## ${heading}\n${background}\n\n${story}`;

describe('a background paragraph before the campaign\'s year (the title\'s, or the lead\'s start) does not move the story', () => {
  it.each([
    ['encyclopedic, Mali',
      'Battle of Kidal (2023)\n\nThe Battle of Kidal was fought between the Malian army and rebel groups.\n\n' +
        'The town was taken in 2012 by rebels, who held it for a decade.\n\nOn 14 November, clashes killed 12 rebels.',
      '12', ['in 2023', P]],
    ['encyclopedic, Libya',
      'Tarhuna offensive (2019–2020)\n\nThe offensive pitted GNA forces against the Kaniyat militia.\n\n' +
        'The Kaniyat had seized the town in 2015 and ruled it since.\n\nIn early June, GNA forces captured 4 villages near the town.',
      '4', ['2019–2020', P, P, P, T, '2019–2020']],
    ['encyclopedic, Iraq',
      '2016 Qayyarah offensive\n\nIraqi forces advanced south of Mosul.\n\nIn June 2014, ISIS fighters overran Qayyarah.\n\n' +
        'On 25 August, an airstrike killed 17 ISIS fighters near the town.',
      '17', ['in 2016', P]],
    // No year in the title: the lead's start gives it, once a heading has ended the lead. The paragraph is still in the
    // "Background" section: its chain keeps that section's mark (normalize dates no undated fact there by the lead).
    ['Ukraine', page('Battle of Kupiansk', 'The battle of Kupiansk began on 2 March 2024, when Russian forces attacked.', 'Background',
      'The town had been occupied in 2022 and retaken by Ukraine in September 2022.', 'Starting on 17 March, Russian artillery shelled Kupiansk, killing 4 civilians.'),
    '4', ['on 2 March 2024', P, B, P]],
    ['Sudan', page('Siege of Kassala', 'The siege of Kassala began on 4 May 2024 with an assault by the RSF.', 'Background',
      'Kassala was the site of tribal fighting which ended in November 2019.', 'On 9 May, RSF shelling of Kassala killed 11 civilians.'), '11', ['on 4 May 2024', P, B, P]],
    ['Myanmar, campaign narrative', page('Fall of Hpakant', 'The offensive on Hpakant was launched in January 2025 by the KIA.', 'Prelude',
      'The jade town saw clashes in 2018, and the army held it until April 2018.', 'On 20 January, the KIA captured 3 army outposts near the town.'), '3', ['in January 2025', P, B, P]],
  ])('%s', (_genre, text, count, chain) => {
    expect(contextOf(text, count)).toEqual(chain);
  });

  it('within the background paragraph, its own year still dates what follows', () => {
    const text = 'Battle of Baiji (2015)\n\nThe battle was fought for the refinery.\n\n' +
      'In 2014, ISIS laid siege to the refinery. On 18 June, militants killed 9 guards.\n\nOn 3 April, troops retook 5 villages.';
    expect(contextOf(text, '9')).toEqual(['In 2014']);
    expect(contextOf(text, '5')).toEqual(['in 2015', P]);
  });

  it('a year after the title\'s, or a page whose title and lead name no year, moves the story as before', () => {
    expect(contextOf('Battle of Marawi (2017)\n\nThe battle began in May.\n\nIn 2018, rebuilding began.\n\nOn 4 June, strikes killed 6 people.', '6'))
      .toEqual(['In 2018', P]);
    expect(contextOf('Siege of Kobani\n\nThe siege drew wide attention.\n\nIn 2012, the YPG took the town.\n\nOn 4 October, ISIS killed 8 fighters.', '8'))
      .toEqual(['In 2012', P]);
  });
});

describe('a page whose title names no year: the lead\'s start gives the campaign\'s year', () => {
  it('the background paragraph keeps its own year, and a later year in the story still moves it', () => {
    const text = 'Battle of Hodeidah\n\nThe battle of Hodeidah began on 13 June 2018.\n\n## Background\n' +
      'In 2015, Houthi forces took the port. On 20 March, they killed 7 guards.\n\nIn 2019, a truce held. On 2 May, clashes killed 5 fighters.';
    expect(contextOf(text, '7')).toEqual(['In 2015']);
    expect(contextOf(text, '5')).toEqual(['In 2019']);
  });

  it('a lead that opens on an earlier year (the city\'s fall) makes no later paragraph background', () => {
    const text = 'Battle of Sinjar\n\nISIS had seized Sinjar in August 2014. The offensive to retake it began on 12 November 2015.\n\n' +
      '## Battle\nOn 12 November 2015, Peshmerga forces advanced.\n\nIn 2016, mass graves were found. On 3 March, 6 bodies were recovered.';
    expect(contextOf(text, '6')).toEqual(['In 2016']);
  });
});
