/**
 * Stepwise sessions: a case is opened, evidence is added step by step, and every step is stored
 * with what was observed and what the engine advised (the full trace). The current result is
 * recomputed from the stored case, so it is always what the engine says for exactly that evidence.
 * A session of another organization is answered exactly like a missing one.
 */
import { randomUUID } from 'node:crypto';
import { modelAuditFields } from '../audit.js';
import { diagnose, diagnoseBelief, type DiagnosisResult } from '../../core/diagnose.js';
import { initialBelief, observe } from '../../core/posterior.js';
import { answerAction } from '../../core/workup.js';
import { parseCase, type Observation, type PatientCase } from '../../core/evidence.js';
import { issue } from '../../core/issues.js';
import type { AppContext } from './types.js';
import { conflict, fromIssues, notFound } from '../errors.js';
import { apiObservation, forDefaultModel, planOptions, presentDiagnosis, type PlanRequest } from '../present.js';
import type { ResolvedModel } from '../registry.js';
import { ErrorBody, SessionCreate, SessionEvidence, SessionParams, SessionResponse } from '../schemas.js';
import type { SessionRecord } from '../store/store.js';
import type { Server } from './types.js';

interface StartPayload extends PlanRequest {
  readonly age: number;
  readonly sex: 'female' | 'male';
  readonly findings: readonly Observation[];
}

interface StepPayload {
  readonly findings: readonly Observation[];
  readonly actionId?: string;
  readonly spentUsd: number;
  readonly top: readonly { condition_id: string; probability: number }[];
  readonly nextActionId?: string;
  readonly shouldStop: boolean;
}

function summary(r: DiagnosisResult): Pick<StepPayload, 'top' | 'nextActionId' | 'shouldStop'> {
  return {
    top: r.differential.slice(0, 5).map((d) => ({ condition_id: d.conditionId, probability: d.probability })),
    ...(r.nextActions[0] ? { nextActionId: r.nextActions[0].actionId } : {}),
    shouldStop: r.shouldStop,
  };
}

/**
 * Replay a stored session through the core's work-up step: the case so far, the amount spent and the
 * engine's result. A step that names its action answers that action, so the action's findings it did
 * not report count as skipped and the action is not offered again (as in the interview and benches).
 */
function replay(s: SessionRecord, rm: ResolvedModel) {
  const start = s.start as StartPayload;
  const { cm } = rm;
  const findings: Observation[] = [];
  let spent = start.spent_usd ?? 0;
  let state = initialBelief(cm, start.age, start.sex);
  for (const e of s.events) {
    const p = e.payload as StepPayload;
    findings.push(...p.findings);
    const ai = p.actionId !== undefined ? cm.actionIndex.get(p.actionId) : undefined;
    state = ai !== undefined ? answerAction(state, cm.actions[ai]!, p.findings) : observe(state, p.findings);
    if (e.seq > 0) spent = p.spentUsd;
  }
  const pc: PatientCase = { age: start.age, sex: start.sex, findings };
  return { start, pc, spent, state, result: diagnoseBelief(state, planOptions(start, s.steps, spent)) };
}

function present(s: SessionRecord, rm: ResolvedModel) {
  const { start, spent, result } = replay(s, rm);
  return {
    id: s.id,
    created_at: s.createdAt.toISOString(),
    updated_at: s.updatedAt.toISOString(),
    steps: s.steps,
    age: start.age,
    sex: start.sex,
    mode: start.mode ?? 'no-budget',
    ...(start.budget_usd !== undefined ? { budget_usd: start.budget_usd } : {}),
    spent_usd: spent,
    trace: s.events.map((e) => {
      const p = e.payload as StepPayload;
      return {
        seq: e.seq, kind: e.kind, at: e.createdAt.toISOString(), findings: p.findings.map(apiObservation),
        ...(p.actionId ? { action_id: p.actionId } : {}),
        spent_usd: p.spentUsd, top: [...p.top],
        ...(p.nextActionId ? { next_action_id: p.nextActionId } : {}),
        should_stop: p.shouldStop,
      };
    }),
    result: presentDiagnosis(result, rm.entry),
  };
}

/** Registers POST /v1/sessions, POST /v1/sessions/:id/evidence, GET /v1/sessions/:id. */
export function registerSessionRoutes(app: Server, ctx: AppContext): void {
  const loadModel = async (hash: string, req: Parameters<AppContext['authorize']>[0]) => {
    // The session's model, if the caller may still use it (a model can be withdrawn from release).
    const rm = await ctx.registry.resolve(hash, req.caller!);
    req.auditInfo = { ...req.auditInfo!, ...modelAuditFields(rm.entry) };
    return rm;
  };

  app.post('/v1/sessions', {
    config: { auth: 'diagnose', audit: { action: 'create', operation: 'session-create' } },
    schema: { tags: ['sessions'], summary: 'Open a stepwise session', body: SessionCreate, response: { 201: SessionResponse, '4xx': ErrorBody } },
  }, async (req, reply) => {
    const caller = await ctx.authorize(req, 'diagnose');
    const rm = await ctx.registry.resolve(req.body.model, caller);
    const id = randomUUID();
    req.auditInfo = { operation: 'session-create', ...modelAuditFields(rm.entry), entity: id };
    const pc = parseCase({ age: req.body.age, sex: req.body.sex, findings: req.body.findings ?? [] }, rm.cm.model);
    if (!pc.ok) throw fromIssues(forDefaultModel(pc.issues, req.body.model !== undefined, rm.entry.modelId));
    const b = req.body;
    const start: StartPayload = {
      age: pc.value.age, sex: pc.value.sex, findings: pc.value.findings,
      ...(b.mode ? { mode: b.mode } : {}), ...(b.budget_usd !== undefined ? { budget_usd: b.budget_usd } : {}),
      ...(b.spent_usd !== undefined ? { spent_usd: b.spent_usd } : {}), ...(b.top_k !== undefined ? { top_k: b.top_k } : {}),
      ...(b.max_differential !== undefined ? { max_differential: b.max_differential } : {}),
    };
    const result = diagnose(rm.cm, pc.value, planOptions(start, 0));
    const first: StepPayload = { findings: pc.value.findings, spentUsd: start.spent_usd ?? 0, ...summary(result) };
    await ctx.store.createSession({ id, orgId: caller.orgId, keyId: caller.keyId, modelHash: rm.entry.contentHash, start }, { kind: 'start', payload: first });
    const s = await ctx.store.getSession(id, caller.orgId);
    return reply.code(201).send(present(s!, rm));
  });

  app.post('/v1/sessions/:id/evidence', {
    config: { auth: 'diagnose', audit: { action: 'update', operation: 'session-evidence' } },
    schema: { tags: ['sessions'], summary: 'Add the findings of one step', params: SessionParams, body: SessionEvidence, response: { 200: SessionResponse, '4xx': ErrorBody } },
  }, async (req) => {
    const caller = await ctx.authorize(req, 'diagnose');
    req.auditInfo = { operation: 'session-evidence', entity: req.params.id };
    const s = await ctx.store.getSession(req.params.id, caller.orgId);
    if (!s) throw notFound('unknown-session', 'no such session');
    if (req.body.expected_step !== undefined && req.body.expected_step !== s.steps) throw conflict('stale-step', 'the session has moved on; fetch it and retry');
    const rm = await loadModel(s.modelHash, req);
    const { start, pc, spent, state } = replay(s, rm);
    const parsed = parseCase({ age: start.age, sex: start.sex, findings: req.body.findings }, rm.cm.model);
    if (!parsed.ok) throw fromIssues(parsed.issues);
    const known = new Set(pc.findings.map((f) => f.id));
    const dups = parsed.value.findings.map((f, i) => (known.has(f.id) ? issue('duplicate', `$.findings[${i}].id`, 'this finding was already recorded in the session') : undefined)).filter((x) => x !== undefined);
    if (dups.length) throw fromIssues(dups);
    let spentUsd = spent;
    const actionId = req.body.action_id;
    if (actionId !== undefined) {
      const action = rm.cm.model.actions.find((a) => a.id === actionId);
      if (!action) throw fromIssues([issue('unknown-action', '$.action_id', 'no such action in this model')]);
      if (action.kind !== 'question') spentUsd += action.priceUsd;
    }
    const ai = actionId !== undefined ? rm.cm.actionIndex.get(actionId) : undefined;
    const next = ai !== undefined ? answerAction(state, rm.cm.actions[ai]!, parsed.value.findings) : observe(state, parsed.value.findings);
    const result = diagnoseBelief(next, planOptions(start, s.steps + 1, spentUsd));
    const payload: StepPayload = { findings: parsed.value.findings, ...(actionId ? { actionId } : {}), spentUsd, ...summary(result) };
    const ok = await ctx.store.appendSessionEvent(s.id, caller.orgId, s.steps, { kind: 'evidence', payload });
    if (!ok) throw conflict('stale-step', 'the session changed while this step was recorded; fetch it and retry');
    const updated = await ctx.store.getSession(s.id, caller.orgId);
    return present(updated!, rm);
  });

  app.get('/v1/sessions/:id', {
    config: { auth: 'diagnose', audit: { action: 'read', operation: 'session-read' } },
    schema: { tags: ['sessions'], summary: 'A session with its full trace and current result', params: SessionParams, response: { 200: SessionResponse, '4xx': ErrorBody } },
  }, async (req) => {
    const caller = await ctx.authorize(req, 'diagnose');
    req.auditInfo = { operation: 'session-read', entity: req.params.id };
    const s = await ctx.store.getSession(req.params.id, caller.orgId);
    if (!s) throw notFound('unknown-session', 'no such session');
    return present(s, await loadModel(s.modelHash, req));
  });
}
