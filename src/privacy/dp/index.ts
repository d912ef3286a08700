/** Differential privacy for counts: exact discrete Laplace noise and a per-dataset budget ledger. */
export { addDiscreteLaplaceNoise, sampleDiscreteLaplace, bernoulliExp, uniformBelow, discreteLaplacePmf, cryptoIntRng, toRational } from './discrete-laplace.js';
export type { IntRng } from './discrete-laplace.js';
export { FileLedger, MemoryLedger, datasetId, spentEpsilon, checkSpend } from './ledger.js';
export type { PrivacyLedger, DatasetBudget, Release } from './ledger.js';
