/**
 * A cutoff in brackets after a figure ("(as of 19 May)", "(by 6 March)") says up to when that figure counts, as a
 * flattened infobox notes its casualty lines. It dates that figure, not the lines after it: the next line's toll is the
 * campaign's. A saved copy's infobox follows a caption ending in a full stop, as the texts here do. Sentences written
 * for the rule, in several wars; none comes from the corpus or the fresh texts read for it.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const byValue = (text: string) => new Map(extract(text).map((f) => [f.quantity?.value ?? null, f]));

describe('a bracketed cutoff after a figure does not move the story date', () => {
  it.each([
    ['infobox, Ukraine', 'Battle of Vorontsivka\n\nMap of the front around the village in April.\nDate 3 March – 28 April 2016\nCasualties and losses\n140 killed (as of 19 April)\n35 killed (rebel claim)', 140, 35, 'as of 19 April'],
    ['infobox, Syria', 'Siege of Qarqas\n\nThe town seen from the south.\nDate 2–20 June 2013\nCasualties and losses\n310+ killed (by 9 June)\n64 killed (per the SOHR)', 310, 64, 'by 9 June'],
    ['infobox, Myanmar', 'Battle of Mone Pyin\n\nMap showing the advance of the resistance forces.\nDate 4 January – 12 February 2024\nCasualties and losses\n270 killed (as of 30 Jan.; per the army)\n90 captured civilians killed', 270, 90, 'as of 30 Jan.'],
    ['infobox, Sudan', 'Battle of Um Sidra\n\nSmoke over the town in May.\nDate 11–29 May 2023\nCasualties and losses\n48 soldiers killed (as of 20 May)\n120 civilians killed', 48, 120, 'as of 20 May'],
  ])('%s', (_genre, text, noted, next, cutoff) => {
    const facts = byValue(text);
    expect(facts.get(noted)?.time_phrase).toBe(cutoff);
    expect(facts.get(next)?.time_context).not.toContain(cutoff);
  });
});

describe('a cutoff that is no bracketed note of a figure still dates the story', () => {
  it.each([
    // Prose: "As of 5 May" opens the sentence, and the next sentence's figure is of that day.
    ['encyclopedic prose, Yemen', 'Battle of Harad (2019)\n\nAs of 5 May, the coalition had taken the port. Shelling killed 17 people in Harad.', 17, 'As of 5 May'],
    // A heading's note follows no figure: its date is the section's.
    ['report heading, Ethiopia', 'Situation in Tigray\n\nMekelle (as of 8 July)\nAirstrikes killed 23 civilians in Mekelle.', 23, 'as of 8 July'],
  ])('%s', (_genre, text, value, cutoff) => {
    expect(byValue(text).get(value)?.time_context.join(' ')).toContain(cutoff);
  });
});
