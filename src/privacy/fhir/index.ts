/** FHIR de-identification under the same per-patient key as the notes. */
export { deidentifyFhir, pseudonymId, pseudonymRef } from './deidentify-fhir.js';
export type { FhirDeidOptions } from './deidentify-fhir.js';
