/** Text de-identification: detection, redaction and keyed surrogates. */
export { deidentifyText, tagFor } from './deidentify.js';
export type { DeidMode, DeidOptions, DeidOutput } from './deidentify.js';
export type { KnownPhi, DetectOptions } from './detect.js';
export { detectPhi, detectPhiForPatient, prepareDetector, mergeSpans, reportedSpans, reportedSpansForPatient, MAX_NOTE_CHARS } from './detect.js';
export { getDefaultLexicon, extendLexicon } from './lexicon.js';
export type { Lexicon } from './lexicon.js';
export { shiftDateText, shiftFhirDate } from './dates.js';
export { surrogateFor, RESTRICTED_ZIP3 } from './surrogate.js';
export { PHI_TYPES } from './types.js';
export type { PhiSpan, PhiType, DeidentifiedText, RawNoteText } from './types.js';
export { decodeUtf8Strict, decodeJsonlLines, parseNoteLines, MAX_LINE_CHARS } from './text-input.js';
export type { NoteLine } from './text-input.js';
export { coverage, goldCovered, newScore, scoreNote, summarise } from './score.js';
export type { GoldPhi, ScoreAccumulator, ScoreSummary } from './score.js';
export { splitPatients, PATIENT_FOLDS, PATIENT_SPLIT_SEED } from './patient-split.js';
export type { PatientSplit } from './patient-split.js';
