/**
 * An encyclopedic page as a stored copy gives it, met in a fresh page (a Syrian siege): the copy repeats the title
 * (its address's slug "Siege_of_X", the title twice) and puts the encyclopedia's one-line description between the
 * title and the lead; the lead may say how the campaign began ("The siege of X was launched by ...", "The battle of
 * X began on ..."). It is an encyclopedic page, with no publication date: its yearless dates follow its own story.
 * A news report whose lead repeats its headline's words stays a report. Pages written for this file, several wars.
 */
import { describe, expect, it } from 'vitest';
import { ingestFiles } from '../src/index.ts';
import { file } from './helpers.ts';

const ingest = (text: string) => ingestFiles([file('p.txt', text)]).articles[0]!;

describe('a copied encyclopedic page: slug, repeated title, description line', () => {
  it.each([
    ['Syria', 'Siege_of_Nubl\n\nSiege of Nubl\n\nSiege of Nubl\n\n2013 rebel offensive in northern Syria\n\nThe siege of Nubl was launched by rebel groups on 20 July 2013. On 2 February 2016, the army broke the siege. On 3 February, troops entered the town.'],
    ['Ukraine', 'Battle_of_Kreminna\n\nBattle of Kreminna\n\nBattle of Kreminna\n\nBattle in Luhansk Oblast during the Russian invasion of Ukraine\n\nThe battle of Kreminna began on 18 April 2022, when Russian forces attacked the town. On 19 April, the town fell.'],
    ['Yemen, the title once', 'Siege of Hajour\n\n2019 siege during the Yemeni civil war\n\nThe siege of Hajour was launched by the Houthis in January 2019. On 10 March, they took the district.'],
  ])('%s', (_war, text) => {
    const a = ingest(text);
    expect(a.published).toBe('');
    expect(a.published_evidence).toMatch(/^an encyclopedic page \(its lead defines the title's subject/);
  });

  it('a news report whose lead repeats its headline keeps its date', () => {
    expect(ingest('Siege of Nubl\n\nThe siege of Nubl was launched by rebels on Monday, 22 July 2013, activists said.').published).not.toBe('');
    expect(ingest('Battle of Kreminna\n\nThe battle of Kreminna began on 18 April 2022, the governor said on Tuesday.').published).not.toBe('');
  });
});
