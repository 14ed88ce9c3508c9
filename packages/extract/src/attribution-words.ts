/**
 * The words attribution's constructions are built of (data/attribution-words.csv), by kind:
 * `cue`: the start of a word every construction holds ("report" for reported/reporting, "as per"), the gate that skips
 * a sentence without any; `agent_verb`: a participle whose "by" names the reporter ("recorded by the Cluster");
 * `data_noun` and `document_verb`: "figures from X", "data compiled by X"; `owned_data_noun`: "X's figures";
 * `showing_noun` and `data_verb`: "OCHA data show"; `statement_noun`: "In a statement, X ..."; `with_participle`: "with X reporting";
 * `figure_giving` and `clause_participle`: "the SOHR gave a lower toll, reporting ..."; `stance_participle`: "the ministry
 * condemned the raid, saying ..."; `series_noun`: a tracked series ("displacements"); `outlet_noun`: a news medium
 * ("the state news agency SANA"); `maker_participle`: "a task force set up by X"; `voice_before` and `voice_after`:
 * a news medium speaking in its own voice ("witnesses told AFP", "Reuters could not independently verify"); `team_noun`
 * and `team_verb`: an agency's own staff at the work that counts people ("MSF teams treated"); `holder_noun`: a body's
people named only with the body ("UNHCR staff"), so alone ("Staff report that ...", a "Staff" byline) no one. A row is a construction's word,
 * written as news writes it; the order of a kind's rows is the order its alternation tries them.
 */
import { parseRegistry } from '@frontline/schema';
import { phraseSource } from '@frontline/nlp/dates';
import { readDataFile } from './data.ts';

const FILE = 'attribution-words.csv';
export const ATTRIBUTION_WORD_KINDS = [
  'cue', 'agent_verb', 'data_noun', 'document_verb', 'owned_data_noun', 'showing_noun', 'data_verb', 'statement_noun', 'with_participle',
  'figure_giving', 'clause_participle', 'stance_participle', 'series_noun', 'outlet_noun', 'maker_participle', 'voice_before', 'voice_after',
  'team_noun', 'team_verb', 'holder_noun',
] as const;
export type AttributionWordKind = (typeof ATTRIBUTION_WORD_KINDS)[number];

const ROWS = parseRegistry(readDataFile(FILE), FILE, ['word', 'kind'], { kind: ATTRIBUTION_WORD_KINDS });

/** The words of one kind, in the table's order. */
export function attributionWords(kind: AttributionWordKind): string[] {
  return ROWS.filter((r) => r.kind === kind).map((r) => r.word!);
}

/** The words of one kind as a regular-expression alternation (no group), each space matching any run of white space. */
export function wordsPattern(kind: AttributionWordKind): string {
  return attributionWords(kind).map(phraseSource).join('|');
}
