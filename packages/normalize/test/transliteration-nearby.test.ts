/**
 * A region pack's transliteration near the mention's own paragraph beats an exact spelling far away (issue 9,
 * disambiguate.ts `transliterationNearby`): a writer spells a village as heard, and the one exact spelling in the
 * pack is a namesake in another governorate. Invented texts in two wars and two genres; the places are real.
 */
import { describe, expect, it } from 'vitest';
import { on, placed } from './dated-text.ts';

describe('a transliteration beside the paragraph\'s places', () => {
  // "Turumbah" is spelled exactly as a village of Al-Hasakah; the pack spells the village beside Saraqib "Tromba".
  const monitor = on('2020-02-04', [
    'Regime forces shelled Saraqib and Afis overnight, the Syrian Observatory for Human Rights said.',
    '',
    'Warplanes struck Saraqib on Monday. A further four civilians were killed in Turumbah, the Observatory said.',
  ].join('\n'));
  it('monitor, Idlib offensive: the village beside Saraqib, not its exact namesake in Al-Hasakah', () => {
    expect(placed(monitor, 'Turumbah')[1]).toEqual(['Idlib']);
  });

  // "Miserefe" is spelled exactly as a village of Aleppo; the pack spells the one west of Tell Tamer "Miserfa".
  const wire = on('2019-03-11', [
    'QAMISHLI, Syria, March 11 (Reuters) - Islamic State militants attacked Kurdish-led forces in Hasakah province, a local official said.',
    '',
    'The attack near Tell Tamer in Hasakah province was repelled on Sunday. Three SDF fighters were killed in Miserefe, the official said.',
  ].join('\n'));
  it('wire, war against Islamic State: the village beside Tell Tamer, not its exact namesake in Aleppo', () => {
    expect(placed(wire, 'Miserefe')[1]).toEqual(['Al-Hasakah']);
  });

  // With no place around it, the exact spelling still decides.
  const alone = on('2020-02-04', 'Four civilians were killed in Turumbah on Monday, the Syrian Observatory for Human Rights said.');
  it('alone, the exact spelling', () => {
    expect(placed(alone, 'Turumbah')[1]).toEqual(['Al-Hasakah']);
  });
});
