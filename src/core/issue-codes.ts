/**
 * Every `Issue` code, in one place: a code is part of the API contract (clients branch on it), so a new
 * one is added here, where it is reviewed, rather than typed ad hoc at a call site. Grouped by where
 * the input comes from; one code per line, alphabetical within a group, so parallel additions merge.
 */
export const ISSUE_CODES = [
  // Shape of any input (JSON bodies, files, model artifacts, case files).
  'duplicate',
  'empty',
  'enum',
  'format',
  'invalid',
  'json',
  'length',
  'malformed-json',
  'range',
  'required',
  'shape',
  'too-large',
  'type',
  'unknown-field',
  // Text and files.
  'base64',
  'columns',
  'encoding',
  'file',
  'missing-file',
  'row',
  'unsupported-content',
  // Findings, actions and values against a model.
  'code',
  'defaulted',
  'impossible-value',
  'missing',
  'price',
  'probability',
  'record',
  'reference',
  'unit-mismatch',
  'unknown-action',
  'unknown-condition',
  'unknown-finding',
  'unknown-unit',
  'unknown-value',
  'unmapped',
  'unsupported-gender',
  // Validation studies.
  'not-suggested',
  'unsupported',
  'wrong-case-set',
  // Model artifacts.
  'distribution',
  'format-version',
  'hash',
  'hash-mismatch',
  // FHIR.
  'bundle-type',
  'fhir',
  'multiple-patients',
  'no-patient',
  'note',
  'other-subject',
  'resource-type',
  // Privacy: de-identification, keys, the learning gate and the privacy budget.
  'budget-exceeded',
  'direct-identifier',
  'dp-head',
  'dp-membership',
  'key',
  'key-required',
  'ledger',
  'not-deidentified',
  'patient-required',
  'phi',
  // Model promotion gates (server admin).
  'cant-miss-recall-below-threshold',
  'ece-above-threshold',
  'no-validation-report',
  'too-few-cases',
  'too-few-signoffs',
  'top1-below-threshold',
  // Records learning (FHIR Bulk Data, OMOP CDM).
  'connect',
  'identifier',
  'no-input',
  'omop-columns',
  'omop-table',
  'zip',
] as const;

/** A stable, machine-readable issue code (see ISSUE_CODES). */
export type IssueCode = (typeof ISSUE_CODES)[number];
