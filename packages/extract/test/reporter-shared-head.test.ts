/**
 * "Medical and security sources said", "security and medical sources said": one modifier before "and" shares the
 * role noun after it; the phrase is one reporter of a vague kind, not a stray adjective and a second reporter. Two
 * nouns of speakers ("Witnesses and residents") are still two. Sentences written for this file.
 */
import { rule } from './rule.ts';

rule('a modifier joined to another shares the role noun', [
  ['regional', 'Medical and security sources said 6 soldiers were killed in Marib.', [
    { category: 'killed', value: 6, reporters: ['Medical and security sources'] },
  ]],
  ['wire', 'At least 30 people were killed in Kidal, security and medical sources said.', [
    { category: 'killed', value: 30, reporters: ['security and medical sources'] },
  ]],
]);

rule('two nouns of speakers joined by "and" are two reporters', [
  ['wire', 'Witnesses and local residents said 8 civilians were killed in Gao.', [
    { category: 'killed', value: 8, reporters: ['Witnesses', 'local residents'] },
  ]],
]);
