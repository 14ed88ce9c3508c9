/**
 * "shot dead the head of the farmers' union and four nurses": a counted phrase joined by "and" to an object with no
 * figure of its own (an office or a role, "the imam", "a local council member", "the head of X") is the same verb's
 * object, so the counted group is a fact (frame-finder.ts afterUncountedConjunct). A conjunct that is no object of a
 * verb of harm counts nothing, nor a count of places after a named place ("seized the town of X and a number of
 * villages" is one capture, whose fact the named place gives). Every sentence is written for this file, in several
 * genres and wars.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const counts = (s: string) => extract(s).map(brief).map((f) => [f.category, f.value, f.group]);

describe('a counted object after an uncounted first conjunct', () => {
  it.each([
    // wire, DRC
    ['ADF fighters killed the chief of Mangina village and 11 farmers with machetes, local officials said.', [['killed', 11, 'civilians']]],
    // regional outlet, Nigeria-style banditry in the Sahel
    ['Gunmen killed the imam of the central mosque and seven worshippers in Tillaberi on Friday.', [['killed', 7, 'civilians']]],
    // wire, Ukraine
    ['The missile strike killed the director of the clinic and five patients in Kherson, the regional governor said.', [['killed', 5, 'people']]],
    // situation report, Sudan
    ['RSF fighters shot dead the head of the local resistance committee and four volunteers in El Geneina.', [['killed', 4, 'people']]],
    // monitor, Syria
    ['Regime shelling killed a local council member and six civilians in Ariha, the monitor documented.', [['killed', 1, 'people'], ['killed', 6, 'civilians']]],
    // encyclopedic narrative, Yemen
    ['In February 2021 Houthi shelling killed the sheikh of the Murad tribe and nine villagers near Marib.', [['killed', 9, 'civilians']]],
  ])('%s', (s, want) => expect(counts(s)).toEqual(want));

  it.each([
    // assessment, Myanmar: no verb that counts its object
    ['The report praised the commander of the brigade and 40 soldiers of the PDF for their discipline.'],
    // think-tank assessment, Gaza: the conjunct is a subject, not an object
    ['The director of the hospital and 12 doctors stayed behind to treat the wounded.'],
    // encyclopedic narrative, Iraq: places, not persons
    ['In the spring the army seized the old citadel of Tal Afar and a number of villages to its west.'],
  ])('no fact: %s', (s) => expect(counts(s).filter(([c]) => c === 'killed' || c === 'captured')).toEqual([]));
});
