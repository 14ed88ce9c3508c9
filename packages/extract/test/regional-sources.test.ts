/**
 * A news item crediting several regional officials on one "Source:" line gives each region's figures to the official
 * of that region (regional-sources.ts). Every text is written for this file, in several wars; none comes from the corpus.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

/** [category, value, reporters, basis] of every fact of a text. */
const credited = (text: string) =>
  extract(text).map((f) => [f.category, f.quantity?.value ?? null, f.reporter_texts.join(';'), f.reporter_basis]);

const UKRAINE = `Russian strikes kill three in two oblasts

Three civilians have been killed and nine injured in Russian attacks on Sumy and Chernihiv oblasts.

Source: Ivan Petrenko, Head of Sumy Oblast Military Administration; Olena Bondar, Head of Chernihiv Oblast Military Administration, on Telegram

Quote from Petrenko: "Two residents of Sumy Oblast were killed in Bilopillia on 3 May.
Another six people were injured in the oblast."

Details: In Chernihiv Oblast, a drone hit a car near Semenivka. One man was killed and three people were wounded.`;

const NIGERIA = `Gunmen kill 14 in two states

Source: Musa Bello, Commissioner for Internal Security of Kaduna State; Aliyu Sani, spokesman of Katsina State Police Command

Gunmen killed nine villagers in Kauru on Sunday.

In Katsina State, gunmen shot dead five farmers near Faskari.`;

describe('a "Source:" line of several regional officials', () => {
  it('gives each figure to the official whose region its sentence names, or whose surname opens the quote (Ukraine)', () => {
    const got = credited(UKRAINE);
    expect(got).toContainEqual(['killed', 2, 'Ivan Petrenko', 'stated']);
    expect(got).toContainEqual(['killed', 1, 'Olena Bondar', 'stated']);
    expect(got).toContainEqual(['injured', 3, 'Olena Bondar', 'stated']);
  });

  it('a sentence naming no region goes on with the one before it (Ukraine)', () => {
    expect(credited(UKRAINE)).toContainEqual(['injured', 6, 'Ivan Petrenko', 'stated']);
  });

  it('a sentence naming two regions credits neither (Ukraine)', () => {
    const lead = credited(UKRAINE).filter(([c, v]) => (c === 'killed' && v === 3) || (c === 'injured' && v === 9));
    expect(lead.length).toBeGreaterThan(0);
    for (const [, , reporters] of lead) expect(reporters).not.toMatch(/Petrenko|Bondar/);
  });

  it('a state official for his state; a figure whose sentence names no state stays unattributed (Nigeria)', () => {
    const got = credited(NIGERIA);
    expect(got).toContainEqual(['killed', 5, 'Aliyu Sani', 'stated']);
    expect(got.find(([c, v]) => c === 'killed' && v === 9)?.[2]).toBe('');
  });

  it('one official on the line stays the item\'s one source, as before (Ukraine)', () => {
    const text = 'Source: Ivan Petrenko, Head of Sumy Oblast Military Administration\n\nTwo residents of Sumy Oblast were killed in Bilopillia on 3 May.';
    expect(credited(text)).toContainEqual(['killed', 2, 'Ivan Petrenko', expect.not.stringMatching(/^$/)]);
  });
});
