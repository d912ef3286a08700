/** Re-identification risk of training extracts: k-anonymity, prosecutor/journalist risk, ℓ-diversity, generalisation. */
export { parseExtract, MAX_EXTRACT_LINES } from './extract.js';
export type { ExtractRecord } from './extract.js';
export { assessRisk, measure, LADDER } from './risk.js';
export type { RiskReport, RiskMetrics, RiskOptions, GeneralisationLevel } from './risk.js';
