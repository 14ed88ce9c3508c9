/**
 * Monitors' bulletins that name their publisher only in the title: a series title ("ACLED Regional Overview") and a
 * monitor's name or acronym ("Civilian Impact Monitoring Project", "CIMP") from the registry (sources.csv) make the
 * monitor the author (as the title writes it) of the figures its text attributes to no one. Texts written for the
 * rule, several wars.
 */
import { describe, expect, it } from 'vitest';
import { documentAuthor } from '../src/authorship.ts';
import { extractArticle } from '../src/index.ts';
import { article } from './helpers.ts';

const report = (text: string) => ({ ...article(text), title: text.split('\n')[0]! });

describe('a monitor named by its series or its name in a bulletin\'s title', () => {
  it.each([
    ['Sahel', 'Mali: ACLED Regional Overview – Africa (3-9 May 2020)\nIn central Mali, 24 villagers were killed in an attack on Ogossagou.', 'ACLED'],
    ['Somalia', 'ACLED Regional Overview: East Africa, 11 June 2022\nAl-Shabaab militants killed 12 soldiers in an ambush near Beledweyne.', 'ACLED'],
    ['Yemen', 'CIMP Monthly Report, April 2021\nArmed violence caused 45 civilian casualties in Taiz governorate, including 19 fatalities.', 'CIMP'],
    ['Yemen', 'Civilian Impact Monitoring Project monthly report: March 2022\nSome 31 civilians were killed in Marib during the month.', 'Civilian Impact Monitoring Project'],
  ])('%s', (_war, text, author) => {
    expect(documentAuthor(report(text))).toBe(author);
    const found = extractArticle(report(text));
    expect(found.length).toBeGreaterThan(0);
    for (const f of found) expect(f.reporter_texts).toEqual([author]);
  });

  it('"Regional overview" without the monitor\'s name names no one', () => {
    expect(documentAuthor(report('Regional overview of the Sahel\nIn Burkina Faso, 30 soldiers were killed near Djibo.'))).toBe('');
  });
});
