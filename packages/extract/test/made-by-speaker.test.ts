/**
 * "A task force set up by Mr Abiy, Africa's youngest leader, to manage the conflict said ...": the body a reduced
 * relative describes ("set up by", "formed by", "appointed by") is the speaker, not the one who made it, nor the purpose
 * clause or apposition standing between it and the verb. Sentences written for the rule, several genres and wars.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const reporters = (text: string) => extract(text).map((f) => brief(f).reporters);

describe('the body a reduced relative describes speaks', () => {
  it.each([
    // wire: the relative, an apposition of its agent and a purpose clause between commas
    ['A task force set up by the prime minister, a former general, to manage the war said 20 rebels were killed near Mekelle.', 'task force'],
    // outlet: no commas
    ['A committee formed by the governor to investigate the attack said 14 people were killed in Maiduguri.', 'committee'],
    // situation report: an appointed body and a second participle between commas
    ['The commission appointed by parliament, chaired by a retired judge, said 300 people died in the clashes in Jos.', 'commission'],
    // monitor: a network run by volunteers
    ['A network run by volunteers in Deir ez-Zor said 12 civilians were killed in the air strikes on Hajin.', 'network'],
  ])('%s', (text, name) => {
    expect(reporters(text)).toEqual([[name]]);
  });

  it('a speaker without such a relative is read as before', () => {
    expect(reporters('The regional governor, Oleh Syniehubov, said 14 people were killed in Kharkiv.')).toEqual([['Oleh Syniehubov']]);
  });
});
