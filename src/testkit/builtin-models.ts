/** Test support: the shipped models, for tests in layers below `learn` that need a real model. */
export { loadModel } from '../learn/builtin-models.js';
