/**
 * Two ways news names where a figure is: a division's possessive before a smaller place ("Sagaing Region's Kani
 * Township", "Cabo Delgado Province's Macomia district"), which places the smaller one as the possessor's cue did; and
 * "fighting for X", the place fought over, as "the battle for X" and "the fight for X" are (places.ts). Sentences
 * written for this file, in several genres and wars; the places are ones no gazetteer need know.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const places = (text: string) => extract(text).flatMap((f) => f.place_mentions.map((p) => p.text));

describe("a division's possessive before a smaller place", () => {
  it.each([
    ['outlet, Myanmar', "A junta airstrike on a monastery in Sagaing Region's Kani Township killed 11 people on Wednesday.", 'Kani Township'],
    ['wire, Mozambique', "Insurgents killed seven villagers in Cabo Delgado Province's Mbau district on Tuesday, police said.", 'Mbau'],
    ['sitrep, Niger', "Some 4,200 people fled Tillabéri Region's Tera department after attacks on 3 May, OCHA said.", 'Tera'],
  ])('%s', (_genre, text, place) => {
    expect(places(text)).toContain(place);
  });

  it('a possessive that is no division is no such link', () => {
    expect(places("Shelling on the army's Kassala camp position killed 3 soldiers, the army said.")).not.toContain('Kassala camp position');
  });
});

describe('fighting for a place', () => {
  it.each([
    ['wire, Sudan', 'Fighting for El Fasher has forced more than 130,000 people from their homes since mid-April, according to IOM.', 'El Fasher'],
    ['encyclopedic, Ukraine', 'The fighting for Vuhledar killed at least 40 civilians between October 2022 and February 2023.', 'Vuhledar'],
    ['assessment, Myanmar', 'Fighting for Lashio has displaced some 20,000 residents since 3 July, the UN said.', 'Lashio'],
  ])('%s', (_genre, text, place) => {
    expect(places(text)).toContain(place);
  });
});
