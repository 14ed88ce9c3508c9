/**
 * The subject of suffer / lose / sustain / incur is the side that was hit, not the one that hit it (issue 9): its
 * losses have no actor, and its side names the victims when the counted noun does not (docs/data-contract.md, group
 * and actor). The verbs are rows of data/frames.csv (category `suffer`). Sentences written for this file.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const killed = (s: string) => extract(s).map(brief).filter((f) => f.category === 'killed').map((f) => [f.value, f.group, f.actor]);

describe('a side that suffered, lost, sustained or incurred deaths is their victim, not their actor', () => {
  it.each([
    ['encyclopedic, Iraq: "suffered" fatalities', 'ISIL suffered 340 fatalities in the battle for Ramadi.', [340, 'isis_fighters', '']],
    ['wire, Sudan: "suffered" deaths', 'The RSF suffered 120 deaths in the fighting around El Obeid, the army said.', [120, 'opposition_fighters', '']],
    ['assessment, Syria: "incurred" deaths', 'The Syrian army incurred 35 deaths near Palmyra during the week.', [35, 'government_forces', '']],
    ['outlet, Mali: "lost" soldiers', 'The army lost 40 soldiers in the ambush near Boulkessi.', [40, 'government_forces', '']],
    ['encyclopedic, Syria: "lost" fighters', 'ISIL lost 25 fighters in the battle for Kobani.', [25, 'isis_fighters', '']],
  ])('%s', (_case, text, want) => {
    expect(killed(text)).toEqual([want]);
  });

  it('the killer stays the actor of "killed" (Mali, DR Congo)', () => {
    expect(killed('Rebels killed 12 soldiers near Goma.')).toEqual([[12, 'government_forces', 'Rebels']]);
  });
});
