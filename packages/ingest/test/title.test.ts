import { describe, expect, it } from 'vitest';
import { ingestFiles } from '../src/index.ts';
import { file } from './helpers.ts';

const titleOf = (text: string) => ingestFiles([file('t.txt', text)]).articles[0]!.title;

describe('title', () => {
  it('is the first headline-like line, which stays in the text', () => {
    const [a] = ingestFiles([file('t.txt', 'Rebels retake villages as thousands flee\n\nRebels retook two villages on Friday.')]).articles;
    expect(a!.title).toBe('Rebels retake villages as thousands flee');
    expect(a!.text.startsWith(a!.title)).toBe(true);
  });

  it('skips reading times, datelines and sign-in lines above the headline', () => {
    expect(titleOf('4 min read\n\n12 March 2019\n\nShelling resumes in Idlib\n\nShelling resumed on Tuesday.')).toBe('Shelling resumes in Idlib');
    expect(titleOf('Sign in\n\nJanuary 8, 2018\n\nArmy nears airbase\n\nThe army advanced.')).toBe('Army nears airbase');
  });

  it('allows a headline ending in a question mark', () => {
    expect(titleOf('Is Idlib next?\n\nAnalysts say the offensive is near.')).toBe('Is Idlib next?');
  });

  it('falls back to the first sentence when no line reads like a headline', () => {
    expect(titleOf('Rebels shelled the town on Monday. Two people died.\nMore fighting followed.')).toBe('Rebels shelled the town on Monday');
    const long = 'The army and allied militias backed by heavy air power launched a new offensive against the last opposition strongholds in the province after weeks of relentless strikes on towns.';
    const title = titleOf(long);
    expect(title.endsWith('…')).toBe(true);
    expect(title.length).toBeLessThanOrEqual(161);
    expect(long.startsWith(title.slice(0, -1))).toBe(true);
  });

  it('comes from front matter when given', () => {
    expect(titleOf('---\ntitle: Given title\n---\nA headline in the text\n\nBody.')).toBe('Given title');
  });
});
