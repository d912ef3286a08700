/**
 * The reader role: de-identified note → findings in the model's own vocabulary, each with a quoted
 * evidence span. A finding whose quote does not occur verbatim in the de-identified note, or whose id
 * is not a binary finding of the model, is dropped; when most of an answer is invented, the whole
 * answer is distrusted and the built-in pipeline stands alone.
 */
import type { Observation } from '../core/evidence.js';
import type { KnowledgeModel } from '../core/model.js';
import type { DeidentifiedText } from '../privacy/deid/types.js';
import type { CallLedger } from './budget.js';
import { READER_SYSTEM, readerVocabulary } from './prompts.js';
import type { LlmFailure } from './provider.js';
import { conforms, outputSchema, ReaderAnswer } from './schemas.js';

/** A finding the language model read, with where its quote sits in the de-identified note. */
export interface ReadFinding {
  readonly findingId: string;
  readonly name: string;
  readonly present: boolean;
  readonly evidence: string;
  /** Offsets of the quote in the de-identified note. */
  readonly start: number;
  readonly end: number;
}

export interface DroppedFinding {
  readonly findingId: string;
  readonly reason: 'invented-evidence' | 'unknown-finding' | 'duplicate';
}

export type ReaderOutcome =
  | { readonly ok: true; readonly findings: readonly ReadFinding[]; readonly dropped: readonly DroppedFinding[] }
  | { readonly ok: false; readonly failure: LlmFailure; readonly dropped: readonly DroppedFinding[] };

/** Share of an answer's findings that may be invented before the whole answer is distrusted. */
const MAX_INVENTED_SHARE = 0.5;

/** Check each read finding against the model and the note. Pure; exported for tests. */
export function checkReaderAnswer(answer: ReaderAnswer, model: KnowledgeModel, note: DeidentifiedText): ReaderOutcome {
  const names = new Map(model.findings.filter((f) => f.valueType === 'binary').map((f) => [f.id, f.name]));
  const findings: ReadFinding[] = [];
  const dropped: DroppedFinding[] = [];
  const seen = new Set<string>();
  let invented = 0;
  for (const f of answer.findings) {
    const name = names.get(f.id);
    if (name === undefined) { dropped.push({ findingId: f.id.slice(0, 80), reason: 'unknown-finding' }); continue; }
    const quote = f.evidence.trim();
    const at = quote.length >= 2 ? note.indexOf(quote) : -1;
    if (at < 0) { invented++; dropped.push({ findingId: f.id, reason: 'invented-evidence' }); continue; }
    if (seen.has(f.id)) { dropped.push({ findingId: f.id, reason: 'duplicate' }); continue; }
    seen.add(f.id);
    findings.push({ findingId: f.id, name, present: f.present, evidence: quote, start: at, end: at + quote.length });
  }
  if (answer.findings.length > 0 && invented / answer.findings.length > MAX_INVENTED_SHARE) return { ok: false, failure: 'invented-evidence', dropped };
  return { ok: true, findings, dropped };
}

/** Ask the reader for the note's findings. Never throws: failures come back as outcomes. */
export async function readNote(ledger: CallLedger, model: KnowledgeModel, note: DeidentifiedText, maxOutputTokens: number): Promise<ReaderOutcome> {
  const reply = await ledger.call({
    role: 'reader', system: READER_SYSTEM, user: [readerVocabulary(model), note],
    output: outputSchema('ddx_reader', ReaderAnswer), maxOutputTokens,
  });
  if (!reply.ok) return { ok: false, failure: reply.failure, dropped: [] };
  if (!conforms<ReaderAnswer>(ReaderAnswer, reply.json)) {
    ledger.reject('reader', 'schema');
    return { ok: false, failure: 'schema', dropped: [] };
  }
  const outcome = checkReaderAnswer(reply.json, model, note);
  if (!outcome.ok) ledger.reject('reader', outcome.failure);
  return outcome;
}

/** A finding on which the rule-based pipeline and the language model disagree. The rule-based reading is kept. */
export interface ReadingConflict {
  readonly findingId: string;
  readonly name: string;
  readonly rules: boolean;
  readonly llm: boolean;
  readonly evidence: string;
}

export interface MergedReading {
  readonly findings: readonly Observation[];
  /** Findings only the language model read (added to the case). */
  readonly added: readonly ReadFinding[];
  readonly agreed: readonly string[];
  readonly conflicts: readonly ReadingConflict[];
}

/**
 * Merge the rule-based findings with the reader's. Agreement is kept once; a finding only the reader
 * found is added; on a conflict the rule-based reading stays (its trigger and span are checkable) and
 * the conflict is reported, not hidden.
 */
export function mergeReadings(rules: readonly Observation[], read: readonly ReadFinding[]): MergedReading {
  const byId = new Map(rules.map((o) => [o.id, o]));
  const added: ReadFinding[] = [];
  const agreed: string[] = [];
  const conflicts: ReadingConflict[] = [];
  for (const r of read) {
    const mine = byId.get(r.findingId);
    if (mine === undefined) { added.push(r); continue; }
    if (!('present' in mine)) continue;
    if (mine.present === r.present) agreed.push(r.findingId);
    else conflicts.push({ findingId: r.findingId, name: r.name, rules: mine.present, llm: r.present, evidence: r.evidence });
  }
  return { findings: [...rules, ...added.map((r) => ({ id: r.findingId, present: r.present }))], added, agreed, conflicts };
}
