/**
 * The explainer role: a short plain-language rationale per leading condition, built only from the
 * engine's own reasons for and against. Checked on return: every cited finding must be one the engine
 * used for that condition, and the text must not name any other finding of the model's vocabulary.
 * A rationale that fails the check is dropped whole; the engine's exact reasons always stand.
 */
import type { DiagnosisResult } from '../core/diagnose.js';
import type { KnowledgeModel } from '../core/model.js';
import type { CallLedger } from './budget.js';
import { engineReasonsText, EXPLAINER_SYSTEM } from './prompts.js';
import type { LlmFailure } from './provider.js';
import { conforms, ExplainerAnswer, outputSchema } from './schemas.js';

export interface Rationale {
  readonly conditionId: string;
  readonly text: string;
  readonly findingIds: readonly string[];
}

export type ExplainerOutcome = { readonly ok: true; readonly rationales: readonly Rationale[] } | { readonly ok: false; readonly failure: LlmFailure };

const lower = (s: string): string => s.toLowerCase();
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Does the text name a vocabulary finding that the engine did not use? Used names are removed first. */
function namesUnusedFinding(text: string, used: readonly string[], vocabulary: readonly string[]): boolean {
  let rest = lower(text);
  for (const n of [...used].sort((a, b) => b.length - a.length)) rest = rest.split(lower(n)).join(' ');
  return vocabulary.some((n) => n.length >= 4 && new RegExp(`\\b${escape(lower(n))}\\b`).test(rest));
}

/** Keep rationales whose every claim comes from the engine's reasons. Pure; exported for tests. */
export function checkRationales(answer: ExplainerAnswer, result: DiagnosisResult, model: KnowledgeModel, top = 3): ExplainerOutcome {
  const entries = new Map(result.differential.slice(0, top).map((d) => [d.conditionId, d]));
  const vocabulary = model.findings.map((f) => f.name);
  const out: Rationale[] = [];
  for (const r of answer.rationales) {
    const entry = entries.get(r.conditionId);
    if (!entry) return { ok: false, failure: 'unsupported-claim' };
    const used = [...entry.for, ...entry.against];
    const usedIds = new Set(used.map((c) => c.findingId));
    if (r.findingIds.some((id) => !usedIds.has(id))) return { ok: false, failure: 'unsupported-claim' };
    if (namesUnusedFinding(r.text, used.map((c) => c.name), vocabulary)) return { ok: false, failure: 'unsupported-claim' };
    out.push({ conditionId: r.conditionId, text: r.text.trim(), findingIds: r.findingIds });
  }
  return { ok: true, rationales: out };
}

/** Ask the explainer for rationales of the leading conditions and keep only those that pass the check (see the module comment). */
export async function explainResult(ledger: CallLedger, model: KnowledgeModel, result: DiagnosisResult, maxOutputTokens: number): Promise<ExplainerOutcome> {
  const reply = await ledger.call({ role: 'explainer', system: EXPLAINER_SYSTEM, user: [engineReasonsText(result)], output: outputSchema('ddx_explainer', ExplainerAnswer), maxOutputTokens });
  if (!reply.ok) return { ok: false, failure: reply.failure };
  if (!conforms<ExplainerAnswer>(ExplainerAnswer, reply.json)) {
    ledger.reject('explainer', 'schema');
    return { ok: false, failure: 'schema' };
  }
  const outcome = checkRationales(reply.json, result, model);
  if (!outcome.ok) ledger.reject('explainer', outcome.failure);
  return outcome;
}
