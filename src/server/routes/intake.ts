/** `POST /v1/extract` (note text → findings for a model) and `POST /v1/deidentify`, wired to the intake and privacy modules. */
import { Type } from 'typebox';
import type { AppContext } from './types.js';
import { modelAuditFields } from '../audit.js';
import { fromIssues, notImplemented } from '../errors.js';
import { apiObservation, presentModelInfo } from '../present.js';
import { ErrorBody, ModelInfo, Observation, TextRequest } from '../schemas.js';
import type { Server } from './types.js';

const Mention = Type.Object({
  finding_id: Type.String(), value_id: Type.Optional(Type.String()), start: Type.Integer(), end: Type.Integer(),
  negated: Type.Boolean(), uncertain: Type.Boolean(), hypothetical: Type.Boolean(), historical: Type.Boolean(),
});

/** Registers POST /v1/extract, POST /v1/deidentify. */
export function registerIntakeRoutes(app: Server, ctx: AppContext): void {
  app.post('/v1/extract', {
    config: { auth: 'diagnose', audit: { action: 'operation', operation: 'extract' } },
    schema: {
      tags: ['intake'], summary: 'Findings recognised in a clinical note, for a model (with negation and context)', body: TextRequest,
      response: { 200: Type.Object({ model: ModelInfo, findings: Type.Array(Observation), mentions: Type.Array(Mention) }), '4xx': ErrorBody, 501: ErrorBody },
    },
  }, async (req) => {
    const caller = await ctx.authorize(req, 'diagnose');
    const extract = ctx.intake?.extract;
    if (!extract) throw notImplemented('note extraction');
    const { entry, cm } = await ctx.registry.resolve(req.body.model, caller);
    req.auditInfo = { operation: 'extract', ...modelAuditFields(entry) };
    const r = extract(req.body.text, cm.model);
    if (!r.ok) throw fromIssues(r.issues.map((i) => ({ ...i, path: i.path.replace(/^\$/, '$.text') })));
    return {
      model: presentModelInfo(entry),
      findings: r.value.findings.map(apiObservation),
      // Offsets only: the caller has the text; the response does not repeat it.
      mentions: r.value.mentions.map((m) => ({
        finding_id: m.findingId, ...(m.valueId ? { value_id: m.valueId } : {}), start: m.span.start, end: m.span.end,
        negated: m.negated, uncertain: m.uncertain, hypothetical: m.hypothetical, historical: m.historical,
      })),
    };
  });

  app.post('/v1/deidentify', {
    config: { auth: 'diagnose', audit: { action: 'operation', operation: 'deidentify' } },
    schema: {
      tags: ['intake'], summary: 'A note with identifiers (HIPAA Safe Harbor categories) replaced by tags', body: TextRequest,
      response: { 200: Type.Object({ text: Type.String(), redactions: Type.Array(Type.Object({ type: Type.String(), start: Type.Integer(), end: Type.Integer() })) }), '4xx': ErrorBody, 501: ErrorBody },
    },
  }, async (req) => {
    await ctx.authorize(req, 'diagnose');
    const deidentify = ctx.intake?.deidentify;
    if (!deidentify) throw notImplemented('de-identification');
    req.auditInfo = { operation: 'deidentify' };
    const r = deidentify(req.body.text);
    if (!r.ok) throw fromIssues(r.issues);
    return { text: r.value.text, redactions: r.value.spans.map((s) => ({ type: s.type, start: s.start, end: s.end })) };
  });
}
