/**
 * CDS Hooks 2.0: discovery at `GET /cds-services` and a `patient-view` service whose cards show
 * the leading hypotheses and the next best test. The cards are decision support for clinicians,
 * worded as suggestions to consider, never as a diagnosis.
 */
import { randomUUID } from 'node:crypto';
import { Type, type Static } from 'typebox';
import { diagnose, type DiagnosisResult } from '../../core/diagnose.js';
import { actionWording, formatProbability } from '../../core/display.js';
import type { ScoredAction } from '../../core/next-action.js';
import type { AppContext } from './types.js';
import { modelAuditFields } from '../audit.js';
import { apiError, fromIssues, notImplemented } from '../errors.js';
import type { RegistryEntry } from '../registry.js';
import { Anything, ErrorBody } from '../schemas.js';
import type { Server } from './types.js';

export const PATIENT_VIEW_ID = 'ddx-patient-view';

const SERVICES = {
  services: [{
    hook: 'patient-view',
    id: PATIENT_VIEW_ID,
    title: 'ddx differential (decision support)',
    description: 'Leading diagnostic hypotheses with probabilities and the next best test, for clinician review.',
    prefetch: {
      patient: 'Patient/{{context.patientId}}',
      conditions: 'Condition?patient={{context.patientId}}',
      observations: 'Observation?patient={{context.patientId}}',
    },
    usageRequirements: 'Requires a ddx API key with the diagnose scope.',
  }],
};

const CdsRequest = Type.Object({
  hook: Type.Literal('patient-view'),
  hookInstance: Type.String({ minLength: 1, maxLength: 200 }),
  fhirServer: Type.Optional(Type.String({ maxLength: 2000 })),
  fhirAuthorization: Type.Optional(Anything),
  context: Type.Object({ userId: Type.String({ maxLength: 200 }), patientId: Type.String({ maxLength: 200 }), encounterId: Type.Optional(Type.String({ maxLength: 200 })) }, { additionalProperties: true }),
  prefetch: Type.Optional(Type.Record(Type.String(), Type.Union([Anything, Type.Null()]))),
  extension: Type.Optional(Anything),
}, { additionalProperties: true });

const Card = Type.Object({
  uuid: Type.String(), summary: Type.String(), detail: Type.Optional(Type.String()),
  indicator: Type.Union([Type.Literal('info'), Type.Literal('warning'), Type.Literal('critical')]),
  source: Type.Object({ label: Type.String(), topic: Type.Optional(Type.Object({ system: Type.String(), code: Type.String(), display: Type.Optional(Type.String()) })) }),
});
const CdsResponse = Type.Object({ cards: Type.Array(Card) });

const pct = formatProbability;
const clip = (s: string) => (s.length < 140 ? s : `${s.slice(0, 136)}...`);

/**
 * Cards for a result: the leading hypotheses (warning when a can't-miss condition is on the list) and
 * the next best test. Cards are read by clinicians: `wording` names the next step for them ("Ask about
 * pain location", not the patient's "Do you feel pain somewhere?"); see `actionWording`.
 */
export function cardsFor(r: DiagnosisResult, model: RegistryEntry, wording: (a: ScoredAction) => string = (a) => a.name): Static<typeof CdsResponse>['cards'] {
  const source = { label: `ddx decision support (${model.modelId} ${model.version})`, topic: { system: 'urn:ddx:cds', code: 'differential', display: 'Differential diagnosis support' } };
  const cards: Static<typeof CdsResponse>['cards'] = [];
  const top = r.differential.slice(0, 3);
  if (top.length > 0) {
    const cantMiss = [...r.differential, ...r.cantMiss].filter((d) => d.cantMiss);
    const lines = top.map((d) => `- **${d.name}** ${pct(d.probability)}${d.for.length ? ` — supported by ${d.for.slice(0, 3).map((c) => c.name).join(', ')}` : ''}`);
    if (cantMiss.length) lines.push('', `Not to miss: ${cantMiss.slice(0, 3).map((d) => `${d.name} (${pct(d.probability)})`).join(', ')}.`);
    lines.push('', 'Decision support for the clinician: hypotheses to consider, not a diagnosis.');
    cards.push({
      uuid: randomUUID(),
      summary: clip(`Hypotheses to consider: ${top.map((d) => `${d.name} ${pct(d.probability)}`).join(', ')}`),
      detail: lines.join('\n'),
      indicator: cantMiss.length ? 'warning' : 'info',
      source,
    });
  }
  const next = r.nextActions.find((a) => a.kind !== 'question') ?? r.nextActions[0];
  if (next && !r.shouldStop) {
    cards.push({
      uuid: randomUUID(),
      summary: clip(`Consider next: ${wording(next)}${next.costUsd > 0 ? ` (about $${next.costUsd.toFixed(2)})` : ''}`),
      detail: `Expected to narrow the differential most for its cost (expected information gain ${next.expectedGain.toFixed(3)} nats). A suggestion for the clinician's judgement.`,
      indicator: 'info',
      source,
    });
  }
  return cards;
}
/** Gather prefetched resources (single resources or searchset Bundles) into one collection Bundle. */
function prefetchBundle(prefetch: Record<string, unknown>): { resourceType: 'Bundle'; type: 'collection'; entry: { resource: unknown }[] } {
  const entry: { resource: unknown }[] = [];
  for (const key of Object.keys(prefetch).sort()) {
    const v = prefetch[key] as { resourceType?: unknown; entry?: unknown } | null;
    if (!v || typeof v !== 'object') continue;
    if (v.resourceType === 'Bundle' && Array.isArray(v.entry)) {
      for (const e of v.entry as { resource?: unknown }[]) if (e && typeof e === 'object' && e.resource) entry.push({ resource: e.resource });
    } else if (v.resourceType !== 'OperationOutcome') entry.push({ resource: v });
  }
  return { resourceType: 'Bundle', type: 'collection', entry };
}

/** Registers GET /cds-services (discovery) and POST /cds-services/{PATIENT_VIEW_ID} (the patient-view hook). */
export function registerCdsRoutes(app: Server, ctx: AppContext): void {
  app.get('/cds-services', { config: { auth: 'public' }, schema: { tags: ['cds-hooks'], security: [], response: { 200: Anything } } }, async () => SERVICES);

  app.post(`/cds-services/${PATIENT_VIEW_ID}`, {
    bodyLimit: ctx.config.recordBodyLimit,
    config: { auth: 'diagnose', audit: { action: 'operation', operation: 'cds-patient-view' } },
    schema: { tags: ['cds-hooks'], summary: 'patient-view cards', body: CdsRequest, response: { 200: CdsResponse, '4xx': ErrorBody, 501: ErrorBody } },
  }, async (req) => {
    const caller = await ctx.authorize(req, 'diagnose');
    const toCase = ctx.intake?.bundleToCase;
    if (!toCase) throw notImplemented('the patient-view service');
    const prefetch = req.body.prefetch ?? {};
    const patient = prefetch['patient'] as { resourceType?: unknown } | null | undefined;
    if (!patient || patient.resourceType !== 'Patient') throw apiError('prefetch-missing', 'prefetch "patient" is required (this service does not query the FHIR server)');
    const { entry, cm } = await ctx.registry.resolve(undefined, caller);
    req.auditInfo = { operation: 'cds-patient-view', ...modelAuditFields(entry) };
    const bc = toCase(prefetchBundle(prefetch), cm.model);
    if (!bc.ok) throw fromIssues(bc.issues.map((i) => ({ ...i, path: i.path.replace(/^Bundle/, '$.prefetch') })));
    return { cards: cardsFor(diagnose(cm, bc.value.case, { mode: 'no-budget', topK: 5 }), entry, (a) => actionWording(cm, a.actionIndex)) };
  });
}
