/**
 * A document held by a back-reference to a source ("the report of the network", "the mission's report") speaks for
 * the source that back-reference stands for, as "the network said" does (reporter-phrase.ts, documentHolder). Texts
 * written for the rule.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const reporters = (text: string) => extract(text).map(brief).map((f) => [f.value, f.reporters]);

describe('the document of a back-referenced source', () => {
  it.each([
    ['Syria monitor', 'The Syrian Observatory for Human Rights said 210 people were killed in Idlib in June. The report of the observatory said that 35 children were killed in Idlib in June.', 'Syrian Observatory for Human Rights'],
    ['Ukraine mission', 'The UN Human Rights Monitoring Mission in Ukraine recorded 140 civilian deaths in Donetsk in May. The mission\'s report stated that 12 children were killed in Kharkiv in May.', 'UN Human Rights Monitoring Mission in Ukraine'],
    ['Yemen project', 'The Yemen Data Project recorded 22 civilian deaths in Marib in March. The project\'s summary said that 6 children were killed in Marib in March.', 'Yemen Data Project'],
  ])('%s', (_genre, text, source) => {
    const got = reporters(text);
    expect(got.length).toBe(2);
    expect(got[1]![1]).toEqual([source]);
  });

  it('a document of a source the text never named gives no reporter', () => {
    const got = reporters('Shelling hit Kherson overnight. The report of the committee said that 4 people were killed in Kherson.');
    expect(got[0]![1]).toEqual([]);
  });
});
