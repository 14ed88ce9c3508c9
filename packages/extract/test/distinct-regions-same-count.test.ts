/**
 * One figure told for two first-level regions in two sentences ("one in the Odesa region ... One man was killed in the
 * Kherson region") is two facts, not a restatement: neither region holds the other (index.ts, sameFact). Sentences
 * written for the rule (a headline, then a wire round-up's two sentences) in several wars.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const counted = (text: string, value: number) => extract(text).map(brief).filter((f) => f.category === 'killed' && f.value === value);

describe('the same count in two regions', () => {
  it.each([
    ['Ukraine', "Russian strikes hit Ukraine\n\nTwo people died in the Sumy region and one in the Odesa region, the state emergency service said.\n\nOne man was killed in the southern Kherson region, according to the regional governor.", 1, ['Odesa', 'Kherson']],
    ['Syria', 'Shelling hits north-west Syria\n\nShelling killed three civilians in Hama province and one in Latakia province, the monitor said.\n\nOne civilian was killed in Idlib province, according to the civil defence.', 1, ['Latakia', 'Idlib']],
    ['Nigeria', 'Bandits attack villages in the north-west\n\nGunmen killed four farmers in Zamfara State and two in Katsina State, police said.\n\nTwo vigilantes were killed in Sokoto State, according to a local official.', 2, ['Katsina', 'Sokoto']],
    ['Afghanistan', 'Bombs hit southern Afghanistan\n\nRoadside bombs killed five soldiers in Helmand province and three in Kandahar province, officials said.\n\nThree policemen were killed in Zabul province, a provincial spokesman said.', 3, ['Kandahar', 'Zabul']],
  ])('%s: both regions keep their fact', (_war, text, value, regions) => {
    const got = counted(text, value);
    for (const region of regions) expect(got.some((f) => f.places.some((p) => p.includes(region)))).toBe(true);
  });
});
