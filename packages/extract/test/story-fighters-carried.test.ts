/**
 * The story's named non-state group, read more widely (issue 9, round grp1): "Militants" opening a sentence is the role
 * word, not a second group's name, so it leaves the story's group standing; "attackers" and "assailants", of no side
 * of their own, count the story's group; and a later figure of no noun ("killing 39 of them") carries the generic
 * fighters as the story's group, not as the noun's default. Sentences written for the rule (encyclopedic narrative,
 * wire, situation report; Iraq, Somalia, Mali, Nigeria); none from the corpus.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const groups = (text: string) => extract(text).map(brief).filter((f) => f.category === 'killed').map((f) => [f.value, f.group]);

describe('the story\'s named group past a capital, an attacker and a pronoun', () => {
  it('a sentence opened by "Militants" names no second group (Iraq, encyclopedic)', () => {
    expect(groups('The brigade advanced against ISIL west of Tal Afar in early June. Militants shelled its positions on 3 June. Another 26 militants were killed in the fighting that followed.'))
      .toEqual([[26, 'isis_fighters']]);
  });

  it('a sentence opened by "Insurgents" names no second group (Nigeria, wire)', () => {
    expect(groups('Troops pushed into the lake islands where ISWAP has its camps, the army said on Monday. Insurgents fired on the convoy near Baga. Nineteen insurgents were killed, a spokesman said.'))
      .toEqual([[19, 'isis_fighters']]);
  });

  it('attackers of a raid by the story\'s group are its fighters (Somalia, wire)', () => {
    expect(groups('Somali troops repelled an assault by al-Shabaab on their base near Baidoa at dawn, which left 12 attackers dead, an officer said.'))
      .toEqual([[12, 'opposition_fighters']]);
  });

  it('assailants in a story about the Islamic State are its fighters (Iraq, situation report)', () => {
    expect(groups('Security remained volatile in Anbar as the Islamic State stepped up raids on outposts. Seven assailants were killed when forces repelled an attack on a checkpoint near Rutba on 4 May.'))
      .toEqual([[7, 'isis_fighters']]);
  });

  it('attackers in a story naming no armed group stay people (Mali, situation report)', () => {
    expect(groups('Unidentified gunmen raided a market near Mopti on 2 May. Four attackers were killed by local hunters.'))
      .toEqual([[4, 'people']]);
  });

  it('"killing 39 of them" counts the story\'s group, as the militants before it (Iraq, encyclopedic)', () => {
    expect(groups('The Iraqi army launched an offensive against ISIL near Hatra in April. On 2 May it killed 15 militants near the town. It then moved to drive out the militants from the desert villages, killing 39 of them in the clashes.'))
      .toEqual([[15, 'isis_fighters'], [39, 'isis_fighters']]);
  });
});
