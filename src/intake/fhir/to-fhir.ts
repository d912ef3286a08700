/**
 * DiagnosisResult -> FHIR R4 `collection` Bundle: a RiskAssessment (one prediction per condition,
 * probability as a percentage as R4 defines `probabilityDecimal`), a ClinicalImpression pointing at it,
 * and a Provenance naming the knowledge model (id, version, content hash) and the input resources.
 * Ids are UUIDs derived from a hash of the inputs and `now`, so the same call gives the same bytes.
 */
import { formatProbability } from '../../core/display.js';
import { createHash } from 'node:crypto';
import type {
  AllergyIntolerance, Bundle, BundleEntry, ClinicalImpression, Condition, DocumentReference, MedicationStatement, Observation, Resource, CodeableConcept, Coding, Device, Group, Patient, Provenance, ProvenanceEntity, Reference,
  ResourceType, RiskAssessment, RiskAssessmentPrediction,
} from '@medplum/fhirtypes';
import { CODE_VERSION, type DiagnosisResult, type DifferentialEntry } from '../../core/index.js';
import { SYSTEMS } from './shape.js';
import type { FindingSource } from './to-case.js';

/** Identifier system for a model's content hash (`sha256:<hex>`) in Provenance.entity. */
export const MODEL_HASH_SYSTEM = 'https://ddx.dev/model-content-hash';
/** Code system for a model's own condition ids: `https://ddx.dev/condition/<model id>`. */
export const CONDITION_SYSTEM_BASE = 'https://ddx.dev/condition/';

export interface FhirOutputContext {
  /** The patient the assessment is about; when absent the subject is a display-only placeholder. */
  readonly subject?: Reference<Patient | Group>;
  readonly findingSources: readonly FindingSource[];
  readonly model: { readonly id: string; readonly version: string; readonly contentHash: string };
  /** Time of the assessment (FHIR instant); default the current time. Inject it for reproducible output. */
  readonly now?: string;
  /** Include a ClinicalImpression (default true). */
  readonly clinicalImpression?: boolean;
}

function uuidFrom(hex: string): string {
  const h = hex.slice(0, 32).split('');
  h[12] = '5'; // name-based UUID layout (version 5, RFC 4122 variant)
  h[16] = ((parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16);
  const s = h.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20, 32)}`;
}

function percent(p: number): number {
  return Math.round(p * 1e6) / 1e4;
}

function conditionConcept(e: DifferentialEntry, modelId: string): CodeableConcept {
  const coding: Coding[] = e.icd10.map((code) => ({ system: SYSTEMS.icd10, code }));
  coding.push({ system: `${CONDITION_SYSTEM_BASE}${modelId}`, code: e.conditionId, display: e.name });
  return { coding, text: e.name };
}

function rationale(e: DifferentialEntry, cantMiss: boolean): string {
  const names = (list: DifferentialEntry['for']): string => list.slice(0, 3).map((c) => c.name).join(', ');
  const parts: string[] = [];
  if (cantMiss) parts.push("can't-miss condition above the model's threshold");
  if (e.for.length > 0) parts.push(`for: ${names(e.for)}`);
  if (e.against.length > 0) parts.push(`against: ${names(e.against)}`);
  return parts.length > 0 ? parts.join('; ') : 'prior only (no informative findings)';
}

/** Distinct input references in first-seen order, and how many findings had no reference. */
function cited(sources: readonly FindingSource[]): { refs: { reference: string; resourceType: ResourceType }[]; uncited: number } {
  const seen = new Set<string>();
  const refs: { reference: string; resourceType: ResourceType }[] = [];
  let uncited = 0;
  for (const s of sources) {
    if (!s.reference) {
      uncited++;
      continue;
    }
    if (seen.has(s.reference)) continue;
    seen.add(s.reference);
    refs.push({ reference: s.reference, resourceType: s.resourceType as ResourceType });
  }
  return { refs, uncited };
}

/** A differential entry and whether it is listed as a can't-miss condition. */
type Listed = readonly [DifferentialEntry, boolean];

/** An input resource cited by the output, as `cited` lists it. */
type CitedRef = { reference: string; resourceType: ResourceType };

/** What every resource of the output Bundle shares. */
interface OutputParts {
  readonly model: FhirOutputContext['model'];
  readonly subject: Reference<Patient | Group>;
  readonly now: string;
  readonly refs: readonly CitedRef[];
  readonly entries: readonly Listed[];
}

/** A UUID per resource kind, derived from a hash of the inputs and `now`, so the same call gives the same ids. */
function idMaker(result: DiagnosisResult, p: Omit<OutputParts, 'entries'>): (kind: string) => string {
  const { model, subject, now, refs } = p;
  const seed = createHash('sha256').update(JSON.stringify({
    model,
    subject,
    now,
    refs: refs.map((r) => r.reference),
    d: result.differential.map((e) => [e.conditionId, e.probability]),
    c: result.cantMiss.map((e) => [e.conditionId, e.probability]),
  })).digest('hex');
  return (kind: string): string => uuidFrom(createHash('sha256').update(`${seed}:${kind}`).digest('hex'));
}

/** The RiskAssessment: one prediction per listed condition, `basis` citing every input resource that produced a finding. */
function riskAssessment(p: OutputParts, id: string, uncited: number): RiskAssessment {
  const { model, subject, now, refs, entries } = p;
  const prediction: RiskAssessmentPrediction[] = entries.map(([e, cm]) => ({
    outcome: conditionConcept(e, model.id),
    probabilityDecimal: percent(e.probability),
    rationale: rationale(e, cm),
  }));
  const method: CodeableConcept = {
    coding: [{ system: 'https://ddx.dev/model', code: model.id, version: model.version }],
    text: `ddx ${CODE_VERSION}, knowledge model ${model.id} ${model.version} (${model.contentHash})`,
  };
  const basis: Reference[] = refs.map((r) => ({ reference: r.reference, type: r.resourceType }));
  const notes = [
    'probabilityDecimal is a percentage (0-100), as FHIR R4 defines it for RiskAssessment.prediction.',
    'Decision support for a clinician, not a diagnosis.',
  ];
  if (uncited > 0) notes.push(`${uncited} finding(s) came from resources with neither fullUrl nor id and cannot be cited in basis.`);
  return {
    resourceType: 'RiskAssessment',
    id,
    status: 'preliminary',
    method,
    code: { text: 'Differential diagnosis' },
    subject,
    occurrenceDateTime: now,
    ...(basis.length > 0 ? { basis } : {}),
    prediction,
    note: notes.map((text) => ({ text })),
  };
}

/** The ClinicalImpression: the cited inputs sorted by role, a summary for people, and a pointer to the RiskAssessment. */
function clinicalImpression(result: DiagnosisResult, p: OutputParts, id: string, raRef: string): ClinicalImpression {
  const { model, subject, now, refs, entries } = p;
  const byType = <T extends Resource>(types: readonly T['resourceType'][]): Reference<T>[] =>
    refs.filter((r) => (types as readonly string[]).includes(r.resourceType)).map((r) => ({ reference: r.reference }));
  const observations = byType<Observation>(['Observation']);
  const problems = byType<Condition | AllergyIntolerance>(['Condition', 'AllergyIntolerance']);
  const supporting = byType<DocumentReference | MedicationStatement>(['DocumentReference', 'MedicationStatement']);
  const top = result.differential[0];
  return {
    resourceType: 'ClinicalImpression',
    id,
    status: 'completed',
    description: 'Differential diagnosis computed by the ddx engine',
    subject,
    effectiveDateTime: now,
    date: now,
    ...(observations.length > 0 ? { investigation: [{ code: { text: 'Observations used' }, item: observations }] } : {}),
    ...(problems.length > 0 ? { problem: problems } : {}),
    // Text for people: the probability at an honest resolution (the exact one is in probabilityDecimal).
    ...(top ? { summary: `Most likely: ${top.name} (${formatProbability(top.probability)})` } : {}),
    finding: entries.map(([e, cm]) => ({ itemCodeableConcept: conditionConcept(e, model.id), basis: rationale(e, cm) })),
    prognosisReference: [{ reference: raRef }],
    ...(supporting.length > 0 ? { supportingInfo: supporting } : {}),
  };
}

/** The Provenance of the `out` entries: the model as a contained Device agent, the model hash and the cited inputs as sources. */
function provenance(p: OutputParts, id: string, out: readonly BundleEntry[]): Provenance {
  const { model, now, refs } = p;
  const device: Device = {
    resourceType: 'Device',
    id: 'model',
    deviceName: [{ name: `ddx knowledge model ${model.id}`, type: 'model-name' }],
    version: [
      { type: { text: 'model version' }, value: model.version },
      { type: { text: 'model content hash' }, value: model.contentHash },
      { type: { text: 'engine version' }, value: CODE_VERSION },
    ],
  };
  const entity: ProvenanceEntity[] = [
    { role: 'source', what: { identifier: { system: MODEL_HASH_SYSTEM, value: model.contentHash }, display: `knowledge model ${model.id} ${model.version}` } },
    ...refs.map((r): ProvenanceEntity => ({ role: 'source', what: { reference: r.reference, type: r.resourceType } })),
  ];
  return {
    resourceType: 'Provenance',
    id,
    contained: [device],
    target: out.map((e) => ({ reference: e.fullUrl! })),
    occurredDateTime: now,
    recorded: now,
    activity: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-DataOperation', code: 'CREATE' }] },
    agent: [{
      type: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/provenance-participant-type', code: 'performer' }] },
      who: { reference: '#model', display: `ddx ${CODE_VERSION}, model ${model.id} ${model.version} (${model.contentHash})` },
    }],
    entity,
  };
}

/**
 * Build the FHIR R4 output Bundle (type `collection`) for a diagnosis. The RiskAssessment lists the
 * differential and then the can't-miss conditions; `basis` cites every input resource that produced
 * a finding.
 */
export function diagnosisToFhir(result: DiagnosisResult, ctx: FhirOutputContext): Bundle {
  const now = new Date(ctx.now ?? Date.now()).toISOString();
  const model = ctx.model;
  const { refs, uncited } = cited(ctx.findingSources);
  const subject: Reference<Patient | Group> = ctx.subject ?? { display: 'subject not identified' };
  const idFor = idMaker(result, { model, subject, now, refs });
  const raId = idFor('RiskAssessment');
  const ciId = idFor('ClinicalImpression');
  const provId = idFor('Provenance');
  const raRef = `urn:uuid:${raId}`;
  const ciRef = `urn:uuid:${ciId}`;

  const entries: readonly Listed[] = [
    ...result.differential.map((e) => [e, false] as const),
    ...result.cantMiss.map((e) => [e, true] as const),
  ];
  const parts: OutputParts = { model, subject, now, refs, entries };
  const out: BundleEntry[] = [{ fullUrl: raRef, resource: riskAssessment(parts, raId, uncited) }];
  if (ctx.clinicalImpression !== false) out.push({ fullUrl: ciRef, resource: clinicalImpression(result, parts, ciId, raRef) });
  out.push({ fullUrl: `urn:uuid:${provId}`, resource: provenance(parts, provId, out) });

  return { resourceType: 'Bundle', id: idFor('Bundle'), type: 'collection', timestamp: now, entry: out };
}
