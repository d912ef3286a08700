/**
 * `POST /v1/notes/diagnose`: a clinician note in, the differential out. The rule-based notes pipeline
 * reads the note; when the caller's organization has a language model configured (off by default),
 * the hybrid runs: the model sees only de-identified text, its findings are merged with conflicts
 * shown, its proposals sit apart and unscored, and any failure falls back to the built-in pipeline.
 */
import { Type } from 'typebox';
import { diagnose } from '../../core/diagnose.js';
import { parseCase } from '../../core/evidence.js';
import { InputError } from '../../core/issues.js';
import { runHybrid, type HybridReport } from '../../llm/index.js';
import type { AppContext } from './types.js';
import { modelAuditFields } from '../audit.js';
import { fromIssues, notImplemented } from '../errors.js';
import { llmForOrg, providerFor, recordLlmCalls } from '../llm.js';
import { apiObservation, planOptions, presentDiagnosis } from '../present.js';
import { DiagnoseResponse, ErrorBody, Observation } from '../schemas.js';
import type { Server } from './types.js';

const NoteDiagnoseRequest = Type.Object({
  text: Type.String({ minLength: 1, maxLength: 200_000, description: 'The clinician note' }),
  age: Type.Number({ minimum: 0, maximum: 130 }),
  sex: Type.Union([Type.Literal('female'), Type.Literal('male')]),
  model: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
  use_llm: Type.Optional(Type.Boolean({ description: 'Use the organization\'s language model when one is configured (default true)' })),
}, { additionalProperties: false });

const LlmFinding = Type.Object({ finding_id: Type.String(), present: Type.Boolean(), evidence: Type.String({ description: 'Quote from the de-identified note' }) });
const LlmPart = Type.Object({
  used: Type.Boolean(),
  status: Type.String(),
  fallbacks: Type.Array(Type.Object({ role: Type.String(), reason: Type.String() })),
  added: Type.Array(LlmFinding),
  conflicts: Type.Array(Type.Object({ finding_id: Type.String(), rules: Type.Boolean(), llm: Type.Boolean(), evidence: Type.String() })),
  dropped: Type.Array(Type.Object({ finding_id: Type.String(), reason: Type.String() })),
  proposals: Type.Array(Type.Object({ name: Type.String(), rationale: Type.String(), label: Type.String(), matches: Type.Optional(Type.Object({ model: Type.String(), condition_id: Type.String(), name: Type.String() })) })),
  rationales: Type.Array(Type.Object({ condition_id: Type.String(), text: Type.String(), finding_ids: Type.Array(Type.String()) })),
  tokens: Type.Object({ input: Type.Integer(), output: Type.Integer() }),
});
const NoteDiagnoseResponse = Type.Object({ result: DiagnoseResponse, findings: Type.Array(Observation), llm: Type.Optional(LlmPart) });

function presentLlm(r: HybridReport) {
  return {
    used: r.used, status: r.status, fallbacks: r.fallbacks.map((f) => ({ role: f.role, reason: f.reason })),
    added: r.added.map((f) => ({ finding_id: f.findingId, present: f.present, evidence: f.evidence })),
    conflicts: r.conflicts.map((c) => ({ finding_id: c.findingId, rules: c.rules, llm: c.llm, evidence: c.evidence })),
    dropped: r.dropped.map((d) => ({ finding_id: d.findingId, reason: d.reason })),
    proposals: r.proposals.map((p) => ({ name: p.name, rationale: p.rationale, label: p.label, ...(p.matches ? { matches: { model: p.matches.model, condition_id: p.matches.conditionId, name: p.matches.name } } : {}) })),
    rationales: r.rationales.map((x) => ({ condition_id: x.conditionId, text: x.text, finding_ids: [...x.findingIds] })),
    tokens: r.tokens,
  };
}

/** Registers POST /v1/notes/diagnose. */
export function registerNoteRoutes(app: Server, ctx: AppContext): void {
  app.post('/v1/notes/diagnose', {
    config: { auth: 'diagnose', audit: { action: 'operation', operation: 'diagnose-note' } },
    schema: {
      tags: ['diagnose'], summary: 'Differential from a clinician note (rule-based reading; the organization\'s language model when configured)',
      body: NoteDiagnoseRequest, response: { 200: NoteDiagnoseResponse, '4xx': ErrorBody, 501: ErrorBody },
    },
  }, async (req) => {
    const caller = await ctx.authorize(req, 'diagnose');
    const extract = ctx.intake?.extract;
    if (!extract) throw notImplemented('note extraction');
    const { entry, cm } = await ctx.registry.resolve(req.body.model, caller);
    req.auditInfo = { operation: 'diagnose-note', ...modelAuditFields(entry) };
    const llm = req.body.use_llm === false ? undefined : llmForOrg(ctx.config.llm, caller.orgId);
    const options = planOptions({ mode: 'no-budget' }, 0);
    if (llm) {
      const hybrid = await runHybrid({ model: cm.model, compiled: cm, note: req.body.text, age: req.body.age, sex: req.body.sex, diagnose: options }, { provider: providerFor(llm), config: llm })
        .catch((e: unknown) => { throw e instanceof InputError ? fromIssues(e.issues) : e; });
      await recordLlmCalls(ctx, req, hybrid.llm.calls);
      return { result: presentDiagnosis(hybrid.diagnosis, entry), findings: hybrid.findings.map(apiObservation), llm: presentLlm(hybrid.llm) };
    }
    const read = extract(req.body.text, cm.model);
    if (!read.ok) throw fromIssues(read.issues.map((i) => ({ ...i, path: i.path.replace(/^\$/, '$.text') })));
    const pc = parseCase({ age: req.body.age, sex: req.body.sex, findings: read.value.findings }, cm.model);
    if (!pc.ok) throw fromIssues(pc.issues);
    return { result: presentDiagnosis(diagnose(cm, pc.value, options), entry), findings: read.value.findings.map(apiObservation) };
  });
}
