/**
 * Whole-line patterns for page furniture that is not the article: photo captions and credits, sign-in and share
 * widgets, reading times, legal footers, ads. Each pattern describes a family of lines, never one site's wording,
 * and is anchored at both ends or bounded in length so that it cannot swallow a paragraph of prose.
 */
import { alternation, countWords } from '@frontline/nlp/dates';
import { parseRegistry } from '@frontline/schema';
import { readDataFile } from './data.ts';
import { agencies, furniture } from './page-words.ts';

export interface LineRule {
  reason: string;
  test: (line: string) => boolean;
}

const re = (pattern: RegExp) => (line: string) => pattern.test(line);
const short = (max: number, pattern: RegExp) => (line: string) => line.length <= max && pattern.test(line);

// News agencies and picture desks whose names stand alone on a line as a photo credit; the share buttons' labels.
const AGENCY = `(?:${agencies('photo_credit')})`;
const SOCIAL = `(?:${furniture('social')})`;
// Agencies whose photo credit puts the agency before the photographer's name, as their desks write it.
const PHOTO_DESK = '(?:REUTERS|Reuters|AFP|EPA(?:-EFE)?|\\(?AP Photo|Xinhua|Anadolu(?: Agency)?|SANA|dpa|UPI|Sputnik|TASS)';
// A photographer's name or a desk note ("Stringer", "File Photo"): one to four capitalised words.
const CREDIT_NAME = "[A-Z][\\w'.-]*(?: [A-Z][\\w'.-]*){0,3}";
const ACCOUNT = furniture('account');
// The subject of a caption: "This file photo", "A handout picture", "An aerial image".
const PHOTO_SUBJECT = new RegExp(String.raw`^(?:this|a|an|the)\s+(?:(?:${furniture('photo_kind')})\s+)*(?:${furniture('photo_noun')})\b`, 'i');
const NUM_WORD = `(?:\\d+|${alternation(countWords(30))})`;

// The labels of a credit field ("Source:", "Photo credit:", "Images:"): data/credit-labels.csv, read at first use.
let creditField: RegExp | null = null;
function creditFieldPattern(): RegExp {
  const labels = () => parseRegistry(readDataFile('credit-labels.csv'), 'credit-labels.csv', ['label', 'example']).map((r) => r.label!);
  creditField ??= new RegExp(String.raw`\s[–—|-]\s*(?:${alternation(labels())})s?(?: credit)?\s*:\s*[^.:]{1,80}\.?$`, 'i');
  return creditField;
}
// A page's stamp can carry the same field ("12 May 2025 | Source: OCHA"): a caption describes, so a lower-case word of
// four letters or more stands before its credit.
const DESCRIBES = /(?:^|[^\p{L}])\p{Ll}{4,}/u;

/** A caption closed by a labelled credit after a dash or bar, its description before it. */
function describedWithCredit(line: string): boolean {
  const credit = line.length <= 600 ? creditFieldPattern().exec(line) : null;
  return credit !== null && DESCRIBES.test(line.slice(0, credit.index));
}

/** Tests on one trimmed, non-empty line, first match wins. */
export const LINE_RULES: LineRule[] = [
  { reason: 'legal', test: re(/\ball rights reserved\b/i) },
  {
    reason: 'legal',
    test: short(60, new RegExp(`^(?:${furniture('legal')})$`, 'i')),
  },
  { reason: 'cookie', test: short(300, /^(?:cookies?\b|(?:we|this (?:web)?site) uses? cookies\b)/i) },
  {
    reason: 'advertisement',
    test: short(60, new RegExp(`^(?:${furniture('advertisement')})$`, 'i')),
  },
  // A row of account links ("Sign in | Register"); a lone "Subscribe" line is the next rule's.
  { reason: 'sign_in', test: short(60, new RegExp(`^(?!subscribe\\b)(?:${ACCOUNT})(?:\\s*[/|•·,]\\s*(?:${ACCOUNT}))*$`, 'i')) },
  { reason: 'subscribe', test: short(100, /^subscribe\b[^.!?]*[.!]?$/i) },
  {
    reason: 'reading_time',
    test: short(60, new RegExp(`^(?:reading time:?\\s*${NUM_WORD}[- ]?(?:min|mins|minutes?)(?: read)?|${NUM_WORD}[- ]?(?:min|mins|minutes?) read)(?:\\s*[·•|-].*)?$`, 'i')),
  },
  { reason: 'share', test: short(80, new RegExp(`^(?:share(?: (?:this|the))?(?: article| story| post| page| on ${SOCIAL}| via ${SOCIAL}| this)?|tweet)$`, 'i')) },
  { reason: 'share', test: short(120, new RegExp(`^${SOCIAL}(?:\\s*[|/•·,]?\\s*${SOCIAL})*$`, 'i')) },
  { reason: 'credit', test: short(60, new RegExp(`^(?:(?:photo|picture|image|credit|photograph)s?\\s*(?:credit)?\\s*:\\s*)?${AGENCY}(?:\\s*(?:/|via)\\s*[^.]{1,40})?$`, 'i')) },
  { reason: 'credit', test: short(40, /^[©Ⓒ][^|]*$/) },
  { reason: 'caption', test: short(600, /^[©Ⓒ]/) },
  {
    // "This file photo shows ...", "A handout picture released by ... shows ...".
    reason: 'caption',
    test: (line) =>
      line.length <= 600 &&
      PHOTO_SUBJECT.test(line) &&
      /\b(?:shows?|showing|taken|released|provided|made available|dated|obtained)\b/i.test(line),
  },
  { reason: 'caption', test: short(100, /^(?:photo|picture|image|credit|photograph)s?\s*(?:credit)?\s*:\s*\S/i) },
  // A caption ends with its credit: "... on January 4. Photo by Name/AFP.", "... (Photo: Reuters)", "... / Getty Images".
  { reason: 'caption', test: short(600, /\b(?:photo|picture|image)s?\s*(?:by|:|credit:?)\s*[^.]{1,80}\/\s*[A-Z][\w .&-]{1,40}\.?$/i) },
  { reason: 'caption', test: short(600, /\((?:(?:photo|picture|image)s?(?: by|:)[^)]*|(?:AFP|AP|Reuters|Getty Images) (?:photo|picture))\)\.?$/i) },
  { reason: 'caption', test: short(600, /\/\s*(?:Getty Images|AFP|Reuters|AP|EPA)\.?$/) },
  // The agency first, then the photographer (and a desk note): "... in Marib, Yemen May 2, 2018. REUTERS/Jane Roe",
  // "... (AP Photo/John Doe)", "... AFP/Jane Roe/File Photo". Case-sensitive: an agency's name, not a word.
  { reason: 'caption', test: short(600, new RegExp(`\\b${PHOTO_DESK}(?:\\s*/\\s*${CREDIT_NAME}){1,2}\\)?\\.?$`)) },
  { reason: 'caption', test: short(600, /\b(?:Photo|Picture)s?(?: taken)? by [A-Z][^.]{1,60}\.?$/) },
  // Regional outlets close a caption with a labelled credit after a dash, often with the photo's day before it: "Families
  // reach Tawila – 12 May 2025 – Source: Sudan Doctors Network", "Shelters in Idlib - Photo: Civil Defence". A sentence
  // of the story names its source in words ("according to"), not as a field after a dash.
  { reason: 'caption', test: describedWithCredit },
];

/**
 * Headers of "further reading" blocks ("Source :", "Related:", "Read more: <title>"); group 1 is a title on the
 * same line. The titles listed after a header are removed with it.
 */
export const LINK_LIST_HEADER = new RegExp(String.raw`^(?:${furniture('link_list')}|more from [^.]{1,40})(?:\s*:\s*(.*)|\s*)$`, 'i');

/** A lead fragment cut off with a bracketed or bare ellipsis, as sites print above the full paragraph. */
export const TRUNCATED_LEAD = /\s*(?:\[\s*(?:…|\.\.\.)\s*\]|…|\.\.\.)$/;

/** Captions of archive photos date the photo, not the article. */
export const FILE_PHOTO = /\b(?:file|archive|archival|undated)\s+(?:photo(?:graph)?|picture|image)\b|\(file\)|^FILE\b/i;
