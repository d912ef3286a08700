/**
 * Clinicians' validation studies: a model version plus a case set. Reviewers see each case
 * blinded, enter their own differential first, then see the model's and rate each suggestion; the
 * dashboard shows agreement, concordance, accuracy, calibration and cost; a reviewer's sign-off
 * promotes the model through the registry (internal → validated → released) when the study's
 * report meets the release gates. Every route authenticates, checks scope, then validates; every
 * reviewer action is audited with the key and time.
 */
import { randomUUID } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { modelAuditFields } from '../audit.js';
import { issue } from '../../core/issues.js';
import type { AppContext } from './types.js';
import type { Caller } from '../auth.js';
import { conflict, forbidden, fromIssues, notFound } from '../errors.js';
import type { RegistryEntry, ResolvedModel } from '../registry.js';
import { signoffCount, unmetForValidated, type GateReport } from '../release-gates.js';
import { Signoff, ErrorBody } from '../schemas.js';
import { presentModelInfo } from '../present.js';
import { modelView, normaliseCases, outcome, suggestions, type ModelView, type StoredCase } from '../study-cases.js';
import { studyMetrics, type StudyMetrics } from '../study-metrics.js';
import { RatingsSubmit, ReviewerQuery, ReviewSubmit, StudyCaseParams, StudyCaseView, StudyCreate, StudyDashboard, StudyList, StudyParams, StudySignoffResult, StudySummary } from '../study-schemas.js';
import { StudyStore, type ReviewRow, type StudyRow } from '../store/studies.js';
import type { Server } from './types.js';

/** The review a reviewer recorded for one case of a study, if any (reread from the store). */
async function reviewOf(studies: StudyStore, studyId: string, caseIndex: number, reviewerId: string): Promise<ReviewRow | undefined> {
  return (await studies.reviews(studyId)).find((r) => r.caseIndex === caseIndex && r.reviewerId === reviewerId);
}

/** The study store and the helpers every study route shares: loading, blinding-aware case views, metrics and the release gate. */
function studyKit(ctx: AppContext) {
  const studies = new StudyStore(ctx.store);
  const gates = ctx.config.gates;
  // The model's view of a case never changes for a given model: keep it per (model, study, case).
  const views = new Map<string, ModelView>();

  const load = async (req: FastifyRequest, caller: Caller, id: string): Promise<{ s: StudyRow; cases: StoredCase[]; rm: ResolvedModel }> => {
    const s = await studies.get(id, caller.orgId);
    if (!s) throw notFound('unknown-study', 'no such study');
    const rm = await ctx.registry.resolve(s.modelHash, caller);
    req.auditInfo = { ...(req.auditInfo ?? { operation: 'study' }), ...modelAuditFields(rm.entry) };
    return { s, cases: s.cases as StoredCase[], rm };
  };
  const viewOf = (rm: ResolvedModel, s: StudyRow, i: number, c: StoredCase): ModelView => {
    const k = `${rm.entry.contentHash}|${s.id}|${i}`;
    let v = views.get(k);
    if (!v) {
      if (views.size > 20_000) views.clear();
      v = modelView(rm.cm, c);
      views.set(k, v);
    }
    return v;
  };
  const caseAt = (cases: StoredCase[], n: string): { i: number; c: StoredCase } => {
    const i = Number(n);
    const c = cases[i];
    if (!c) throw notFound('unknown-case', 'no such case in this study');
    return { i, c };
  };
  const summary = (s: StudyRow, e: RegistryEntry, reviews: readonly ReviewRow[]) => {
    const by = new Map<string, ReviewRow[]>();
    for (const r of reviews) by.set(r.reviewerId, [...(by.get(r.reviewerId) ?? []), r]);
    return {
      id: s.id, name: s.name, case_set: s.caseSet, n_cases: (s.cases as unknown[]).length, created_at: s.createdAt.toISOString(), model: presentModelInfo(e),
      reviewers: [...by].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([id, rs]) => ({
        reviewer_id: id, reviewer_name: rs[rs.length - 1]!.reviewerName, differentials: rs.length, rated: rs.filter((r) => r.ratings).length,
        last_at: new Date(Math.max(...rs.map((r) => (r.ratedAt ?? r.submittedAt).getTime()))).toISOString(),
      })),
    };
  };
  const metricsOf = (s: StudyRow, cases: StoredCase[], rm: ResolvedModel, reviews: readonly ReviewRow[]): StudyMetrics =>
    studyMetrics(cases.map((c, i) => outcome(rm.cm, c, viewOf(rm, s, i, c))), reviews);
  const gateCheck = (s: StudyRow, m: StudyMetrics) => {
    const report: GateReport = { caseSet: s.caseSet, nCases: m.accuracy.n, top1: m.accuracy.top1 ?? 0, ece: m.calibration.ece ?? 1, cantMissRecall: m.cant_miss_recall ?? 1 };
    const unmet = unmetForValidated(gates, report, '$');
    return {
      case_set: gates.caseSet, min_cases: gates.minCases, min_top1: gates.minTop1, max_ece: gates.maxEce, min_cant_miss_recall: gates.minCantMissRecall, min_signoffs: gates.minSignoffs,
      report: { case_set: report.caseSet, n_cases: report.nCases, top1: report.top1, ece: report.ece, cant_miss_recall: report.cantMissRecall },
      met: unmet.length === 0, unmet: unmet.map((u) => ({ code: u.code, path: u.path, message: u.message })), _report: report,
    };
  };
  const signoffList = async (e: RegistryEntry) => (e.source === 'builtin' ? [] : await ctx.store.listSignoffs(e.contentHash))
    .map((x) => ({ reviewer_id: x.reviewerId, reviewer_name: x.reviewerName, key_id: x.keyId, signed_at: x.signedAt.toISOString() }));

  const caseView = (s: StudyRow, rm: ResolvedModel, i: number, c: StoredCase, review: ReviewRow | undefined) => {
    const names = new Map(rm.cm.model.conditions.map((k) => [k.id, k.name]));
    const fIndex = new Map(rm.cm.model.findings.map((f) => [f.id, f]));
    return {
      study_id: s.id, index: i, n_cases: (s.cases as unknown[]).length, age: c.age, sex: c.sex, ...(c.note !== undefined ? { note: c.note } : {}),
      findings: c.findings.map((o) => {
        const f = fIndex.get(o.id);
        const vname = (v: string) => (f && f.valueType !== 'binary' ? f.values.find((x) => x.id === v)?.name ?? v : v);
        const value = o.present !== undefined ? (o.present ? 'present' : 'absent') : o.values ? o.values.map(vname).join(', ') : vname(String(o.value ?? ''));
        return { id: o.id, name: f?.name ?? o.id, value };
      }),
      ...(review ? {
        review: {
          reviewer_id: review.reviewerId, differential: review.differential.map((id) => ({ id, name: names.get(id) ?? id })), submitted_at: review.submittedAt.toISOString(),
          ...(review.ratings ? { ratings: review.ratings.map((r) => ({ ...r })) } : {}), ...(review.ratedAt ? { rated_at: review.ratedAt.toISOString() } : {}),
        },
        // The model's differential only after the reviewer committed their own (blinding).
        model_suggestions: suggestions(viewOf(rm, s, i, c)),
      } : {}),
    };
  };
  return { studies, gates, load, viewOf, caseAt, summary, metricsOf, gateCheck, signoffList, caseView };
}

type StudyKit = ReturnType<typeof studyKit>;

/** Creating, listing and reading studies. */
function registerStudySetupRoutes(app: Server, ctx: AppContext, { studies, load, summary }: StudyKit): void {
  app.post('/v1/studies', {
    bodyLimit: 8 * 1024 * 1024,
    config: { auth: 'admin', audit: { action: 'create', operation: 'study-create' } },
    schema: { tags: ['studies'], summary: 'Create a validation study: a model version plus a case set', body: StudyCreate, response: { 201: StudySummary, '4xx': ErrorBody } },
  }, async (req, reply) => {
    const caller = await ctx.authorize(req, 'admin');
    const rm = await ctx.registry.resolve(req.body.model, caller);
    const id = randomUUID();
    req.auditInfo = { operation: 'study-create', ...modelAuditFields(rm.entry), entity: `study/${id}` };
    const cases = normaliseCases(req.body.cases, rm.cm, ctx.intake);
    if (!cases.ok) throw fromIssues(cases.issues);
    const s = await studies.create({ id, orgId: caller.orgId, name: req.body.name, modelHash: rm.entry.contentHash, caseSet: req.body.case_set, cases: cases.value, createdBy: caller.keyId });
    return reply.code(201).send(summary(s, rm.entry, []));
  });

  app.get('/v1/studies', {
    config: { auth: ['review', 'admin'] },
    schema: { tags: ['studies'], summary: "Your organization's validation studies", response: { 200: StudyList, '4xx': ErrorBody } },
  }, async (req) => {
    const caller = await ctx.authorize(req, ['review', 'admin']);
    const rows = await studies.list(caller.orgId);
    const catalog = await ctx.registry.catalog();
    return {
      studies: rows.flatMap((s) => {
        const e = catalog.find((x) => x.contentHash === s.modelHash);
        return e ? [{ id: s.id, name: s.name, case_set: s.caseSet, n_cases: s.nCases, created_at: s.createdAt.toISOString(), model: presentModelInfo(e) }] : [];
      }),
    };
  });

  app.get('/v1/studies/:id', {
    config: { auth: ['review', 'admin'], audit: { action: 'read', operation: 'study-read' } },
    schema: { tags: ['studies'], summary: 'A study with its reviewers and progress', params: StudyParams, response: { 200: StudySummary, '4xx': ErrorBody } },
  }, async (req) => {
    const caller = await ctx.authorize(req, ['review', 'admin']);
    req.auditInfo = { operation: 'study-read', entity: `study/${req.params.id}` };
    const { s, rm } = await load(req, caller, req.params.id);
    return summary(s, rm.entry, await studies.reviews(s.id));
  });
}

/** A reviewer's case: the blinded view, their own differential, then their ratings of the model's. */
function registerStudyReviewRoutes(app: Server, ctx: AppContext, { studies, load, viewOf, caseAt, caseView }: StudyKit): void {
  app.get('/v1/studies/:id/cases/:n', {
    config: { auth: 'review', audit: { action: 'read', operation: 'study-case-read' } },
    schema: { tags: ['studies'], summary: "A case, blinded until this reviewer's own differential is in", params: StudyCaseParams, querystring: ReviewerQuery, response: { 200: StudyCaseView, '4xx': ErrorBody } },
  }, async (req) => {
    const caller = await ctx.authorize(req, 'review');
    req.auditInfo = { operation: 'study-case-read', entity: `study/${req.params.id}/case/${req.params.n}/reviewer/${req.query.reviewer}` };
    const { s, cases, rm } = await load(req, caller, req.params.id);
    const { i, c } = caseAt(cases, req.params.n);
    const review = await reviewOf(studies, s.id, i, req.query.reviewer);
    return caseView(s, rm, i, c, review && review.keyId === caller.keyId ? review : undefined);
  });

  app.put('/v1/studies/:id/cases/:n/review', {
    config: { auth: 'review', audit: { action: 'create', operation: 'study-review' } },
    schema: { tags: ['studies'], summary: "A reviewer's own differential for a case (once; before seeing the model's)", params: StudyCaseParams, body: ReviewSubmit, response: { 201: StudyCaseView, '4xx': ErrorBody } },
  }, async (req, reply) => {
    const caller = await ctx.authorize(req, 'review');
    req.auditInfo = { operation: 'study-review', entity: `study/${req.params.id}/case/${req.params.n}/reviewer/${req.body.reviewer_id}` };
    const { s, cases, rm } = await load(req, caller, req.params.id);
    const { i, c } = caseAt(cases, req.params.n);
    const known = new Set(rm.cm.model.conditions.map((k) => k.id));
    const bad = req.body.differential.map((d, j) => (known.has(d) ? undefined : issue('unknown-condition', `$.differential[${j}]`, 'no such condition in the study model'))).filter((x) => x !== undefined);
    const dup = req.body.differential.findIndex((d, j) => req.body.differential.indexOf(d) !== j);
    if (dup >= 0) bad.push(issue('duplicate', `$.differential[${dup}]`, 'this condition is already listed'));
    if (bad.length) throw fromIssues(bad);
    const ok = await studies.submitDifferential({ studyId: s.id, caseIndex: i, reviewerId: req.body.reviewer_id, reviewerName: req.body.reviewer_name, keyId: caller.keyId, differential: req.body.differential });
    if (!ok) throw conflict('already-submitted', "this reviewer's differential for this case is already recorded; it cannot change after the model's is shown");
    const review = await reviewOf(studies, s.id, i, req.body.reviewer_id);
    return reply.code(201).send(caseView(s, rm, i, c, review));
  });

  app.post('/v1/studies/:id/cases/:n/ratings', {
    config: { auth: 'review', audit: { action: 'update', operation: 'study-rating' } },
    schema: { tags: ['studies'], summary: "Rate each of the model's suggestions (correct, plausible, wrong, dangerous miss) with a comment", params: StudyCaseParams, body: RatingsSubmit, response: { 200: StudyCaseView, '4xx': ErrorBody } },
  }, async (req) => {
    const caller = await ctx.authorize(req, 'review');
    req.auditInfo = { operation: 'study-rating', entity: `study/${req.params.id}/case/${req.params.n}/reviewer/${req.body.reviewer_id}` };
    const { s, cases, rm } = await load(req, caller, req.params.id);
    const { i, c } = caseAt(cases, req.params.n);
    const review = await reviewOf(studies, s.id, i, req.body.reviewer_id);
    if (!review || review.keyId !== caller.keyId) throw conflict('differential-first', 'enter your own differential for this case before rating the model');
    const shown = suggestions(viewOf(rm, s, i, c)).map((x) => x.condition_id);
    const allowed = new Set([...shown, ...review.differential]);
    const rated = req.body.ratings.map((r) => r.condition_id);
    const problems = [
      ...rated.map((id, j) => (allowed.has(id) ? undefined : issue('not-suggested', `$.ratings[${j}].condition_id`, 'rate the suggestions shown for this case'))),
      ...rated.map((id, j) => (rated.indexOf(id) !== j ? issue('duplicate', `$.ratings[${j}].condition_id`, 'this suggestion is already rated') : undefined)),
      ...shown.filter((id) => !rated.includes(id)).map(() => issue('required', '$.ratings', 'rate every suggestion of the model')).slice(0, 1),
    ].filter((x) => x !== undefined);
    if (problems.length) throw fromIssues(problems);
    if (!(await studies.rate(s.id, i, req.body.reviewer_id, req.body.ratings))) throw conflict('already-rated', 'this case is already rated by this reviewer');
    const after = await reviewOf(studies, s.id, i, req.body.reviewer_id);
    return caseView(s, rm, i, c, after);
  });
}

/** The dashboard and the sign-off that promotes the model. */
function registerStudyOutcomeRoutes(app: Server, ctx: AppContext, { studies, gates, load, summary, metricsOf, gateCheck, signoffList }: StudyKit): void {
  app.get('/v1/studies/:id/dashboard', {
    config: { auth: ['review', 'admin'], audit: { action: 'read', operation: 'study-dashboard' } },
    schema: { tags: ['studies'], summary: 'Agreement (kappa), top-k concordance, calibration, accuracy by sex and age, cost per case, disagreements, and the release gate', params: StudyParams, response: { 200: StudyDashboard, '4xx': ErrorBody } },
  }, async (req) => {
    const caller = await ctx.authorize(req, ['review', 'admin']);
    req.auditInfo = { operation: 'study-dashboard', entity: `study/${req.params.id}` };
    const { s, cases, rm } = await load(req, caller, req.params.id);
    const reviews = await studies.reviews(s.id);
    const m = metricsOf(s, cases, rm, reviews);
    const { _report: _r, ...gate } = gateCheck(s, m);
    return { study: summary(s, rm.entry, reviews), metrics: m, gate, model_status: rm.entry.status, signoffs: await signoffList(rm.entry) };
  });

  app.post('/v1/studies/:id/signoffs', {
    config: { auth: 'review', audit: { action: 'create', operation: 'study-signoff' } },
    schema: { tags: ['studies'], summary: "A reviewer's sign-off: promotes the model (internal → validated → released) when the study meets the release gates", params: StudyParams, body: Signoff, response: { 201: StudySignoffResult, '4xx': ErrorBody } },
  }, async (req, reply) => {
    const caller = await ctx.authorize(req, 'review');
    req.auditInfo = { operation: 'study-signoff', entity: `study/${req.params.id}/reviewer/${req.body.reviewer_id}` };
    if (!caller.owner) throw forbidden('not-owner-org', 'only the organization that runs this ddx signs off its models');
    const { s, cases, rm } = await load(req, caller, req.params.id);
    const e = rm.entry;
    if (e.source === 'builtin') throw conflict('builtin-model', 'built-in models ship released and are not managed through the registry');
    const reviews = await studies.reviews(s.id);
    const mine = reviews.filter((r) => r.reviewerId === req.body.reviewer_id && r.keyId === caller.keyId && r.ratings);
    if (mine.length < cases.length) throw conflict('review-incomplete', `this reviewer has rated ${mine.length} of ${cases.length} cases; review every case before signing off`);
    const gate = gateCheck(s, metricsOf(s, cases, rm, reviews));
    if (!gate.met) throw conflict('gate-not-met', 'the study does not meet the release gates', gate.unmet);
    const promoted: string[] = [];
    if (e.status === 'internal') {
      const r = gate._report;
      await ctx.store.addValidationReport(e.contentHash, { ...r, submittedBy: `study:${s.id}` });
      if (await ctx.store.setModelStatus(e.contentHash, 'internal', 'validated')) promoted.push('validated');
    }
    const signed = await ctx.store.addSignoff(e.contentHash, { reviewerId: req.body.reviewer_id, reviewerName: req.body.reviewer_name, keyId: caller.keyId, orgId: caller.orgId });
    if (!signed) throw conflict('duplicate-signoff', 'this reviewer has already signed off this model');
    if ((await signoffCount(ctx.store, e.contentHash)) >= gates.minSignoffs && (await ctx.store.setModelStatus(e.contentHash, 'validated', 'released'))) promoted.push('released');
    ctx.registry.invalidate();
    const now = (await ctx.registry.find(e.contentHash)) ?? e;
    const { _report: _r, ...gateOut } = gate;
    return reply.code(201).send({ model: presentModelInfo(now), promoted, signoffs: await signoffList(now), gate: gateOut });
  });
}

/** The validation-study routes, in this order: setup, review, outcome. */
export function registerStudyRoutes(app: Server, ctx: AppContext): void {
  const kit = studyKit(ctx);
  registerStudySetupRoutes(app, ctx, kit);
  registerStudyReviewRoutes(app, ctx, kit);
  registerStudyOutcomeRoutes(app, ctx, kit);
}
