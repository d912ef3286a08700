/**
 * The optional language-model backend (off by default): one provider interface on the official
 * `openai` client, three checked roles (reader, proposer, explainer) and the hybrid that keeps every
 * probability and next step with the engine. See docs/llm.md.
 */
export { parseLlmConfig, LLM_DEFAULTS } from './config.js';
export type { LlmConfig, LlmSettings, LlmAuthHeader } from './config.js';
export { createOpenAiProvider } from './openai-provider.js';
export type { LlmProvider, LlmRequest, LlmReply, LlmCallRecord, LlmFailure, LlmRole, OutboundText, EngineText } from './provider.js';
export { runHybrid } from './hybrid.js';
export type { HybridInput, HybridContext, HybridResult, HybridReport, RoleFallback } from './hybrid.js';
export { checkReaderAnswer, mergeReadings } from './reader.js';
export type { ReadFinding, ReadingConflict, DroppedFinding } from './reader.js';
export { checkProposals, PROPOSAL_LABEL } from './proposer.js';
export type { Proposal } from './proposer.js';
export { checkRationales } from './explainer.js';
export type { Rationale } from './explainer.js';
