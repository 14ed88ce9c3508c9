/**
 * A rank names the person killed (issue 9, fourth round of fresh wire texts): "a staff sergeant had been killed" is one
 * soldier, "two sergeants were wounded" two. Every sentence is written for this file (other wars, places and numbers).
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const casualties = (text: string) => extract(text).filter((f) => f.kind === 'casualty').map((f) => [f.category, f.group, f.quantity?.value]);

describe('a sergeant is a soldier', () => {
  it.each([
    ['wire, Niger', 'The army said a staff sergeant had been killed by gunmen near Tillaberi on Friday.', ['killed', 'government_forces', 1]],
    ['outlet, Afghanistan', 'Two police sergeants were wounded when a bomb exploded in Lashkar Gah, officials said.', ['injured', 'government_forces', 2]],
    ['wire, Ukraine', 'A sergeant died of his wounds in a hospital in Dnipro, the brigade said.', ['killed', 'government_forces', 1]],
  ])('%s', (_genre, text, expected) => expect(casualties(text)).toContainEqual(expected));
});
