/**
 * The privacy layer: text and FHIR de-identification under one per-patient key, re-identification risk,
 * the learning gate and differential privacy for counts. Feature folders each have their own index.
 */
export * as deid from './deid/index.js';
export * as fhir from './fhir/index.js';
export * as risk from './risk/index.js';
export * as dp from './dp/index.js';
export * as keys from './keys/index.js';
export { checkLearningInput } from './learning-gate.js';
export type { LearningGateOptions, LearningGateReport } from './learning-gate.js';
