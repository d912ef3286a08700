/**
 * The instructions and vocabularies each role sends, built only from the knowledge model and the
 * engine's own results (`EngineText`). Nothing here reads patient text.
 */
import type { DiagnosisResult } from '../core/diagnose.js';
import type { KnowledgeModel } from '../core/model.js';
import { engineText, type EngineText } from './provider.js';

/** The binary findings the reader may report, one `id | name` line each. */
export function readerVocabulary(model: KnowledgeModel): EngineText {
  const lines = model.findings.filter((f) => f.valueType === 'binary').map((f) => `${f.id} | ${f.name}`);
  return engineText(`Finding vocabulary (id | name):\n${lines.join('\n')}`);
}

export const READER_SYSTEM = engineText([
  'You read a de-identified clinical note for a diagnostic decision-support engine used by clinicians.',
  'Report findings of the patient that the note states, using ONLY ids from the finding vocabulary.',
  'present = true when the note affirms the finding for this patient now; false when it explicitly denies it.',
  'Skip findings that are uncertain, hypothetical, historical only, or about someone else.',
  'evidence must be an exact, verbatim quote of the note (a few words) that states the finding.',
  'Do not diagnose. Return JSON matching the schema.',
].join('\n'));

export const PROPOSER_SYSTEM = engineText([
  'You support a clinician. A Bayesian engine has ranked a differential diagnosis from a de-identified note.',
  'Propose up to 5 diagnoses worth considering that are NOT in the engine list below, each with a one-sentence rationale',
  'that cites only what the note states. Propose nothing if nothing is missing. Return JSON matching the schema.',
].join('\n'));

export const EXPLAINER_SYSTEM = engineText([
  'You write a short plain-language rationale for a clinician, for each listed condition, using ONLY the engine\'s',
  'reasons given as JSON (findings for and against, with their weight in nats). Do not add any finding, test or fact',
  'that is not in the JSON. Cite the finding ids you used in findingIds. At most two sentences per condition.',
  'Return JSON matching the schema.',
].join('\n'));

/** The engine's differential names, for the proposer (so it proposes what is not there). */
export function engineListText(result: DiagnosisResult): EngineText {
  return engineText(`Engine differential (not to be repeated):\n${result.differential.map((d) => `- ${d.name}`).join('\n')}`);
}

/** The engine's reasons for its top entries, for the explainer. */
export function engineReasonsText(result: DiagnosisResult, top = 3): EngineText {
  const entries = result.differential.slice(0, top).map((d) => ({
    conditionId: d.conditionId,
    name: d.name,
    probability: Number(d.probability.toFixed(3)),
    for: d.for.map((c) => ({ findingId: c.findingId, name: c.name, weight: Number(c.llr.toFixed(2)) })),
    against: d.against.map((c) => ({ findingId: c.findingId, name: c.name, weight: Number(c.llr.toFixed(2)) })),
  }));
  return engineText(JSON.stringify({ conditions: entries }));
}
