/** `POST /fhir/r4/$diagnose`: a FHIR R4 Bundle in, a ClinicalImpression / RiskAssessment out (via `intake/fhir`). */
import { Type } from 'typebox';
import { modelAuditFields } from '../audit.js';
import { diagnose } from '../../core/diagnose.js';
import type { AppContext } from './types.js';
import { fromIssues, notImplemented } from '../errors.js';
import { planOptions } from '../present.js';
import { Anything, ErrorBody, Mode, ModelRef } from '../schemas.js';
import type { Server } from './types.js';

export const FhirBundle = Type.Object({
  resourceType: Type.Literal('Bundle'),
  type: Type.Optional(Type.String({ maxLength: 64 })),
  entry: Type.Optional(Type.Array(Type.Object({ resource: Type.Optional(Anything) }, { additionalProperties: true }), { maxItems: 200_000 })),
}, { additionalProperties: true });

/** Registers POST /fhir/r4/$diagnose. */
export function registerFhirRoutes(app: Server, ctx: AppContext): void {
  app.post('/fhir/r4/$diagnose', {
    bodyLimit: ctx.config.recordBodyLimit,
    config: { auth: 'diagnose', audit: { action: 'operation', operation: 'fhir-diagnose' } },
    schema: {
      tags: ['fhir'], summary: 'Differential for the patient in a Bundle, as ClinicalImpression and RiskAssessment',
      querystring: Type.Object({ model: Type.Optional(ModelRef), mode: Type.Optional(Mode) }, { additionalProperties: false }),
      body: FhirBundle, response: { 200: Anything, '4xx': ErrorBody, 501: ErrorBody },
    },
  }, async (req, reply) => {
    const caller = await ctx.authorize(req, 'diagnose');
    const toCase = ctx.intake?.bundleToCase;
    const toFhir = ctx.intake?.diagnosisToFhir;
    if (!toCase || !toFhir) throw notImplemented('FHIR $diagnose');
    const { entry, cm } = await ctx.registry.resolve(req.query.model, caller);
    req.auditInfo = { operation: 'fhir-diagnose', ...modelAuditFields(entry) };
    const bc = toCase(req.body, cm.model);
    if (!bc.ok) throw fromIssues(bc.issues.map((i) => ({ ...i, path: i.path.replace(/^Bundle/, '$') })));
    const result = diagnose(cm, bc.value.case, planOptions({ mode: req.query.mode }, 0));
    return reply.type('application/fhir+json').send(toFhir(result, bc.value) as Record<string, unknown>);
  });
}
