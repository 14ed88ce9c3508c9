/**
 * Issue 9 (dates by construction): a capture of a share of a place with a word of degree ("almost all of X", "nearly
 * the entirety of X") or a holder before the name ("militia-held X") takes X. Missing it left the sentence's own date
 * ("In early 2019, ...") unused and paired the gold capture with another fact of another day. Every sentence is
 * written for this file, in several genres and wars; none comes from the corpus.
 */
import { rule } from './rule.ts';

const cap = (places: string[], actor: string, time: string) => ({ category: 'captured' as const, places, actor, time });

rule('a share with its word of degree is a capture of the place', [
  ['encyclopedic', 'In late 2021, the Houthis seized almost all of Marib after weeks of fighting.', [
    cap(['Marib'], 'Houthis', 'In late 2021'),
  ]],
  ['wire', 'By Sunday, the jihadists had taken nearly the whole of Menaka, residents said.', [
    { category: 'captured', places: ['Menaka'], actor: 'jihadists' },
  ]],
  ['thinktank', 'In mid-2023, Wagner fighters established control over virtually the entirety of Anefis.', [
    cap(['Anefis'], 'Wagner fighters', 'In mid-2023'),
  ]],
  ['regional', 'On 3 May, the Arakan Army took practically all of Paletwa.', [
    cap(['Paletwa'], 'Arakan Army', 'On 3 May'),
  ]],
]);

rule('a holder before the name, with or without a share: "militia-held X", "the entirety of army-held X"', [
  ['encyclopedic', 'In early 2020, the LNA launched an offensive against the militias, establishing control over almost the entirety of militia-held Tarhuna.', [
    cap(['Tarhuna'], 'LNA', 'In early 2020'),
  ]],
  ['wire', 'On Friday, M23 fighters overran the remainder of army-controlled Sake.', [
    cap(['Sake'], 'M23', 'On Friday'),
  ]],
]);

rule('a share that is no capture stays none', [
  // Shelling of nearly all of a town takes nothing.
  ['monitor', 'On 12 June, shelling hit nearly all of Kafr Nabl, the monitor said.', []],
  // The degree word before a count of people is no place share.
  ['sitrep', 'Almost all of the 4,000 residents of Anefis fled on 2 March.', [{ category: 'displaced', value: 4000 }]],
]);
