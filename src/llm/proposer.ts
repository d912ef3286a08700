/**
 * The proposer role: hypotheses outside the model's conditions, each labelled "proposed by the
 * language model, not scored" and kept apart from the calibrated differential. A proposal that names
 * one of the model's own conditions is dropped (the engine already scores it); one that names a
 * condition of another built-in model (a rare disease, say) says so.
 */
import type { DiagnosisResult } from '../core/diagnose.js';
import type { KnowledgeModel } from '../core/model.js';
import type { DeidentifiedText } from '../privacy/deid/types.js';
import type { CallLedger } from './budget.js';
import { engineListText, PROPOSER_SYSTEM } from './prompts.js';
import type { LlmFailure } from './provider.js';
import { conforms, outputSchema, ProposerAnswer } from './schemas.js';

export const PROPOSAL_LABEL = 'proposed by the language model, not scored';

export interface Proposal {
  readonly name: string;
  readonly rationale: string;
  readonly label: typeof PROPOSAL_LABEL;
  /** A condition of another built-in model with this name, which that model could score. */
  readonly matches?: { readonly model: string; readonly conditionId: string; readonly name: string };
}

export type ProposerOutcome = { readonly ok: true; readonly proposals: readonly Proposal[] } | { readonly ok: false; readonly failure: LlmFailure };

/** Lower case, letters and digits only, so "Crohn's disease" and "crohn disease" meet. */
export function normaliseName(s: string): string {
  return s.toLowerCase().replace(/'s\b/g, '').replace(/[^a-z0-9]+/g, ' ').trim();
}

function nameIndex(model: KnowledgeModel): Map<string, { conditionId: string; name: string }> {
  const index = new Map<string, { conditionId: string; name: string }>();
  for (const c of model.conditions) {
    for (const n of [c.name, ...(c.synonyms ?? [])]) index.set(normaliseName(n), { conditionId: c.id, name: c.name });
  }
  return index;
}

/** Drop proposals the model already has, and mark those another built-in model has. Pure; exported for tests. */
export function checkProposals(answer: ProposerAnswer, model: KnowledgeModel, others: readonly KnowledgeModel[]): Proposal[] {
  const own = nameIndex(model);
  const elsewhere = others.map((m) => ({ id: m.id, index: nameIndex(m) }));
  const out: Proposal[] = [];
  const seen = new Set<string>();
  for (const p of answer.proposals) {
    const key = normaliseName(p.name);
    if (!key || own.has(key) || seen.has(key)) continue;
    seen.add(key);
    const hit = elsewhere.map((o) => ({ model: o.id, match: o.index.get(key) })).find((h) => h.match !== undefined);
    out.push({ name: p.name.trim(), rationale: p.rationale.trim(), label: PROPOSAL_LABEL, ...(hit?.match ? { matches: { model: hit.model, ...hit.match } } : {}) });
  }
  return out;
}

/** Ask the proposer for hypotheses outside the model's conditions, labelled and filtered (see the module comment). */
export async function propose(ledger: CallLedger, model: KnowledgeModel, others: readonly KnowledgeModel[], note: DeidentifiedText, result: DiagnosisResult, maxOutputTokens: number): Promise<ProposerOutcome> {
  const reply = await ledger.call({ role: 'proposer', system: PROPOSER_SYSTEM, user: [engineListText(result), note], output: outputSchema('ddx_proposer', ProposerAnswer), maxOutputTokens });
  if (!reply.ok) return { ok: false, failure: reply.failure };
  if (!conforms<ProposerAnswer>(ProposerAnswer, reply.json)) {
    ledger.reject('proposer', 'schema');
    return { ok: false, failure: 'schema' };
  }
  return { ok: true, proposals: checkProposals(reply.json, model, others) };
}
