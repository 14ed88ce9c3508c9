/**
 * A monitor the registry does not know, which defines its acronym in the lead and presents its own count there ("The
 * Sahel Conflict Observatory (SCO) in its monthly report recorded ...") or under a title naming its report ("...: SCO
 * Report"), authors the text's unattributed figures (authorship.ts, `selfDefinedAuthor`). Texts written for the rule
 * (Sahel, Nigeria, Colombia, Myanmar); none comes from the corpus.
 */
import { describe, expect, it } from 'vitest';
import { documentAuthor } from '../src/authorship.ts';
import { extractArticle } from '../src/index.ts';
import { article } from './helpers.ts';

const doc = (title: string, body: string) => ({ ...article(`${title}\n\n${body}`), title, outlet: '' });

describe('a monitor that defines itself and presents its own count', () => {
  it('"(X) in its monthly report" in the lead (monitor, Sahel)', () => {
    const d = doc('Attacks rise again in the central Sahel',
      'Violence rose sharply in March. The Sahel Conflict Observatory (SCO) in its monthly report said that attacks doubled. Gunmen carried out 31 attacks in which 54 people were killed.');
    expect(documentAuthor(d)).toBe('SCO');
    const facts = extractArticle(d).filter((f) => f.category === 'killed');
    expect(facts.map((f) => f.reporter_texts)).toContainEqual(['SCO']);
  });

  it('a title naming the report, the name defined in the lead (monitor, Nigeria)', () => {
    const d = doc('Banditry deaths climb in the north-west: NWCI Report',
      'The Nigeria Watch Conflict Institute (NWCI) counted the dead across four states. Bandits killed 120 people in Zamfara in June.');
    expect(documentAuthor(d)).toBe('NWCI');
  });

  it('an armed group or a party defined in the lead authors nothing (outlet, Myanmar; wire, Colombia)', () => {
    expect(documentAuthor(doc('Fighting in Rakhine',
      'The Arakan Army (AA) captured two bases. Some 4,000 people fled Mrauk-U on Monday.'))).toBe('');
    expect(documentAuthor(doc('Displacement in Catatumbo',
      'The National Liberation Army (ELN) attacked villages near Tibú. More than 30,000 people fled, officials said.'))).toBe('');
  });
});
