/**
 * A registry alias of words after another nation's name or demonym names that nation's own body: "the Congolese Red
 * Cross" is the DRC's Red Cross society, not the International Committee of the Red Cross; "the Lebanese Civil
 * Defense" is not Syria's White Helmets. The registry's own nation ("the Syrian White Helmets"), an acronym ("the Sudan
 * OCHA office") and the alias alone still name the registry's source.
 */
import { describe, expect, it } from 'vitest';
import { resolveSource } from '../src/sources.ts';

describe('a nation before a registry alias', () => {
  it.each([
    ['Congolese Red Cross', 'Congolese Red Cross'],
    ['the Kenya Red Cross', 'Kenya Red Cross'],
    ['the Ukrainian Red Cross', 'Ukrainian Red Cross'],
    ['the Lebanese Civil Defense', 'Lebanese Civil Defense'],
    ['Iraqi Civil Defence', 'Iraqi Civil Defence'],
  ])('%s is that nation\'s own body', (text, name) => expect(resolveSource(text)).toBe(name));

  it.each([
    ['the Red Cross', 'International Committee of the Red Cross'],
    ['the Syrian White Helmets', 'Syrian Civil Defence'],
    ['the Sudan OCHA office', 'UN OCHA'],
    ['Civil Defence teams in Idlib', 'Syrian Civil Defence'],
  ])('%s still names the registry source', (text, name) => expect(resolveSource(text)).toBe(name));
});
