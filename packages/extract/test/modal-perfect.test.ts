/**
 * The modal perfect tells what did not happen ("the breach could have potentially killed thousands", "would have
 * displaced 40,000 residents", "might have killed dozens had it exploded"): no fact (modality.ts `modalBefore`).
 * A figure stated beside it in the same sentence is still one. Sentences written for the rule.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const counts = (text: string) => extract(text).map((f) => f.count_phrase);

describe('a modal perfect gives no figure', () => {
  it.each([
    ['encyclopedic, Syria', 'Engineers repaired the dam before it collapsed, which could have potentially killed thousands of civilians.'],
    ['outlet, Yemen', 'The missile could have killed 300 people in the Marib market, officials said.'],
    ['situation report, Ukraine', 'A breach of the Kakhovka dam upstream would have displaced 40,000 residents.'],
    ['wire, Nigeria', 'The bomb might have killed dozens of worshippers in Maiduguri had it exploded.'],
  ])('%s', (_genre, text) => {
    expect(counts(text)).toEqual([]);
  });

  it('a stated figure beside a counterfactual one is kept', () => {
    expect(counts('By 3 May, 12 soldiers had been killed in Gao, and 40 more would have died without the airlift.')).toEqual(['12']);
  });
});
