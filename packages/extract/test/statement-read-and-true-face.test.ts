/**
 * Who a quoted statement is from. `"...," the statement read` credits the statement as "said" would, so its figures
 * go to whoever issued it; and "X revealed its true face" is an accusation, not X reporting the figure that follows
 * ("as it killed 12 people"): the accused is not the source. Sentences written for the rule, in several wars.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const reporters = (text: string) => extract(text).map(brief).flatMap((f) => f.reporters);

describe('"the statement read" credits the statement', () => {
  it.each([
    ['Sudan', 'The army command said in a statement that the militia attacked the town. Heavy fighting went on overnight.\n"The militia killed 12 people in the village of Um Kadada," the statement read.', 'army command'],
    ['Ukraine', 'The regional administration issued a statement on Monday. "Russian shelling killed four civilians in Nikopol," the statement read.', 'regional administration'],
  ])('%s', (_war, text, source) => expect(reporters(text)).toContain(source));

  it('"read" before an object is no saying', () => {
    const text = 'The spokesman read the names of the dead. Gunmen killed seven villagers in Mopti, officials said.';
    expect(reporters(text)).not.toContain('spokesman');
  });
});

describe('"revealed its true face" names no source', () => {
  it.each([
    ['Syria', 'The SDF General Command said in a statement that Turkey had prepared the attack.\n"Turkey revealed through these airstrikes its real face, as it killed 11 people in the village of Tel Tamr," the statement read.', 'Turkey'],
    ['Sudan', '"The militia revealed its true colours today, as it killed 12 people in Um Kadada," the statement read.', 'militia'],
    ['Ukraine', '"Moscow has revealed its true face again: a missile killed nine people in Odesa," the mayor said.', 'Moscow'],
  ])('%s', (_war, text, accused) => {
    const found = reporters(text);
    expect(extract(text).length).toBeGreaterThan(0);
    expect(found).not.toContain(accused);
  });

  it('"revealed that" still reports', () => {
    expect(reporters('The Interior Ministry revealed on Saturday that 16 fighters were killed in Deir ez-Zor.')).toContain('Interior Ministry');
  });
});
