/**
 * "the attack, which officials say killed 1,200 people": a background figure given in a relative clause whose speaker
 * stands between the relative pronoun and the verb of saying, as wire copy and outlets recall a war's toll. The
 * speaker is the figure's reporter; a relative clause that states no count of its own gives its speaker no figure,
 * and "X, which is based in London, said" still names X. Sentences written for the rule, in several genres and wars.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const norm = (s: string) => s.toLowerCase().replace(/^(?:the|an?)\s+/, '').trim();
const reportersOf = (text: string, value: number) =>
  extract(text).filter((f) => f.quantity?.value === value).flatMap((f) => f.reporter_texts.map(norm));

describe('the speaker inside a relative clause', () => {
  it.each([
    ['wire, Gaza', 'The war began with the October 7 attack on southern Israel, which Israeli officials say killed about 1,200 people.', 1200, 'israeli officials'],
    ['outlet, Sudan', 'The conflict, which the UN says has killed more than 150,000 people, entered its third year.', 150000, 'un'],
    ['wire, DRC', 'The offensive, which local authorities say has displaced 200,000 people, continued north of Goma.', 200000, 'local authorities'],
    ['regional outlet, Myanmar', "The junta's air strike, which the National Unity Government said killed 30 villagers, drew condemnation.", 30, 'national unity government'],
    ['think-tank, Ethiopia', 'The fighting in Amhara, which the regional health bureau says has killed 2,000 people, eased in 2024.', 2000, 'regional health bureau'],
  ])('%s: %s', (_genre, s, value, who) => expect(reportersOf(s, value)).toContain(who));
});

describe('what the relative clause does not state', () => {
  it('a clause with no count of its own gives its speaker none (Ukraine)', () => {
    expect(reportersOf('Residents fled the town, which the army said was retaken on Friday, after 12 people were killed.', 12)).not.toContain('army');
  });
  it('a clause that describes the subject leaves the subject the speaker (Syria)', () => {
    expect(reportersOf('The Syrian Observatory, which is based in Britain, said 40 fighters were killed in Deir ez-Zor.', 40)).toContain('syrian observatory');
  });
});
