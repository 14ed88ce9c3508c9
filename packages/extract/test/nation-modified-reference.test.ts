/**
 * A generic noun with a capitalised modifier in a reporter's place ("the US military", "the Syrian army", "the
 * British-based monitor") refers back to a source named before only when the modifier is a word of that source's
 * name or says where it is based (attribution.ts, `resolve`): "the US military stated" after the Syrian Arab Army was
 * named is the US military, not the Syrian army. Sentences written for the rule.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const reportersOf = (text: string, count: string) => extract(text).find((f) => f.count_phrase === count)?.reporter_texts;

describe('a nation before a generic noun is no back-reference to another nation\'s source', () => {
  it.each([
    ['encyclopedic, Syria', 'Rebels tried to block the Syrian Arab Army. On 13 April, the US military stated that the strike killed 18 SDF fighters near Tabqa.', '18', ['US military']],
    ['encyclopedic, Syria, carried', 'Rebels tried to block the Syrian Arab Army. On 13 April, the US military stated that jets had bombed an SDF position. It added that the strike killed 18 SDF fighters.', '18', ['US military']],
    ['wire, Somalia', 'Al-Shabaab attacked a base of the Somali National Army. The Kenyan military stated that its troops killed 20 militants near Kismayo.', '20', ['Kenyan military']],
  ])('%s', (_genre, text, count, reporters) => {
    expect(reportersOf(text, count)).toEqual(reporters);
  });

  it('a modifier of the named source, or a place of basing, still refers back', () => {
    expect(reportersOf('The Syrian Observatory for Human Rights tracked the fighting. The British-based monitor said 9 civilians died in Idlib.', '9'))
      .toEqual(['Syrian Observatory for Human Rights']);
  });
});
