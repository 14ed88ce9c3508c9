/** A fact under construction, with offsets local to its sentence (index.ts shifts them into the article). */
import type { Category, Group, Kind, PlaceMention, Quantity, Unit } from '@frontline/schema';
import type { PlaceHit } from './places.ts';
import type { TimeHit } from './time.ts';

export interface Draft {
  kind: Kind;
  category: Category;
  group: Group | '';
  quantity: Quantity | null;
  unit: Unit | '';
  count_phrase: string;
  /** The figure (or, for a capture without a number, the verb). */
  figStart: number;
  figEnd: number;
  /** The verb or noun that makes it a fact: time phrases are looked for nearest to it. */
  cueStart: number;
  cueEnd: number;
  /** Places in this sentence (local offsets) or, for back-references ("the airbase"), already in article offsets. */
  places: PlaceHit[];
  articlePlaces?: PlaceMention[];
  actor_text: string;
  cumulative: boolean;
  /** A key-figures panel's label on a line of its own (article offsets): the fact's cue (key-figures.ts). */
  label?: { start: number; end: number };
  /** Who states the figure, when the predicate's structure says it (a reporting verb's subject); used when the sentence names no reporter otherwise. */
  reporter?: string;
  /** The reporter is the figure's own label's ("Church estimate: 900"): it beats the sources the sentence names. */
  ownReporter?: boolean;
  /** A part of the fact before it in a breakdown ("including 20 children", "(22 women, 8 girls ...)"). */
  part?: boolean;
  /** A count per span of time ("4,000 people per day"): a "since" beside it dates the rate, not a running total. */
  rate?: boolean;
  /**
   * The time phrase of the figure this one lists by place, stated sentences before ("Between 20 and 26 March, DTM
   * tracked 202 households ..." over "Marib (48 HHs)"): the fact's date when its own sentence gives none.
   */
  wholeTime?: string;
  /**
   * A list member that is no figure of its own ("took A on 3 May and B on 5 May": the place A): its own time phrase is
   * looked for right after it, as for a figure of a gapped list.
   */
  member?: { start: number; end: number };
  /** Read by the clause-level backoff (clause-backoff.ts), not by a rule for its construction: certainty `inferred`. */
  inferred?: boolean;
  /** A member of lists paired by "respectively": its own day, read off the list of days (respectively.ts). */
  ownTime?: TimeHit;
}

/** What the finders remember from earlier sentences of the same article. */
export interface ArticleMemory {
  /** Actors named as subjects, most recent sentence last (one entry per sentence, '' when none). */
  subjects: string[];
  /** Places named so far, in article offsets, most recent last. */
  places: PlaceMention[];
  /** Actors named so far, as written, most recent last. */
  actors: string[];
  /** Places a battle or siege was named for ("the Battle of X"), most recent last: what "the battle ended" is about. */
  battles: PlaceMention[];
  /** The last list of two names joined by "and" each sentence ended on, most recent last: what "captured both" takes. */
  pairs: PlaceMention[][];
  /** Per sentence, the place its first words name ("Kafr Nabl held out ..."), or null: what a next "it" stands for. */
  openers: (PlaceMention | null)[];
  /** Per sentence, the places its territory drafts took ([] when none): what "retook it" ("them") in the next means. */
  taken: PlaceMention[][];
  /** Per sentence, whether it is a section heading: the story's side outlives the heading (`recentActor`). */
  headings: boolean[];
  /** The side that last gained ground (took, entered or advanced on a place), '' before any. */
  gainer: string;
}

/** What opens a breakdown of a figure into its parts: "including", "among them", "of whom". */
export const PART_OPENS = /(?:,|\b)\s*(?:including|among\s+(?:them|whom)|of\s+whom)\b/i;

/** True when two drafts read overlapping figures: the same figure, found by two finders. */
export function sameFigure(a: Pick<Draft, 'figStart' | 'figEnd'>, b: Pick<Draft, 'figStart' | 'figEnd'>): boolean {
  return a.figStart < b.figEnd && b.figStart < a.figEnd;
}
