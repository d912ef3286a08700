/**
 * Result words that name a lesion any lumen can show, read as one organ's finding only where the note names
 * that organ with them. A "filling defect" is any lesion that displaces contrast in a lumen: a thrombus in
 * any vessel, a tumour or stone in the urinary or biliary tract, a polyp in the bowel (Fleischner Society
 * glossary, Hansell DM et al., Radiology 2008;246:697-722; the term's radiological sense). The model's
 * `cta-pe` lists the bare words because a CT pulmonary angiogram report writes them so ("CTPA: filling
 * defects in the right lower lobe segmental arteries"); "CT portal venous phase: filling defect in the main
 * portal vein" is a portal vein thrombus, not a pulmonary embolus. So the bare words are gated on the
 * pulmonary arteries being named in their sentence or the one before, as a modality gates a result part
 * (`LexiconEntry.gate`, with `gateNamed`: a results section alone does not open it).
 */
import { phraseForms } from './tokenize.js';

/** Words (normalised) that name the pulmonary arteries or the study that images them. */
const PULMONARY_ARTERY_WORDS: readonly string[] = ['pulmonary', 'ctpa', 'lobar', 'segmental', 'subsegmental', 'lobe', 'saddle'];

/** Bare lesion words (normalised forms joined by a space) and the organ words that must be named with them. */
const ORGAN_BOUND: ReadonlyMap<string, readonly string[]> = new Map([
  [phraseForms('filling defect').join(' '), PULMONARY_ARTERY_WORDS],
]);

/** The organ words a term of these normalised forms needs near it, if it is a bare lesion term (see the header). */
export function organGate(forms: readonly string[]): readonly string[] | undefined {
  return forms.length > 3 ? undefined : ORGAN_BOUND.get(forms.join(' '));
}
