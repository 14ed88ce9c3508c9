export { readCorrections, NO_CORRECTIONS, CORRECTION_FILES, CHANGE_FIELDS, type Corrections, type CorrectionProblem } from './read.ts';
export { correctGazetteer, type PlaceOutcome } from './places.ts';
export { applyCorrections, type CorrectionArticle, type CorrectionInput } from './apply.ts';
