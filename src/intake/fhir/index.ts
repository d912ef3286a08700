/**
 * FHIR R4 intake and output: a patient-record Bundle becomes an engine case with every finding traced
 * to the resource path that produced it, and a diagnosis becomes a RiskAssessment + Provenance Bundle.
 * See docs/fhir.md for the mapping tables, units, defaults and limits.
 */
export { bundleToCase, ACCEPTED_BUNDLE_TYPES } from './to-case.js';
export type { BundleCase, BundleToCaseOptions, FindingSource, IgnoredResource, UnmappedItem } from './to-case.js';
export { diagnosisToFhir, MODEL_HASH_SYSTEM, CONDITION_SYSTEM_BASE } from './to-fhir.js';
export type { FhirOutputContext } from './to-fhir.js';
export { MAX_NOTE_BYTES } from './document.js';
export type { NoteReader } from './document.js';
export { CONCEPTS, CONCEPT_SYSTEM } from './concepts.js';
export type { ConceptDef } from './concepts.js';
export { TESTS, TEST_BY_LOINC } from './loinc-tests.js';
export type { LabTest, QuantityTest, QualitativeTest } from './loinc-tests.js';
