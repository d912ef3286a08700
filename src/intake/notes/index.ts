/**
 * Clinician notes → findings: concept recognition over a model's lexicon and ConText-style context
 * (negation, uncertainty, hypothetical, historical, experiencer), with sections and traceable rules.
 * Everything here is pure (no I/O). See docs/notes-pipeline.md.
 */
export { buildLexicon } from './lexicon.js';
export type { Lexicon, LexiconEntry, LexiconFinding, LexiconOptions, TermSource } from './lexicon.js';
export { extractFindings, checkNote, MAX_NOTE_CHARS } from './extract.js';
export type { Extraction, ExtractOptions, Mention } from './extract.js';
export { compileRules, defaultContextRules } from './context.js';
export type { CompiledRules, ContextDecision, ContextFlags, Experiencer, Span } from './context.js';
export { TRIGGER_RULES } from './triggers.js';
export type { ContextCategory, TriggerRule } from './triggers.js';
export { findSections } from './sections.js';
export type { Section, SectionKind } from './sections.js';
export { contextOfSpan, locateConcept, parseNegexTsv, predictNegex, scoreNegex } from './negex-eval.js';
export type { NegexLabel, NegexPrediction, NegexRow, NegexScore } from './negex-eval.js';
