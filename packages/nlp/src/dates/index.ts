/**
 * The one date module: the calendar (day arithmetic) and the lexicon of date words every stage uses. Imported as
 * `@frontline/nlp/dates`, apart from the token layer, so that a stage that only counts days does not load the model.
 */
export * from './calendar.ts';
export * from './lexicon.ts';
export * from './compared.ts';
export * from './anaphoric.ts';
export * from './infobox.ts';
export * from './look-back.ts';
export * from './year-to-date.ts';
