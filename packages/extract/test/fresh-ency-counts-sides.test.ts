/**
 * Counts and sides met in fresh encyclopedic pages (issue 9), on sentences written for this file in several wars:
 * "the remaining four villages", "half a dozen villages", "15 of these villages" are counted captures; the subject of
 * a clause after "but" took what that clause says ("the army held two posts, but ultimately ISIL managed to capture X");
 * the agent of an assault in subject position took the ground ("a joint attack by militants from ISIL captured X").
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const captures = (text: string) =>
  extract(text).filter((f) => f.kind === 'territory' && f.category === 'captured').map((f) => ({ value: f.quantity?.value ?? null, actor: f.actor_text }));

describe('counted captures', () => {
  it.each([
    ['Syria, "the remaining"', 'Later that day, the army captured the remaining four villages that ISIL held near Lake Jabbul.', 4],
    ['Ukraine, "the remaining"', 'On 9 June 2022, Ukrainian troops took the remaining two villages north of Izium.', 2],
    ['Sudan, "half a dozen"', 'On 9 June 2023, the RSF seized half a dozen villages east of Geneina.', 6],
    ['Karabakh, "half a dozen"', 'On 14 October 2020, Azerbaijani forces captured half a dozen villages in Jabrayil District.', 6],
    ['Syria, "of these villages"', 'ISIL pulled out of some 20 villages near Lake Assad. By the end of the day, the army captured 15 of these villages.', 15],
    ['Myanmar, "of those villages"', 'The Arakan Army surrounded nine villages near Paletwa. By evening its fighters had seized six of those villages.', 6],
  ])('%s', (_case, text, value) => {
    expect(captures(text).map((c) => c.value)).toContain(value);
  });

  it('"one of the villages" is still a member of a set, not a count', () => {
    expect(captures('One of the villages near Paletwa was captured by the Arakan Army on 3 May 2024.').map((c) => c.value)).not.toContain(1);
  });
});

describe('a clause after "but" has its own subject', () => {
  it.each([
    ['Syria', 'On 4 March 2016, government troops held two checkpoints near Tal Rifaat, but ultimately the rebels managed to capture Tal Rifaat.', 'rebels'],
    ['Ukraine', 'On 4 March 2022, Ukrainian forces held the bridge for a day, but Russian troops then captured Izium.', 'Russian troops'],
    ['Libya', 'On 6 April 2019, GNA fighters repelled the first assault, but the LNA captured Gharyan by evening.', 'LNA'],
  ])('%s', (_war, text, actor) => {
    expect(captures(text).map((c) => c.actor)).toEqual([actor]);
  });

  it('each clause keeps its own subject when both take ground (checkpoints are places: place-nouns.csv)', () => {
    const text = 'On 4 March 2016, government troops retook two checkpoints near Tal Rifaat, but ultimately the rebels managed to capture Tal Rifaat.';
    expect(captures(text)).toEqual([{ value: 2, actor: 'government troops' }, { value: null, actor: 'rebels' }]);
  });

  it.each([
    ['Syria', 'By the next day, a joint attack by militants from both ISIL and Jund al-Aqsa captured the village of Rasm al-Ahmar.', 'ISIL'],
    ['Karabakh', 'On 9 October 2020, an assault by Azerbaijani troops captured Hadrut.', 'Azerbaijani troops'],
    ['Sudan', 'On 19 December 2023, a sudden offensive by the RSF captured Wad Madani.', 'RSF'],
  ])('an assault "by" its agent took the ground (%s)', (_war, text, actor) => {
    expect(captures(text).map((c) => c.actor)).toEqual([actor]);
  });

  it('a "but" clause without a subject takes the main clause\'s', () => {
    expect(captures('On 2 May 2021, the Houthis were repelled at the dam but captured Kofal hours later.').map((c) => c.actor)).toEqual(['Houthis']);
  });
});

const placesTaken = (text: string) => extract(text).filter((f) => f.kind === 'territory').map((f) => [f.category, f.place_mentions.map((p) => p.text)]);

describe('a list of places taken, with an aside between its members', () => {
  it.each([
    ['Syria, other name and location', 'On 6 May 2017, the army recaptured Tal Hamra Hill (Tell Hamra), outside Suran, and Kawkab.', ['Tal Hamra Hill', 'Kawkab']],
    ['Ukraine, location', 'On 12 September 2022, Ukrainian troops retook Hrakove, east of Balakliia, and Volokhiv Yar.', ['Hrakove', 'Volokhiv Yar']],
    ['DR Congo, location', 'On 2 June 2022, the M23 seized Bunagana, north of Jomba, and Rutshuru.', ['Bunagana', 'Rutshuru']],
  ])('%s', (_case, text, places) => {
    expect(placesTaken(text)).toEqual([['captured', places]]);
  });
});

describe('"re-entered", "re-captured": a verb of taking with a hyphenated "re-"', () => {
  it.each([
    ['Syria', 'The following morning, the army re-entered Suran.', 'entered', 'Suran'],
    ['Ukraine', 'On 3 March 2023, Wagner fighters re-entered Soledar after a week of fighting.', 'entered', 'Soledar'],
    ['Ethiopia', 'On 4 August 2021, the TDF re-captured Lalibela.', 'captured', 'Lalibela'],
  ])('%s', (_war, text, category, place) => {
    expect(placesTaken(text)).toEqual([[category, [place]]]);
  });
});
