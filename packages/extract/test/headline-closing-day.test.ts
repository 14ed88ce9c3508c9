/**
 * A headline that closes on its events' day after a comma, as monitors and trackers title incident notes: "Seven
 * farmers killed in drone strike on Kutum market, 3 March". The day dates the headline's figures. A sentence of the
 * body that ends the same way keeps its full stop, and is not read so. Sentences are written for this file.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const headline = (title: string) => extract(`${title}\n\nThe monitor published its note on the attacks.\n`).map(brief);

/** [war, headline, the day as written, the headline's figure]. */
const titled = (war: string, title: string, day: string, value: number) => ({ war, title, day, value });
const HEADLINES = [
  titled('Sudan', 'Seven farmers killed in drone strike on Kutum market, 3 March', '3 March', 7),
  titled('DR Congo', 'Twelve villagers killed in ADF raid near Beni, 14 Nov 2023', '14 Nov 2023', 12),
  titled('Myanmar', '5 children among 8 civilians killed in airstrike on Sagaing school, 21 Sept', '21 Sept', 8),
  titled('Yemen', 'Four fishermen wounded by shelling off Hodeidah coast, 9 Aug.', '9 Aug.', 4),
];

describe('a headline closing on a day', () => {
  for (const { war, title, day, value } of HEADLINES) {
    it(war, () => {
      const f = headline(title).find((x) => x.value === value);
      expect(f).toBeDefined();
      expect(f!.time).toBe(day);
    });
  }

  it('a body sentence ending on a day after a comma is not a headline', () => {
    const found = extract('Headline\n\nRebels said they shelled the base and killed 14 soldiers, 4 May. The army denied it.').map(brief);
    for (const f of found.filter((x) => x.value === 14)) expect(f.time).not.toBe('4 May');
  });
});
