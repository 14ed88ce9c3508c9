/**
 * The week or month before the report's day, as an overview names the period it covers: "last week", "during the
 * previous week", "over the past month"; group 1 is the unit. Extract takes it for the period an overview's lead
 * covers (discourse.ts); normalize for the week or month a weekly or monthly report's title names (context.ts).
 */
export const LOOK_BACK_PERIOD = /^(?:(?:in|during|over|throughout)\s+)?(?:the\s+)?(?:last|past|previous)\s+(week|month)$/i;
