/**
 * People who go back to a shelter are displaced again, not home: "with at least 20,000 returning to UNRWA and
 * government shelters", "some 450 families went back to the collective centre". A return whose destination, right
 * after its verb, is a shelter or a displacement site is displacement. Displaced people who are staying in a shelter
 * are a stock, not a movement: "Some 190,000 displaced people are staying in 1,020 collective shelters"; so are
 * people who live in one, though the text never says "displaced" ("About 20,000 people are living in IDP camps in X"):
 * a camp or collective centre is where displaced people stay. The nouns are data (data/shelter-nouns.csv).
 */
import { parseRegistry } from '@frontline/schema';
import { alternation } from '@frontline/nlp/dates';
import type { Unit } from '@frontline/schema';
import type { Draft } from './draft.ts';
import { sameFigure } from './draft.ts';
import { readDataFile } from './data.ts';
import { frames } from './frames.ts';
import { AUXILIARY_WORDS, wordsBefore } from './idp-movement.ts';
import { factPlaces } from './figures.ts';
import { moversOnly, readHead } from './nouns.ts';
import { findQuantities, quantityOf } from './numbers.ts';
import type { PlaceHit } from './places.ts';

const ROWS = parseRegistry(readDataFile('shelter-nouns.csv'), 'shelter-nouns.csv', ['noun']);
/** The shelter nouns as one alternation, for both patterns below. */
const SHELTER = alternation(ROWS.map((r) => r.noun!));
/** "to (the) (UNRWA and government) shelters": up to four words of owner or kind before the noun. */
const TO_SHELTER = new RegExp(String.raw`^\s+(?:back\s+)?(?:in)?to\s+(?:the\s+|their\s+)?(?:[\p{L}-]+\s+){0,4}?(?:${SHELTER})\b`, 'iu');
/** "are staying in (1,020) collective shelters", "remain in IDP camps": up to four words of count, owner or kind. */
const STAYING = String.raw`(?:are|is|remain|remained|were)\s+(?:still\s+|now\s+|currently\s+)?(?:(?:staying|living|sheltering|accommodated)\s+)?`;
const STAYS_IN_SHELTER = new RegExp(
  String.raw`^\s+${STAYING}in\s+(?:the\s+|their\s+)?(?:[\p{L}\d,-]+\s+){0,4}?(?:${SHELTER})\b`,
  'iu',
);
/**
 * "(living) in IDP camps in X": a shelter or site noun right before the place's "in" says where people stay, so the
 * place is the town that holds the site, whoever lives there.
 */
export const SITE_BEFORE_PLACE = new RegExp(String.raw`\b(?:${SHELTER})\s+(?:in|from)\s+(?:the\s+)?(?:[\p{Ll}\-]+\s+){0,2}$`, 'iu');

/** How far after the count the return's verb may stand: "60,000 people are returning to ...". */
const VERB_CHARS = 40;
const RETURN_VERB = /\b(?:returned|returning|returns|return|went\s+back|going\s+back|gone\s+back|came\s+back|coming\s+back)\b/iu;

/** True when a draft of returns counts people going back to a shelter, who are displaced. */
export function returnsToShelter(s: string, d: Draft): boolean {
  if (d.category !== 'returned') return false;
  const from = Math.min(d.figEnd, d.cueStart);
  const window = s.slice(from, Math.max(d.cueEnd, d.figEnd + VERB_CHARS));
  const verb = RETURN_VERB.exec(window);
  return !!verb && TO_SHELTER.test(s.slice(from + verb.index + verb[0].length));
}

/**
 * True when a draft of displaced people says where they stay now: a stock, not a movement. Either a shelter ("are
 * staying in 1,020 collective shelters") or a verb of staying right after them, whatever the place ("N displaced people
 * are currently hosted in 11 schools", "are sheltering in tents", "remain stranded"): the subject rows of
 * data/frames.csv whose category is idps_stock.
 */
export function staysInShelter(s: string, d: Draft): boolean {
  if (d.category !== 'displaced' || d.cueEnd > d.figEnd + VERB_CHARS) return false;
  const after = s.slice(Math.max(d.figEnd, d.cueEnd));
  return STAYS_IN_SHELTER.test(after) || stayingVerb().test(after);
}

/** Words of state before a participle of staying: the auxiliaries of a movement, and "currently", "remain", "being". */
const STATE = wordsBefore([...AUXILIARY_WORDS, 'being', 'currently', 'still', 'remain', 'remains', 'remained']);
let staying: RegExp | undefined;
function stayingVerb(): RegExp {
  if (staying) return staying;
  const rows = frames().filter((f) => f.category === 'idps_stock' && f.count_role === 'subject' && f.pos === 'VERB');
  staying = new RegExp(String.raw`^\s*${STATE}(?:${alternation([...new Set(rows.flatMap((f) => f.forms))])})\b`, 'iu');
  return staying;
}

/**
 * "In Ituri there are now 9,000 people in 25 displacement sites": an existential count of people whose noun is followed by a shelter is a stock
 * in the shelters, as "9,000 people are living in 25 displacement sites" is; the sites count no people.
 */
const THERE_ARE = /\bthere\s+(?:are|were|remain)\s+(?:still\s+|now\s+|currently\s+)?$/iu;
const IN_SHELTER = new RegExp(String.raw`^\s+in\s+(?:the\s+)?(?:[\p{L}\d,-]+\s+){0,4}?(?:${SHELTER})\b`, 'iu');
/** Who may live in a shelter: people, families, households (not places or distances). */
const PEOPLE = new Set<Unit>(['persons', 'families', 'households']);
/** "were staying in a school": the past tells where victims were when they were hit, not a stock of the displaced. */
const PAST = /^\s+were\b/iu;

/**
 * "About 20,000 people are living in IDP camps in X", "some 8,000 families are staying in collective centres": a count
 * of people no other finder read, whose verb right after its noun says they stay in a shelter now, is a stock of the
 * displaced (idps_stock). Fighters in a camp are no displaced people.
 */
export function shelterStocks(s: string, drafts: Draft[], places: PlaceHit[]): Draft[] {
  const out: Draft[] = [];
  for (const q of findQuantities(s)) {
    if (q.value === null || drafts.some((d) => sameFigure(d, { figStart: q.start, figEnd: q.end }))) continue;
    const head = readHead(s, q);
    if (!head || !PEOPLE.has(head.unit) || moversOnly(s.slice(q.end, head.end))) continue;
    const rest = s.slice(head.end);
    const stays = STAYS_IN_SHELTER.exec(rest) ?? (THERE_ARE.test(s.slice(0, q.start)) ? IN_SHELTER.exec(rest) : null);
    if (!stays || PAST.test(rest)) continue;
    const cueEnd = head.end + stays[0].length;
    out.push({
      kind: 'displacement', category: 'idps_stock', group: '', quantity: quantityOf(q), unit: head.unit, count_phrase: q.phrase,
      figStart: q.start, figEnd: q.end, cueStart: head.end, cueEnd, places: factPlaces(s, places, cueEnd), actor_text: '', cumulative: false,
    });
  }
  return out;
}
