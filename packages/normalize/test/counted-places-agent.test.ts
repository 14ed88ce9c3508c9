/**
 * "3 villages fell to the army", "4 towns were taken by ISIL": when the counted places are the subject of the verb of
 * capture, the side that took them is the agent after it ("to X", "by X"), not the subject of an earlier sentence.
 * Campaign narratives and wire copy write captures so. Sentences written for this file, several wars.
 */
import { describe, expect, it } from 'vitest';
import { facts } from './dated-text.ts';

const PAGE = (title: string, body: string) => `${title}\n\nThe ${title} was a campaign of the war.\n\n## Campaign\n${body}`;

describe('counted places as the subject: the side after "to"/"by" took them', () => {
  it.each([
    ['Syria', PAGE('Hama offensive (2016)', 'On 1 September, the rebels attacked Halfaya. On 5 September, three villages fell to the army.'), 'government'],
    ['Iraq', PAGE('Anbar campaign (2014)', 'On 2 June, the army shelled Fallujah. On 9 June, four towns were taken by ISIL.'), 'isis'],
    ['Syria (Kurdish)', PAGE('Hasakah offensive (2015)', 'On 10 May, ISIL attacked Tel Tamer. On 12 May, two villages were recaptured by Kurdish forces.'), 'kurdish'],
    ['Sudan', PAGE('Gezira offensive (2024)', 'On 3 March, the army shelled Wad Madani. On 6 March, five villages fell to the RSF.'), 'opposition'],
  ])('%s', (_war, text, actor) => {
    const got = facts(text).filter((f) => f.kind === 'territory' && f.count_best !== null && f.count_best > 1);
    expect(got.map((f) => f.actor)).toEqual([actor]);
  });
});
