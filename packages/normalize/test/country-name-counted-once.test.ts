/**
 * The article's country (places/country.ts): a country's own name is counted once, as a name, not again as a place of
 * itself when a fact's place list holds it ("spilling into Eritrea"). A neighbour the story keeps naming must not
 * outvote the places where the fighting is. Invented sentences of two wars: a wire story and a situation report.
 */
import { describe, expect, it } from 'vitest';
import type { ExtractedFact } from '@frontline/schema';
import { loadGazetteer, normalizeArticle } from '../src/index.ts';
import { article, fact, mention } from './factory.ts';

const gz = loadGazetteer();

const country = (name: string) => mention(name, { feature_hint: 'country' });
const countryOf = (facts: ExtractedFact[], text: string) => normalizeArticle(facts, article(), gz, { text }).country;

describe('a country named as a fact\'s place votes once, as a name', () => {
  it('wire (Ethiopia): a town taken in Tigray, the war spilling into a neighbour the text names three times', () => {
    const text = 'Ethiopian troops captured a town in Tigray. The fighting spilled into Eritrea, which Eritrea denies; Eritrea closed its border.';
    const facts = [
      fact({ kind: 'territory', category: 'captured', place_mentions: [mention('Tigray', { feature_hint: 'area' })] }),
      fact({ kind: 'casualty', category: 'killed', sentence_index: 1, place_mentions: [country('Eritrea')] }),
    ];
    expect(countryOf(facts, text)).toBe('ET');
  });

  it('situation report (Sudan): people fled a Darfur town to a neighbour the report names three times', () => {
    const text = 'Sudanese families fled El Geneina after RSF attacks. Some 20,000 refugees crossed into Chad; Chad opened transit sites and Chad registered them.';
    const facts = [
      fact({ kind: 'casualty', category: 'killed', place_mentions: [mention('El Geneina')] }),
      fact({ kind: 'displacement', category: 'displaced', sentence_index: 1, place_mentions: [country('Chad')] }),
    ];
    expect(countryOf(facts, text)).toBe('SD');
  });

  it('situation report (Ukraine): a country name that is also a town\'s elsewhere (Poland, Maine) still votes once', () => {
    const text = 'Shelling of Kharkiv killed 4 people. Thousands crossed into Poland; Poland registered them.';
    const facts = [
      fact({ place_mentions: [mention('Kharkiv')] }),
      fact({ kind: 'displacement', category: 'displaced', sentence_index: 1, place_mentions: [country('Poland')] }),
    ];
    expect(countryOf(facts, text)).toBe('UA');
  });
});
