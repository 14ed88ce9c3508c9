/**
 * The toll's plural nouns ("deaths", "casualties"): the words of a toll that a group word before them may qualify
 * ("civilian casualties"), with or without a figure (victims.ts).
 */
export const TOLL_NOUNS = ['victims', 'deaths', 'fatalities', 'casualties'] as const;

/**
 * The words that name a toll without naming its victims: "the dead", "the deaths", "civilian casualties", "those
 * killed". One alternation, so a share of a toll ("Of the dead, ...", "326 of the deaths") and the victims carried to
 * it ("civilian casualties") are read off the same words: the nouns and the adjective and participles used as nouns.
 */
export const TOLL_WORDS = String.raw`(?:${['dead', ...TOLL_NOUNS, 'killed', 'wounded', 'injured'].join('|')})`;
