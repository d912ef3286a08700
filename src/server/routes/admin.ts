/**
 * The model catalog and its administration by the owning organization: upload an artifact
 * (verified by its content hash), store validation reports, record clinician sign-offs, and
 * promote internal → validated → released through the configured gates. Also the audit trail
 * and key revocation for admins.
 */
import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { createApiKey } from '../api-keys.js';
import type { Caller } from '../auth.js';
import type { AppContext } from './types.js';
import { modelAuditFields, toFhirAuditEvent } from '../audit.js';
import { conflict, forbidden, notFound, type ApiIssue } from '../errors.js';
import { ModelRegistry, type RegistryEntry } from '../registry.js';
import { signoffCount } from '../release-gates.js';
import { Anything, AuditQuery, ErrorBody, HashParams, ModelDetail, ModelList, ModelUpload, Promote, Signoff, ValidationReport } from '../schemas.js';
import type { Server } from './types.js';

function requireOwner(caller: Caller): void {
  if (!caller.owner) throw forbidden('not-model-owner', 'only the organization that runs this service administers its models');
}

/** A registry model by content hash, or 404. */
async function ownedModel(registry: ModelRegistry, hash: string): Promise<RegistryEntry> {
  const e = await registry.find(hash);
  if (!e) throw notFound('unknown-model', 'no such model');
  return e;
}

/** Refuses built-in models: only uploaded ones are managed through the registry. */
function uploaded(e: RegistryEntry): void {
  if (e.source === 'builtin') throw conflict('builtin-model', 'built-in models ship released and are not managed through the registry');
}

/**
 * The checks every lifecycle route runs first, in this order: the caller has `scope` and belongs to the owning
 * organization, and `hash` names a model in the registry that was uploaded (not built in).
 */
async function managedModel(ctx: AppContext, req: FastifyRequest, scope: 'admin' | 'review', hash: string): Promise<{ caller: Caller; e: RegistryEntry }> {
  const caller = await ctx.authorize(req, scope);
  requireOwner(caller);
  const e = await ownedModel(ctx.registry, hash);
  uploaded(e);
  return { caller, e };
}

/** A model with its validation reports, sign-offs and the configured gates (the API's `ModelDetail`). */
async function modelDetail(ctx: AppContext, e: RegistryEntry) {
  const { store, config: { gates } } = ctx;
  const [reports, signoffs] = e.source === 'builtin' ? [[], []] : await Promise.all([store.listValidationReports(e.contentHash), store.listSignoffs(e.contentHash)]);
  return {
    content_hash: e.contentHash, id: e.modelId, version: e.version, name: e.name, status: e.status, source: e.source,
    validation_reports: reports.map((r) => ({ case_set: r.caseSet, n_cases: r.nCases, top1: r.top1, ece: r.ece, cant_miss_recall: r.cantMissRecall, submitted_by: r.submittedBy, created_at: r.createdAt.toISOString() })),
    signoffs: signoffs.map((s) => ({ reviewer_id: s.reviewerId, reviewer_name: s.reviewerName, key_id: s.keyId, org_id: s.orgId, signed_at: s.signedAt.toISOString() })),
    gates: { case_set: gates.caseSet, min_cases: gates.minCases, min_top1: gates.minTop1, max_ece: gates.maxEce, min_cant_miss_recall: gates.minCantMissRecall, min_signoffs: gates.minSignoffs },
  };
}

/** Why a model may not move to `to` yet: no passing validation report on the gate's case set, too few sign-offs (empty when it may). */
async function promotionUnmet(ctx: AppContext, contentHash: string, to: 'validated' | 'released'): Promise<ApiIssue[]> {
  const { store, config: { gates } } = ctx;
  const unmet: ApiIssue[] = [];
  const reports = (await store.listValidationReports(contentHash)).filter((r) => r.caseSet === gates.caseSet);
  const passing = reports.filter((r) => r.nCases >= gates.minCases && r.top1 >= gates.minTop1 && r.ece <= gates.maxEce && r.cantMissRecall >= gates.minCantMissRecall);
  if (passing.length === 0) {
    const last = reports[reports.length - 1];
    if (!last) unmet.push({ code: 'no-validation-report', path: '$.to', message: `no validation report on case set "${gates.caseSet}"` });
    else {
      if (last.nCases < gates.minCases) unmet.push({ code: 'too-few-cases', path: '$.to', message: `the report covers fewer than ${gates.minCases} cases` });
      if (last.top1 < gates.minTop1) unmet.push({ code: 'top1-below-threshold', path: '$.to', message: `top-1 accuracy is below ${gates.minTop1}` });
      if (last.ece > gates.maxEce) unmet.push({ code: 'ece-above-threshold', path: '$.to', message: `calibration error (ECE) is above ${gates.maxEce}` });
      if (last.cantMissRecall < gates.minCantMissRecall) unmet.push({ code: 'cant-miss-recall-below-threshold', path: '$.to', message: `can't-miss recall is below ${gates.minCantMissRecall}` });
    }
  }
  if (to === 'released') {
    const n = await signoffCount(store, contentHash);
    if (n < gates.minSignoffs) unmet.push({ code: 'too-few-signoffs', path: '$.to', message: `${n} of ${gates.minSignoffs} clinician sign-offs recorded` });
  }
  return unmet;
}

/** The model catalog: what a key may use, uploading an artifact, and one model's detail. */
function registerCatalogRoutes(app: Server, ctx: AppContext): void {
  const { registry, config } = ctx;
  const detail = (e: RegistryEntry) => modelDetail(ctx, e);

  app.get('/v1/models', {
    config: { auth: ['diagnose', 'admin', 'review'] },
    schema: { tags: ['models'], summary: 'Models this API key may use', response: { 200: ModelList, '4xx': ErrorBody } },
  }, async (req) => {
    const caller = await ctx.authorize(req, ['diagnose', 'admin', 'review']);
    const visible = await registry.visible(caller);
    const def = visible.find((e) => e.status === 'released');
    return { models: visible.map((e) => ({ content_hash: e.contentHash, id: e.modelId, version: e.version, name: e.name, status: e.status, source: e.source, default: e === def })) };
  });

  app.post('/v1/models', {
    bodyLimit: config.modelUploadLimit,
    config: { auth: 'admin', audit: { action: 'create', operation: 'model-upload' } },
    schema: { tags: ['registry'], summary: 'Upload a model artifact (stored as internal)', body: ModelUpload, response: { 201: ModelDetail, 200: ModelDetail, '4xx': ErrorBody } },
  }, async (req, reply) => {
    const caller = await ctx.authorize(req, 'admin');
    requireOwner(caller);
    const { entry, created } = await registry.upload(req.body);
    req.auditInfo = { operation: 'model-upload', ...modelAuditFields(entry) };
    return reply.code(created ? 201 : 200).send(await detail(entry));
  });

  app.get('/v1/models/:hash', {
    config: { auth: ['admin', 'review', 'diagnose'] },
    schema: { tags: ['registry'], summary: 'A model with its validation reports and sign-offs', params: HashParams, response: { 200: ModelDetail, '4xx': ErrorBody } },
  }, async (req) => {
    const caller = await ctx.authorize(req, ['admin', 'review', 'diagnose']);
    const e = await registry.find(req.params.hash);
    if (!e || !ModelRegistry.visibleTo(e, caller)) throw notFound('unknown-model', 'no such model is available to this API key');
    return detail(e);
  });
}

/** A model's way to release: validation reports, clinician sign-offs, and promotion through the gates. */
function registerLifecycleRoutes(app: Server, ctx: AppContext): void {
  const { store, registry } = ctx;
  const detail = (e: RegistryEntry) => modelDetail(ctx, e);

  app.post('/v1/models/:hash/validation-reports', {
    config: { auth: 'admin', audit: { action: 'create', operation: 'model-validation-report' } },
    schema: { tags: ['registry'], summary: 'Store a validation report for a model', params: HashParams, body: ValidationReport, response: { 201: ModelDetail, '4xx': ErrorBody } },
  }, async (req, reply) => {
    const { caller, e } = await managedModel(ctx, req, 'admin', req.params.hash);
    req.auditInfo = { operation: 'model-validation-report', ...modelAuditFields(e) };
    const b = req.body;
    await store.addValidationReport(e.contentHash, { caseSet: b.case_set, nCases: b.n_cases, top1: b.top1, ece: b.ece, cantMissRecall: b.cant_miss_recall, submittedBy: caller.keyId });
    return reply.code(201).send(await detail(e));
  });

  app.post('/v1/models/:hash/signoffs', {
    config: { auth: 'review', audit: { action: 'create', operation: 'model-signoff' } },
    schema: { tags: ['registry'], summary: 'Record a clinician sign-off (identity and time)', params: HashParams, body: Signoff, response: { 201: ModelDetail, '4xx': ErrorBody } },
  }, async (req, reply) => {
    const { caller, e } = await managedModel(ctx, req, 'review', req.params.hash);
    req.auditInfo = { operation: 'model-signoff', ...modelAuditFields(e) };
    if (e.status === 'internal') throw conflict('not-validated', 'a model is signed off after it is validated');
    const s = await store.addSignoff(e.contentHash, { reviewerId: req.body.reviewer_id, reviewerName: req.body.reviewer_name, keyId: caller.keyId, orgId: caller.orgId });
    if (!s) throw conflict('duplicate-signoff', 'this reviewer has already signed off this model');
    return reply.code(201).send(await detail(e));
  });

  app.post('/v1/models/:hash/promote', {
    config: { auth: 'admin', audit: { action: 'update', operation: 'model-promote' } },
    schema: { tags: ['registry'], summary: 'Promote internal → validated → released, if the gates are met', params: HashParams, body: Promote, response: { 200: ModelDetail, '4xx': ErrorBody } },
  }, async (req) => {
    const { e } = await managedModel(ctx, req, 'admin', req.params.hash);
    req.auditInfo = { operation: 'model-promote', ...modelAuditFields(e) };
    const to = req.body.to;
    const from = to === 'validated' ? 'internal' : 'validated';
    if (e.status !== from) throw conflict('wrong-status', `only a ${from} model can be promoted to ${to}`);
    const unmet = await promotionUnmet(ctx, e.contentHash, to);
    if (unmet.length) throw conflict('gate-not-met', `the model does not meet the gates for ${to}`, unmet);
    if (!(await store.setModelStatus(e.contentHash, from, to))) throw conflict('wrong-status', 'the model status changed meanwhile; fetch it and retry');
    registry.invalidate();
    return detail((await registry.find(e.contentHash))!);
  });
}

/** The audit trail and API keys, for admins. */
function registerAuditAndKeyRoutes(app: Server, ctx: AppContext): void {
  const { store } = ctx;

  app.get('/v1/audit', {
    config: { auth: 'admin' },
    schema: { tags: ['audit'], summary: 'Audit events (FHIR AuditEvent), newest first; no patient data', querystring: AuditQuery, response: { 200: Type.Object({ events: Type.Array(Anything), next_before: Type.Optional(Type.Integer()) }), '4xx': ErrorBody } },
  }, async (req) => {
    const caller = await ctx.authorize(req, 'admin');
    await ctx.audit.flush();
    const limit = req.query.limit ? Number(req.query.limit) : 100;
    const rows = await store.listAudit({ orgId: caller.owner ? undefined : caller.orgId, limit, beforeId: req.query.before ? Number(req.query.before) : undefined });
    const last = rows[rows.length - 1];
    return { events: rows.map(toFhirAuditEvent), ...(rows.length === limit && last ? { next_before: last.id } : {}) };
  });

  app.post('/v1/keys', {
    config: { auth: 'admin', audit: { action: 'create', operation: 'key-create' } },
    schema: {
      tags: ['keys'], summary: 'Create an API key (shown once); the owning org may create keys for any org',
      body: Type.Object({
        org: Type.Optional(Type.String({ pattern: '^[A-Za-z0-9._-]{1,100}$' })),
        scopes: Type.Array(Type.Union([Type.Literal('diagnose'), Type.Literal('admin'), Type.Literal('review')]), { minItems: 1, maxItems: 3 }),
        label: Type.Optional(Type.String({ maxLength: 200 })),
        expires_days: Type.Optional(Type.Number({ exclusiveMinimum: 0, maximum: 36_500 })),
      }, { additionalProperties: false }),
      response: { 201: Type.Object({ id: Type.String(), org: Type.String(), scopes: Type.Array(Type.String()), key: Type.String() }), '4xx': ErrorBody },
    },
  }, async (req, reply) => {
    const caller = await ctx.authorize(req, 'admin');
    const org = req.body.org ?? caller.orgId;
    if (org !== caller.orgId && !caller.owner) throw forbidden('other-org', 'an API key can only be created for your own organization');
    const expiresAt = req.body.expires_days ? new Date(Date.now() + req.body.expires_days * 86_400_000) : undefined;
    const { id, key } = await createApiKey(store, { orgId: org, scopes: req.body.scopes, ...(req.body.label ? { label: req.body.label } : {}), ...(expiresAt ? { expiresAt } : {}) });
    return reply.code(201).send({ id, org, scopes: [...new Set(req.body.scopes)].sort(), key });
  });

  app.delete('/v1/keys/:id', {
    config: { auth: 'admin', audit: { action: 'update', operation: 'key-revoke' } },
    schema: { tags: ['keys'], summary: 'Revoke an API key of your organization', params: Type.Object({ id: Type.String({ pattern: '^[0-9a-f]{24}$' }) }), response: { 200: Type.Object({ id: Type.String(), revoked: Type.Boolean() }), '4xx': ErrorBody } },
  }, async (req) => {
    const caller = await ctx.authorize(req, 'admin');
    const ok = await store.revokeKey(req.params.id, caller.owner ? undefined : caller.orgId);
    if (!ok) throw notFound('unknown-key', 'no such key');
    ctx.auth.forget(req.params.id);
    return { id: req.params.id, revoked: true };
  });
}

/** The catalog, model administration, audit and key routes, in that order. */
export function registerAdminRoutes(app: Server, ctx: AppContext): void {
  registerCatalogRoutes(app, ctx);
  registerLifecycleRoutes(app, ctx);
  registerAuditAndKeyRoutes(app, ctx);
}
