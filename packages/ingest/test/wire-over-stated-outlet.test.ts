/**
 * A page stating its site as the outlet (front matter, a manifest, an export column) that carries an agency's copy
 * under the agency's dateline: the agency published the story, the site only carries it. Pages written for the rule
 * (Somalia, Yemen); none from the corpus.
 */
import { describe, expect, it } from 'vitest';
import { ingestFiles } from '../src/index.ts';
import { file } from './helpers.ts';

const page = (outlet: string, body: string) => `---\noutlet: ${outlet}\n---\n${body}`;

describe('the outlet of a carried wire story', () => {
  it('is the agency its dateline names, over the site stated as the outlet', () => {
    const body = 'Blast hits Baidoa market\n\nBAIDOA, Somalia, May 4 (Reuters) - A car bomb killed 11 people at a market in Baidoa on Sunday, police said.\n';
    expect(ingestFiles([file('a.md', page('Horn Daily Gazette', body))]).articles[0]!.outlet).toBe('Reuters');
  });

  it('is the stated site when no agency dateline opens the story', () => {
    const body = 'Shelling in Taiz\n\nShelling killed four children in Taiz on Friday, a local health official said.\n';
    expect(ingestFiles([file('b.md', page('Aden Evening Post', body))]).articles[0]!.outlet).toBe('Aden Evening Post');
  });
});
