/**
 * "X accused Y of killing N": the accuser is who gives the figure (its reporter), not the accused. Sentences written
 * for the rule, in several genres and wars; "accused" with no "of <deed>" after it, or in the passive ("was accused of killing"), says nothing.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const norm = (s: string) => s.toLowerCase().replace(/^(?:the|an?)\s+/, '').trim();
const reporters = (s: string) => extract(s).flatMap((f) => f.reporter_texts.map(norm));

describe('the accuser reports the figure', () => {
  it.each([
    ['wire, Sudan', "Sudan's Foreign Ministry accused the RSF on Saturday of killing more than 60 civilians in a strike on a market in Omdurman.", "sudan's foreign ministry"],
    ['wire, Ukraine', 'The Ukrainian military accused Russian forces of killing 11 civilians in the shelling of Kherson on Monday.', 'ukrainian military'],
    ['outlet, Yemen', 'The Houthi health ministry accused the Saudi-led coalition of killing 20 people in air strikes on Saada.', 'houthi health ministry'],
    ['monitor, Myanmar', 'The National Unity Government accuses the junta of having killed 17 villagers in Sagaing Region last week.', 'national unity government'],
    ['wire, DRC', 'The army accused M23 rebels of displacing 5,000 people from villages near Sake.', 'army'],
  ])('%s: %s', (_genre, s, who) => expect(reporters(s)).toContain(who));

  it.each([
    // accused of a crime with no harm figure after "of": the verb still names no reporter of the figure before it
    'Twelve soldiers were killed in Mosul, and the officer was later accused of negligence.',
    // the accused, not the accuser: a passive names no one who gave the figure
    'The officer, accused of killing 30 civilians in Beni last year, was arrested in Goma.',
  ])('no accuser: %s', (s) => expect(reporters(s)).not.toContain('officer'));
});
