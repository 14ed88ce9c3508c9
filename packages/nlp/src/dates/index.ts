/**
 * The one date module: the calendar (day arithmetic) every stage uses. Imported as `@frontline/nlp/dates`, apart
 * from the token layer, so that a stage that only counts days does not load the language model.
 */
export * from './calendar.ts';
