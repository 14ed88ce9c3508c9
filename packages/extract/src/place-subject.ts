/**
 * A place as the subject of a verb of counting: "Diyala recorded 37 killed", "Dongola in Northern State reported two
 * injuries", "Zalingei, the capital of Central Darfur, reported five deaths". It says where the figures were counted,
 * not who counted them, so it is no reporter. Extract has no gazetteer: a place is known here by the packs' admin1
 * names, by a locative complement naming one ("X in Y State"), or by an apposition calling it a capital or a town.
 */
import { namesAdmin1 } from './places.ts';
import { sourceMentions, tidy } from './reporter-phrase.ts';

/** "X in Y": a name, then "in" and the admin1 area it lies in. */
const IN_AREA = /^(?:\p{Lu}[\p{L}'’-]*\s+){1,3}in\s+((?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s*){1,3})$/u;
/** ", the capital of Central Darfur," right before the verb: an apposition that calls the subject a place. */
const PLACE_APPOSITION = /,\s*(?:the\s+)?(?:\p{Ll}+\s+)?(?:capital|town|city|seat|administrative\s+cent(?:re|er))\s+of\s+[^,;]+,\s*$/u;

/** Whether `subject`, the subject found before a counting verb, is a place; `before` is the sentence up to the verb. */
export function isPlaceSubject(subject: string, before: string): boolean {
  const t = tidy(subject).replace(/\s*\([^()]*\)$/, '');
  if (!/^\p{Lu}/u.test(t) || sourceMentions(t).length) return false;
  if (namesAdmin1(t)) return true;
  const area = IN_AREA.exec(t)?.[1];
  if (area && namesAdmin1(area.replace(/^the\s+/, '').trim())) return true;
  return PLACE_APPOSITION.test(before) && before.includes(`${t},`);
}
