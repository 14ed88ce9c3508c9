/**
 * "The day before yesterday" is two days before the report's own day, as "yesterday" is one: it names its day from the
 * writer's present, not from the date the text has reached. Read as "the day before" (an anaphoric step), it landed a
 * day off, or a day before whatever earlier date the story had named. Every text is written for this file.
 */
import { describe, expect, it } from 'vitest';
import { periodOfCount as periodOf } from './dated-text.ts';

describe('"the day before yesterday" counts two days back from the report, not one from the story', () => {
  it.each([
    ['wire, Ukraine',
      'Shelling hits Kharkiv suburb\n\nKYIV, March 14, 2024 (Reuters) - Russian shelling killed four civilians in a suburb of Kharkiv the day before yesterday, the regional governor said on Thursday. Repair crews restored power to most homes.',
      4, ['2024-03-12', '2024-03-12']],
    ['regional outlet, Sudan',
      'Militia raid near Nyala\n\nNYALA, 5 February 2024 - Gunmen on motorcycles killed seven farmers in a village east of Nyala the day before yesterday, relatives told this station. The village had been attacked once before, on 20 January.',
      7, ['2024-02-03', '2024-02-03']],
    ['outlet, Myanmar, after an earlier dated sentence',
      'Airstrike on Sagaing village\n\nYANGON, 9 October 2023 - The army launched a new offensive in Sagaing on 1 October. An airstrike on a monastery in Pale Township killed 12 villagers the day before yesterday, a local resistance spokesman said.',
      12, ['2023-10-07', '2023-10-07']],
    ['UN news, Gaza, after an earlier dated sentence',
      'Strike on school shelter\n\nGENEVA, 12 August 2024 - The agency said its shelters had been hit 21 times since 1 July. A strike on a school used as a shelter in Gaza City killed 19 displaced people the day before yesterday, the agency added.',
      19, ['2024-08-10', '2024-08-10']],
    ['regional outlet, DRC, after an earlier dated sentence',
      'Attaque près de Beni\n\nBENI, 25 May 2023 - The army announced a new operation against the ADF on 18 May. ADF rebels killed eight farmers near Oicha the day before yesterday, civil society leaders said.',
      8, ['2023-05-23', '2023-05-23']],
    ['wire, Yemen, sentence-initial',
      'Strikes near Hodeidah\n\nADEN, July 18, 2019 (AFP) - The day before yesterday, coalition air strikes killed nine fishermen off the coast of Hodeidah, a medical official said. Fighting continued on Thursday.',
      9, ['2019-07-16', '2019-07-16']],
  ])('%s', (_genre, text, count, period) => {
    expect(periodOf(text, count)).toEqual(period);
  });

  it('leaves "the day before" an anaphoric step from the date the story has reached', () => {
    const text = 'Fighting in Ituri\n\nBUNIA, 20 June 2022 - Militiamen attacked the village of Walu on 14 June. The day before, 15 villagers had been killed near the same market, a local official said.';
    expect(periodOf(text, 15)).toEqual(['2022-06-13', '2022-06-13']);
  });
});
