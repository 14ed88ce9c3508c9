/**
 * A copy of an encyclopedic campaign page that kept neither its infobox nor a lead defining its title (a mirror's
 * summary, a page cut to its paragraphs) is known by its shape: a title naming a campaign, no report of the day, and
 * the encyclopedia's section headings or dates over months. It then has no publication date. Texts written for this
 * file, several wars and shapes.
 */
import { describe, expect, it } from 'vitest';
import { ingestFiles } from '../src/index.ts';
import { file } from './helpers.ts';

/** A page of paragraphs, its title first. */
const page = (...paragraphs: string[]) => ingestFiles([file('p.txt', paragraphs.join('\n\n'))]).articles[0]!;

/** Campaign pages by shape, with what their evidence must name. */
const PAGES: [string, string[], RegExp][] = [
  ['title "Battle of X" and a Background heading (Yemen)', [
    'Battle of Harad',
    'Government troops pushed north along the coast on 4 March 2019 and reached the outskirts of the town.',
    'Background',
    'The town had been held by the rebels since 2015, when they drove out the local garrison.',
    'On 9 March, the army took the grain silos east of the town.',
  ], /'Battle of Harad', and it has the section 'Background'/],
  ['a year before the name and an "Aftermath" heading (Sudan)', [
    '2024 Sennar offensive',
    'Paramilitary units entered Singa on 29 June, and the state governor fled east.',
    'Aftermath',
    'Aid agencies counted some 55,000 people displaced towards Gedaref by 5 July.',
  ], /section 'Aftermath'/],
  ['a tail noun, a period in brackets and dated paragraphs over three months (Ethiopia)', [
    'Wollo counteroffensive (2021)',
    'On 22 November 2021, federal forces opened a push towards the highway towns.',
    'By 6 December, the army had retaken Dessie and Kombolcha.',
    'In late January, the front had settled near the regional border.',
  ], /dates events in 3 months/],
  ['"Siege of" with an Arabic article in the name (Syria)', [
    'Siege of al-Fua',
    'Rebel groups cut the last road on 28 March 2015.',
    'On 11 June, a first convoy of food entered the villages.',
    'On 3 September, shelling killed nine residents.',
  ], /'Siege of al-Fua'/],
];

describe('a campaign page known by its shape has no publication date', () => {
  it.each(PAGES)('%s', (_name, paragraphs, evidence) => {
    const a = page(...paragraphs);
    expect(a.published).toBe('');
    expect(a.published_evidence).toMatch(evidence);
  });
});

/** Texts that look like a campaign page in part, but report: each keeps a publication date. */
const REPORTS: [string, string[]][] = [
  ['a campaign title but a weekday in the text (Ukraine)', [
    'Battle of Kupiansk',
    'Russian troops shelled the town on Tuesday, officials said, after a push that began on 2 August 2024.',
    'On 9 September, a second assault failed.',
    'On 14 October, the governor ordered families to leave.',
  ]],
  ['a headline with a verb after the name (DRC)', [
    'Battle for Sake rages on as rebels close in',
    'Fighting flared on 7 February 2024 around the town.',
    'On 23 February, shells hit a camp.',
    'On 4 March, the army said it held the ridge.',
  ]],
  ['a title-case headline with the campaign noun capitalised (Myanmar)', [
    'Junta Launches New Offensive',
    'Troops moved on the town on 2 January 2024.',
    'On 19 February, airstrikes hit the market.',
    'On 8 March, residents fled west.',
  ]],
  ['a campaign title over a wire dateline (Somalia)', [
    'Battle of Afgoye',
    'MOGADISHU, 12 March 2017 (AFP) - Troops pushed into the town, which militants took on 3 January 2017.',
    'Fighting there had already displaced 4,000 families by 20 February.',
  ]],
  ['a campaign title with dates of one month only and no headings (Iraq)', [
    'Anbar offensive',
    'Security forces moved into the western districts on 3 May 2016, police said.',
    'On 11 May, troops reached the river crossing.',
  ]],
];

describe('a report keeps its date', () => {
  it.each(REPORTS)('%s', (_name, paragraphs) => {
    expect(page(...paragraphs).published).not.toBe('');
  });
});
