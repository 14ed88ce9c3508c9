/** What the frame finder and its toll reader share: a figure's noun phrase, and the predicate it attaches to. */
import type { Category, Group, Unit } from '@frontline/schema';
import type { Token } from '@frontline/nlp';
import type { Frame } from './frames.ts';
import type { QuantityHit } from './numbers.ts';

export interface Counted {
  q: QuantityHit;
  /** First token after the figure phrase. */
  after: number;
  /** The head noun token, if the figure has one within a few words. */
  head: Token | null;
  unit: Unit;
  group: Group | '';
  /** End of the noun phrase (the figure's end when it has no noun). */
  end: number;
  /** "14 of its fighters": the subject's own people, so the subject is no perpetrator. */
  own?: boolean;
  /** True when the noun phrase names people, families or places the noun reader knows. */
  known: boolean;
  /** A member of a list by perpetrator ("..., Russian forces 45"): the actor written before its figure. */
  actor?: string;
}

export interface Attachment {
  category: Category;
  /** Further categories the same predicate states ("N casualties": killed and injured). */
  also?: Category[];
  /** True when the count is the predicate's subject (its agent, if any, follows "by"). */
  subject?: boolean;
  frame: Frame;
  /** The predicate's span (the verb, or the noun). */
  start: number;
  end: number;
  cumulative: boolean;
  /** The victims a toll's noun names in its complement ("the number of civilians killed"), '' if none. */
  group?: Group | '';
  /** What a toll's noun counts, from its complement ("the number of families"), when it says. */
  unit?: Unit;
  /** The clause's subject suffered the casualties ("the brigade suffered N casualties"): no perpetrator, its own side. */
  suffered?: boolean;
  /** The count is a rate ("4,000 people per day have fled"): each span's flow, never a running total. */
  rate?: boolean;
}

/** A frame's category that makes a fact (reporting and causing rows only license one). */
export function isCategory(c: Frame['category']): c is Category {
  return c !== '' && c !== 'report' && c !== 'cause' && c !== 'suffer';
}
