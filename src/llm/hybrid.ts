/**
 * The hybrid: the language model reads and proposes, the engine scores. The note is de-identified
 * before the provider sees anything; the rule-based pipeline reads the note locally; the reader's
 * findings are merged in (conflicts shown); the engine alone ranks, explains and chooses next steps;
 * the proposer's ideas and the explainer's wording sit beside the result, never inside it. Any
 * failure falls back to the built-in pipeline and says so.
 */
import type { CompiledModel } from '../core/compile.js';
import { diagnose, type DiagnosisResult, type DiagnoseOptions } from '../core/diagnose.js';
import { parseCase, type Observation } from '../core/evidence.js';
import { InputError, type Issue } from '../core/issues.js';
import type { KnowledgeModel } from '../core/model.js';
import { buildLexicon, extractFindings } from '../intake/notes/index.js';
import { deidentifyText, type Lexicon as DeidLexicon } from '../privacy/deid/index.js';
import { CallLedger } from './budget.js';
import type { LlmConfig } from './config.js';
import { explainResult, type Rationale } from './explainer.js';
import { propose, type Proposal } from './proposer.js';
import type { LlmCallRecord, LlmFailure, LlmProvider, LlmRole } from './provider.js';
import { mergeReadings, readNote, type DroppedFinding, type ReadFinding, type ReadingConflict } from './reader.js';

export interface HybridInput {
  readonly model: KnowledgeModel;
  readonly compiled: CompiledModel;
  /** The raw note: read locally by the rules, de-identified before anything is sent. */
  readonly note: string;
  readonly age: number | undefined;
  readonly sex: string | undefined;
  readonly diagnose: DiagnoseOptions;
}

export interface HybridContext {
  readonly provider: LlmProvider;
  readonly config: LlmConfig;
  /** Other built-in models, so a proposal can say which of them has it. */
  readonly others?: readonly KnowledgeModel[];
  readonly deidLexicon?: DeidLexicon;
}

export interface RoleFallback {
  readonly role: LlmRole;
  readonly reason: LlmFailure | 'skipped';
}

export interface HybridReport {
  /** True when some language-model output was used (findings added, proposals or rationales). */
  readonly used: boolean;
  readonly fallbacks: readonly RoleFallback[];
  /** A sentence for the clinician on what the language model did. */
  readonly status: string;
  readonly added: readonly ReadFinding[];
  readonly agreed: readonly string[];
  readonly conflicts: readonly ReadingConflict[];
  readonly dropped: readonly DroppedFinding[];
  readonly proposals: readonly Proposal[];
  readonly rationales: readonly Rationale[];
  readonly calls: readonly LlmCallRecord[];
  readonly tokens: { readonly input: number; readonly output: number };
}

export interface HybridResult {
  readonly diagnosis: DiagnosisResult;
  /** The findings the engine scored: the rule-based ones plus those only the language model read. */
  readonly findings: readonly Observation[];
  readonly llm: HybridReport;
}

const TRANSPORT: ReadonlySet<LlmFailure> = new Set(['timeout', 'connection', 'rate-limited', 'http-error', 'budget']);

function statusLine(report: Omit<HybridReport, 'status'>): string {
  if (report.fallbacks.length === 0) return 'language model used: findings merged, proposals and rationale beside the engine result';
  const why = [...new Set(report.fallbacks.map((f) => f.reason))].join(', ');
  return report.used
    ? `language model partly used; fell back to the built-in pipeline for ${report.fallbacks.map((f) => f.role).join(', ')} (${why})`
    : `language model not used (${why}): built-in pipeline only`;
}

function caseFrom(model: KnowledgeModel, input: HybridInput, findings: readonly Observation[]) {
  const parsed = parseCase({ age: input.age, sex: input.sex, findings }, model);
  if (!parsed.ok) throw new InputError(parsed.issues.map((i): Issue => (i.path === '$.age' ? { ...i, path: '--age' } : i.path === '$.sex' ? { ...i, path: '--sex' } : i)));
  return parsed.value;
}

/** Run the hybrid on one note. Throws `InputError` only for bad input; language-model trouble never throws. */
export async function runHybrid(input: HybridInput, ctx: HybridContext): Promise<HybridResult> {
  const deid = deidentifyText(input.note, { mode: 'redact', ...(ctx.deidLexicon ? { lexicon: ctx.deidLexicon } : {}) });
  if (!deid.ok) throw new InputError(deid.issues);
  const rules = extractFindings(input.note, buildLexicon(input.model));
  if (!rules.ok) throw new InputError(rules.issues);
  const ledger = new CallLedger(ctx.provider, ctx.config);
  const fallbacks: RoleFallback[] = [];
  const tokens = ctx.config.maxOutputTokens;

  const read = await readNote(ledger, input.model, deid.value.text, tokens);
  if (!read.ok) fallbacks.push({ role: 'reader', reason: read.failure });
  const merged = mergeReadings(rules.value.findings, read.ok ? read.findings : []);
  const diagnosis = diagnose(input.compiled, caseFrom(input.model, input, merged.findings), input.diagnose);

  let proposals: readonly Proposal[] = [];
  let rationales: readonly Rationale[] = [];
  if (!read.ok && TRANSPORT.has(read.failure)) {
    fallbacks.push({ role: 'proposer', reason: 'skipped' }, { role: 'explainer', reason: 'skipped' });
  } else {
    const [p, e] = await Promise.all([
      propose(ledger, input.model, ctx.others ?? [], deid.value.text, diagnosis, tokens),
      explainResult(ledger, input.model, diagnosis, tokens),
    ]);
    if (p.ok) proposals = p.proposals; else fallbacks.push({ role: 'proposer', reason: p.failure });
    if (e.ok) rationales = e.rationales; else fallbacks.push({ role: 'explainer', reason: e.failure });
  }
  const calls = ledger.calls;
  const base = {
    used: merged.added.length > 0 || merged.agreed.length > 0 || proposals.length > 0 || rationales.length > 0,
    fallbacks, added: merged.added, agreed: merged.agreed, conflicts: merged.conflicts,
    dropped: read.dropped, proposals, rationales, calls,
    tokens: { input: calls.reduce((n, c) => n + c.inputTokens, 0), output: calls.reduce((n, c) => n + c.outputTokens, 0) },
  };
  return { diagnosis, findings: merged.findings, llm: { ...base, status: statusLine(base) } };
}


