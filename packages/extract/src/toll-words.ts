/**
 * The words that name a toll without naming its victims: "the dead", "the deaths", "civilian casualties", "those
 * killed". One alternation, so a share of a toll ("Of the dead, ...", "326 of the deaths") and the victims carried to
 * it ("civilian casualties") are read off the same words.
 */
export const TOLL_WORDS = String.raw`(?:dead|victims|deaths|fatalities|casualties|killed|wounded|injured)`;
