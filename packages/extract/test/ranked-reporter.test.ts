/**
 * Ranks and titles before a person's name ("Lt. Col.", "Brig. Gen.", "Major"): the abbreviation's full stop ends no
 * attribution; a role before the ranked person ("spokeswoman for the river flotilla Maj. X") makes one phrase whose
 * person speaks, without the ranks; a role of a registry body in apposition after the person ("Col. X, the army's
 * spokesman, said") gives the body, as "army spokesman Col. X said" does. Sentences written for the rule (wire, outlet,
 * monitor, sitrep and encyclopedic prose, several wars); none comes from the corpus.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const reporters = (text: string) => extract(text).flatMap((f) => f.reporter_texts);

describe('ranks and titles before a name', () => {
  it.each([
    ['outlet, Myanmar: a role and its task before the ranks', 'In Sagaing, spokeswoman for the river flotilla Maj. Thet Naing Oo said 16 resistance fighters were killed near the jetty.', ['Thet Naing Oo']],
    ['wire, Ukraine: two ranks, "told reporters"', 'Lt. Gen. Serhiy Naiev told reporters that drones had struck Sumy overnight, wounding 13 people.', ['Serhiy Naiev']],
    ['wire, Yemen: a role and one rank after the figure', 'Forty fighters were killed in clashes near Hajjah, spokesman Col. Tariq Saleh said.', ['Tariq Saleh']],
    ['monitor, Sahel: a spelled-out rank before one name', 'Major Ouedraogo said 7 soldiers were killed near Djibo.', ['Ouedraogo']],
    ['encyclopedic, DR Congo: an apposition naming no registry body', 'Eleven soldiers died, said Brig. Gen. Jean Mukendi, a spokesman for the regional command.', ['Jean Mukendi']],
    // A ranked person speaking for a registry body named in apposition.
    ['wire, Mozambique', "Insurgents raided a camp in Macomia, killing six soldiers, Brig. Gen. Tomas Mabote, the army's spokesman, said on Monday.", ['army']],
    ['outlet, Sudan', 'Col. Khalid Idris, the army spokesman, said 19 paramilitary fighters died in the raid.', ['army']],
    ['sitrep, Chad: a person without ranks', 'Marie Lenoir, the UNHCR spokeswoman, said 3,500 people crossed into Chad.', ['UNHCR']],
    // Titles that make a body, not a person.
    ['sitrep, Lebanon', 'About 9,000 people crossed into Syria on Sunday, according to General Security.', ['General Security']],
    ['outlet, Sudan', 'General Intelligence said 11 civilians were killed in the shelling of Bahri.', ['General Intelligence']],
  ])('%s', (_genre, text, who) => expect(reporters(text)).toEqual(who));
});
