/**
 * A report whose title names a publisher's series ("Flash Update No. 3") and no agency is that publisher's, even when
 * its lead names another agency first ("the UN conducted a mission"); a title naming its agency keeps it. Texts
 * written for the rule (Syria, Sudan, Mozambique); none comes from the corpus.
 */
import { describe, expect, it } from 'vitest';
import { documentAuthor } from '../src/authorship.ts';
import { article } from './helpers.ts';

const doc = (title: string, body: string) => ({ ...article(`${title}\n\n${body}`), title, outlet: '' });

describe('a series the title names over an agency the lead names first', () => {
  it('a flash update with no agency in its title (Syria)', () => {
    expect(documentAuthor(doc('North-east Syria: Escalation of Hostilities - Flash Update No. 2, 9 May 2024',
      'On 8 May, the UN led an inter-agency mission to Hasakah. Some 12,000 people have been displaced since 5 May.'))).toBe('UN OCHA');
  });

  it('a title naming its agency keeps it (Sudan, Mozambique)', () => {
    expect(documentAuthor(doc('UNHCR Sudan Emergency: Regional Flash Update #4',
      'The UN and partners delivered aid to Adré. Over 9,000 refugees arrived in Chad this week.'))).toBe('UNHCR');
    expect(documentAuthor(doc('IOM DTM Mozambique - Flash Update 12',
      'The UN reported new attacks near Macomia. Some 3,400 people moved to Pemba.'))).toBe('IOM');
  });
});
