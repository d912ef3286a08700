/**
 * Routes the clinician workbench needs beyond the core API: who the key belongs to (so the screen
 * shows only what its scopes allow), a model's vocabulary (to pick or correct findings and to
 * enter a reviewer's differential), the most useful tests on their own (questions, being nearly
 * free, fill the general next-action list), and the FHIR export of a case given as findings.
 */
import { Type } from 'typebox';
import { modelAuditFields } from '../audit.js';
import { diagnose } from '../../core/diagnose.js';
import { parseCase } from '../../core/evidence.js';
import { rankActions } from '../../core/next-action.js';
import { beliefFromCase } from '../../core/posterior.js';
import type { AppContext } from './types.js';
import { fromIssues, notImplemented } from '../errors.js';
import { apiObservation, planOptions, presentModelInfo } from '../present.js';
import { Anything, DiagnoseRequest, ErrorBody, ModelInfo, ModelRef, Observation } from '../schemas.js';
import { FhirBundle } from './fhir.js';
import type { Server } from './types.js';

const Me = Type.Object({ key_id: Type.String(), org: Type.String(), owner: Type.Boolean(), scopes: Type.Array(Type.String()) });
const Named = Type.Object({ id: Type.String(), name: Type.String() });
const NextActionOut = Type.Object({ action_id: Type.String(), kind: Type.String(), name: Type.String(), cost_usd: Type.Number(), expected_gain: Type.Number({ description: 'Expected entropy reduction, nats' }), score: Type.Number() });
export const Vocabulary = Type.Object({
  model: ModelInfo,
  findings: Type.Array(Type.Object({
    id: Type.String(), name: Type.String(), kind: Type.String(), value_type: Type.String(),
    question: Type.Optional(Type.String()), values: Type.Optional(Type.Array(Named)),
  })),
  conditions: Type.Array(Type.Object({ id: Type.String(), name: Type.String(), cant_miss: Type.Boolean(), icd10: Type.Array(Type.String()) })),
  actions: Type.Array(Type.Object({ id: Type.String(), kind: Type.String(), name: Type.String(), price_usd: Type.Number(), reveals: Type.Array(Type.String()) })),
});

/** Who is calling (GET /v1/me) and a model's vocabulary (GET /v1/vocabulary). */
function registerLookupRoutes(app: Server, ctx: AppContext): void {
  app.get('/v1/me', {
    config: { auth: ['diagnose', 'admin', 'review'] },
    schema: { tags: ['keys'], summary: 'The calling API key: its organization and scopes', response: { 200: Me, '4xx': ErrorBody } },
  }, async (req) => {
    const c = await ctx.authorize(req, ['diagnose', 'admin', 'review']);
    return { key_id: c.keyId, org: c.orgId, owner: c.owner, scopes: [...c.scopes] };
  });

  app.get('/v1/vocabulary', {
    config: { auth: ['diagnose', 'admin', 'review'] },
    schema: {
      tags: ['models'], summary: "A model's findings, conditions and actions (for picking and correcting findings)",
      querystring: Type.Object({ model: Type.Optional(ModelRef) }, { additionalProperties: false }),
      response: { 200: Vocabulary, '4xx': ErrorBody },
    },
  }, async (req) => {
    const caller = await ctx.authorize(req, ['diagnose', 'admin', 'review']);
    const { entry, cm } = await ctx.registry.resolve(req.query.model, caller);
    const m = cm.model;
    return {
      model: presentModelInfo(entry),
      findings: m.findings.map((f) => ({
        id: f.id, name: f.name, kind: f.kind, value_type: f.valueType,
        ...(f.question ? { question: f.question } : {}),
        ...(f.valueType !== 'binary' ? { values: f.values.map((v) => ({ id: v.id, name: v.name })) } : {}),
      })),
      conditions: m.conditions.map((c) => ({ id: c.id, name: c.name, cant_miss: c.cantMiss, icd10: [...c.icd10] })),
      actions: m.actions.map((a) => ({ id: a.id, kind: a.kind, name: a.name, price_usd: a.kind === 'question' ? 0 : a.priceUsd, reveals: [...a.reveals] })),
    };
  });
}

/** A case's useful tests (POST /v1/diagnose/tests) and FHIR in and out (POST /v1/fhir/case, POST /v1/diagnose/fhir). */
function registerCaseRoutes(app: Server, ctx: AppContext): void {
  app.post('/v1/diagnose/tests', {
    config: { auth: 'diagnose', audit: { action: 'operation', operation: 'diagnose-tests' } },
    schema: {
      tags: ['diagnose'], summary: 'The most useful tests for a case (ranked like next best actions, questions left out)',
      body: DiagnoseRequest, response: { 200: Type.Object({ tests: Type.Array(NextActionOut) }), '4xx': ErrorBody },
    },
  }, async (req) => {
    const caller = await ctx.authorize(req, 'diagnose');
    const { entry, cm } = await ctx.registry.resolve(req.body.model, caller);
    req.auditInfo = { operation: 'diagnose-tests', ...modelAuditFields(entry) };
    const pc = parseCase({ age: req.body.age, sex: req.body.sex, findings: req.body.findings ?? [] }, cm.model);
    if (!pc.ok) throw fromIssues(pc.issues);
    const opts = planOptions(req.body, req.body.steps ?? 0);
    const tests = rankActions(beliefFromCase(cm, pc.value), opts).filter((a) => a.kind !== 'question').slice(0, opts.topK ?? 5);
    return { tests: tests.map((a) => ({ action_id: a.actionId, kind: a.kind, name: a.name, cost_usd: a.costUsd, expected_gain: a.expectedGain, score: a.score })) };
  });

  app.post('/v1/fhir/case', {
    config: { auth: 'diagnose', audit: { action: 'operation', operation: 'fhir-case' } },
    schema: {
      tags: ['fhir'], summary: 'The case (age, sex, findings) a FHIR R4 Bundle gives for a model, to start a case screen from',
      querystring: Type.Object({ model: Type.Optional(ModelRef) }, { additionalProperties: false }),
      body: FhirBundle,
      response: { 200: Type.Object({ age: Type.Number(), sex: Type.String(), findings: Type.Array(Observation), unmapped: Type.Integer(), ignored: Type.Integer() }), '4xx': ErrorBody, 501: ErrorBody },
    },
  }, async (req) => {
    const caller = await ctx.authorize(req, 'diagnose');
    const toCase = ctx.intake?.bundleToCase;
    if (!toCase) throw notImplemented('FHIR input');
    const { entry, cm } = await ctx.registry.resolve(req.query.model, caller);
    req.auditInfo = { operation: 'fhir-case', ...modelAuditFields(entry) };
    const bc = toCase(req.body, cm.model);
    if (!bc.ok) throw fromIssues(bc.issues.map((i) => ({ ...i, path: i.path.replace(/^Bundle/, '$') })));
    const c = bc.value;
    return { age: c.case.age, sex: c.case.sex, findings: c.case.findings.map(apiObservation), unmapped: c.unmapped.length, ignored: c.ignored.length };
  });

  app.post('/v1/diagnose/fhir', {
    config: { auth: 'diagnose', audit: { action: 'operation', operation: 'diagnose-fhir' } },
    schema: {
      tags: ['fhir'], summary: 'The differential for a case as a FHIR R4 Bundle (ClinicalImpression and RiskAssessment)',
      body: DiagnoseRequest, response: { 200: Anything, '4xx': ErrorBody, 501: ErrorBody },
    },
  }, async (req, reply) => {
    const caller = await ctx.authorize(req, 'diagnose');
    const toFhir = ctx.intake?.diagnosisToFhir;
    if (!toFhir) throw notImplemented('FHIR export');
    const { entry, cm } = await ctx.registry.resolve(req.body.model, caller);
    req.auditInfo = { operation: 'diagnose-fhir', ...modelAuditFields(entry) };
    const pc = parseCase({ age: req.body.age, sex: req.body.sex, findings: req.body.findings ?? [] }, cm.model);
    if (!pc.ok) throw fromIssues(pc.issues);
    const result = diagnose(cm, pc.value, planOptions(req.body, req.body.steps ?? 0));
    const bundle = toFhir(result, { case: pc.value, sources: [], ignored: [], unmapped: [], warnings: [], asOf: new Date().toISOString() });
    return reply.type('application/fhir+json').send(bundle as Record<string, unknown>);
  });
}

/** Registers GET /v1/me, GET /v1/vocabulary, POST /v1/diagnose/tests, POST /v1/fhir/case, POST /v1/diagnose/fhir. */
export function registerWorkbenchRoutes(app: Server, ctx: AppContext): void {
  registerLookupRoutes(app, ctx);
  registerCaseRoutes(app, ctx);
}
