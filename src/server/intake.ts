/**
 * The intake and privacy functions the routes call, behind one small interface so a test can
 * build an app without them (routes then answer 501 `not-implemented`). `defaultIntake()` wires the
 * real modules: notes → findings (`intake/notes`), de-identification (`privacy/deid`), FHIR
 * Bundle → case and diagnosis → FHIR (`intake/fhir`).
 */
import type { DiagnosisResult } from '../core/diagnose.js';
import type { KnowledgeModel } from '../core/model.js';
import type { Result } from '../core/issues.js';
import { bundleToCase, diagnosisToFhir, type BundleCase } from '../intake/fhir/index.js';
import { buildLexicon, extractFindings, type Extraction, type Lexicon } from '../intake/notes/index.js';
import { deidentifyText, type DeidOutput } from '../privacy/deid/index.js';

export interface IntakeModules {
  readonly extract?: (text: string, model: KnowledgeModel) => Result<Extraction>;
  readonly deidentify?: (text: string) => Result<DeidOutput>;
  readonly bundleToCase?: (bundle: unknown, model: KnowledgeModel) => Result<BundleCase>;
  readonly diagnosisToFhir?: (result: DiagnosisResult, bc: BundleCase) => unknown;
}

/** The built-in intake modules: note extraction (one lexicon per model), redaction, FHIR Bundle to case and diagnosis to FHIR. */
export function defaultIntake(): IntakeModules {
  // Lexicons are built once per model object (models are compiled once and kept).
  const lexicons = new WeakMap<KnowledgeModel, Lexicon>();
  return {
    extract(text, model) {
      let lex = lexicons.get(model);
      if (!lex) {
        lex = buildLexicon(model);
        lexicons.set(model, lex);
      }
      return extractFindings(text, lex);
    },
    deidentify: (text) => deidentifyText(text, { mode: 'redact' }),
    bundleToCase: (bundle, model) => bundleToCase(bundle, model),
    diagnosisToFhir: (result, bc) => diagnosisToFhir(result, { findingSources: bc.sources, model: result.model }),
  };
}
