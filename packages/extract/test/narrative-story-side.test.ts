/**
 * Who took a place when the sentence names no side, in long campaign narratives (issue 9): the side of the story is
 * the side of its last event, not a side that only spoke ("The TPLF denied that Axum had fallen. The next day, they
 * took Adwa": they are the federal troops), but the side that gained ground, whatever the subject ("Mosul fell to
 * ISIL. The next day, they took Tikrit"); a side that announces a capture tells of its own ("The RSF announced the
 * capture of the city"); a pronoun subject of a counted capture is the story's side ("The next day they seized two more
 * villages"); and "it" with no place before it is what the sentence before took ("M23 forces recaptured it"). Sentences
 * written for this file, in several wars and genres.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

/** The territory facts of a text, as [places (or count), side]. */
const sides = (text: string) =>
  extract(text).filter((f) => f.kind === 'territory').map((f) => [f.place_mentions.map((p) => p.text).join('+') || f.quantity?.value, f.actor_text]);

describe('a side that only speaks is no side of the story', () => {
  it.each([
    ['encyclopedic, Ethiopia', 'On 17 November 2020, federal forces seized Shire. The TPLF denied that the town had been lost. The next day, they took Adwa.',
      [['Shire', 'federal forces'], ['Adwa', 'federal forces']]],
    ['wire, Sudan', 'RSF fighters captured Hantoub on Saturday. The army said it was investigating the loss. On Sunday they took Rufaa.',
      [['Hantoub', 'RSF fighters'], ['Rufaa', 'RSF fighters']]],
    ['outlet, Yemen', 'Houthi forces seized Lahij on Tuesday. The government rejected the reports as propaganda. On Wednesday, they entered Dhale.',
      [['Lahij', 'Houthi forces'], ['Dhale', 'Houthi forces']]],
  ])('%s', (_case, text, want) => {
    expect(sides(text)).toEqual(want);
  });

  it('a side that speaks of its own capture stays the story side', () => {
    expect(sides('The MNLA said it had captured Aguelhok on 24 January 2012. Two days later, they took Tessalit.'))
      .toEqual([['Aguelhok', 'MNLA'], ['Tessalit', 'MNLA']]);
  });
});

describe('the side that gained ground in a sentence is the story side, whatever its subject', () => {
  it.each([
    ['encyclopedic, Iraq', 'On 10 June 2014, Mosul fell to ISIL. The next day, they took Tikrit.', [['Mosul', 'ISIL'], ['Tikrit', 'ISIL']]],
    ['encyclopedic, Ethiopia', 'On 21 November 2020, Adigrat was captured by the army after two days of shelling. The next day, they took Edaga Hamus.',
      [['Adigrat', 'the army'], ['Edaga Hamus', 'the army']]],
    ['wire, Ukraine', 'Balakliia was liberated by Ukrainian forces on Thursday, the General Staff said. On Friday they entered Kupiansk.',
      [['Balakliia', 'Ukrainian forces'], ['Kupiansk', 'Ukrainian forces']]],
    ['regional, Myanmar', 'The rebels captured Hseni on Sunday. Pro-junta media reported that the army had abandoned Kunlong. Later that week, the alliance took Monekoe.',
      [['Hseni', 'rebels'], ['Kunlong', 'rebels'], ['Monekoe', 'rebels']]],
  ])('%s', (_case, text, want) => {
    expect(sides(text)).toEqual(want);
  });
});

describe('"it" with no place before it stands for what the sentence before took', () => {
  it.each([
    ['encyclopedic, DR Congo', 'In October 2024, the Wazalendo militias retook Kalembe. M23 forces recaptured it three days later.',
      [['Kalembe', 'Wazalendo militias'], ['Kalembe', 'M23']]],
    ['wire, Syria', 'ISIS seized Palmyra in May 2015. Government forces retook it in March 2016, state media said.',
      [['Palmyra', 'ISIS'], ['Palmyra', 'Government forces']]],
    ['regional, Sudan', 'The RSF captured Sinja and Abu Hujar in June. In November, the army recaptured them.',
      [['Sinja+Abu Hujar', 'RSF'], ['Sinja+Abu Hujar', 'the army']]],
  ])('%s', (_case, text, want) => {
    expect(sides(text)).toEqual(want);
  });

  // A place the sentence before only named after other words is no antecedent: "it" is the convoy.
  it('not when the sentence before took nothing and did not open on the place', () => {
    expect(sides('On Monday the army shelled a convoy near Kalembe. M23 forces captured it on Tuesday.')).toEqual([]);
  });
});

describe('a side that announces a capture took the place', () => {
  it.each([
    ['encyclopedic, Sudan', "The army's division withdrew from Wad Madani on 18 December 2023. The army said it would investigate. The RSF announced the capture of the city on 19 December.",
      'RSF'],
    ['wire, Mali', 'The government fled the town on Monday, the army said. The MNLA announced the capture of Kidal on Tuesday.', 'MNLA'],
    ['sitrep, Myanmar', 'Junta troops shelled the area. The Arakan Army announced the capture of Paletwa on 15 January 2024.', 'Arakan Army'],
  ])('%s', (_case, text, side) => {
    expect(sides(text).pop()?.[1]).toBe(side);
  });
});

describe('a pronoun subject of a counted capture is the side of the story', () => {
  it.each([
    ['encyclopedic, Karabakh', 'On 4 October 2020, the Azerbaijani army took Jabrayil. The next day they took nine more villages in the district.', 9, 'Azerbaijani army'],
    ['wire, DR Congo', 'M23 rebels captured Kanyabayonga on Thursday. On Saturday they seized three more villages.', 3, 'M23 rebels'],
    ['assessment, Ukraine', 'Russian forces captured Ocheretyne on 5 May 2024. They then took two more villages nearby.', 2, 'Russian forces'],
  ])('%s', (_case, text, n, side) => {
    expect(sides(text).find(([what]) => what === n)?.[1]).toBe(side);
  });
});
