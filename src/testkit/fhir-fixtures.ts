/**
 * Synthetic FHIR fixtures for tests and the benchmark: builders for a Patient, Observations, a note
 * and a Bundle, and a test model with findings for some FHIR concepts. Synthetic patients only;
 * nothing here is or derives from a real record.
 */
import { makeModel } from './model-fixture.js';
import type { FindingDef, KnowledgeModel } from '../core/index.js';
import { CONCEPT_SYSTEM } from '../intake/fhir/concepts.js';

type Res = Record<string, unknown>;

/** A Patient, born 1970-06-15 unless given. */
export function patient(opts: { id?: string; birthDate?: string; gender?: string } = {}): Res {
  return {
    resourceType: 'Patient',
    id: opts.id ?? 'p1',
    ...(opts.birthDate !== undefined ? { birthDate: opts.birthDate } : { birthDate: '1970-06-15' }),
    ...(opts.gender !== undefined ? { gender: opts.gender } : { gender: 'female' }),
  };
}

export interface ObsOptions {
  id?: string;
  unit?: string;
  code?: string;
  comparator?: string;
  interpretation?: string;
  range?: { low?: number; high?: number; unit?: string };
  effective?: string;
  status?: string;
  subject?: string;
}

/** A quantitative Observation with LOINC `loinc`, value in UCUM `unit`. */
export function quantity(loinc: string, value: number, unit: string, o: ObsOptions = {}): Res {
  const q = (v: number, u: string): Res => ({ value: v, unit: u, system: 'http://unitsofmeasure.org', code: u });
  return {
    resourceType: 'Observation',
    ...(o.id ? { id: o.id } : {}),
    status: o.status ?? 'final',
    code: { coding: [{ system: 'http://loinc.org', code: loinc }] },
    subject: { reference: o.subject ?? 'Patient/p1' },
    effectiveDateTime: o.effective ?? '2025-03-01T10:00:00Z',
    valueQuantity: { ...q(value, unit), ...(o.comparator ? { comparator: o.comparator } : {}), ...(o.code ? { code: o.code } : {}) },
    ...(o.interpretation ? { interpretation: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation', code: o.interpretation }] }] } : {}),
    ...(o.range ? {
      referenceRange: [{
        ...(o.range.low !== undefined ? { low: q(o.range.low, o.range.unit ?? unit) } : {}),
        ...(o.range.high !== undefined ? { high: q(o.range.high, o.range.unit ?? unit) } : {}),
      }],
    } : {}),
  };
}

/** A qualitative Observation (urine strip, pregnancy test) with a string or coded result. */
export function qualitative(loinc: string, result: string, o: { id?: string; coded?: boolean } = {}): Res {
  return {
    resourceType: 'Observation',
    ...(o.id ? { id: o.id } : {}),
    status: 'final',
    code: { coding: [{ system: 'http://loinc.org', code: loinc }] },
    subject: { reference: 'Patient/p1' },
    effectiveDateTime: '2025-03-01T10:00:00Z',
    ...(o.coded ? { valueCodeableConcept: { text: result } } : { valueString: result }),
  };
}

/** A blood pressure Observation with systolic and diastolic components. */
export function bloodPressure(systolic: number, diastolic: number, id = 'bp1'): Res {
  const comp = (code: string, v: number): Res => ({
    code: { coding: [{ system: 'http://loinc.org', code }] },
    valueQuantity: { value: v, unit: 'mmHg', system: 'http://unitsofmeasure.org', code: 'mm[Hg]' },
  });
  return {
    resourceType: 'Observation', id, status: 'final',
    code: { coding: [{ system: 'http://loinc.org', code: '85354-9' }] },
    subject: { reference: 'Patient/p1' },
    effectiveDateTime: '2025-03-01T10:00:00Z',
    component: [comp('8480-6', systolic), comp('8462-4', diastolic)],
  };
}

/** A DocumentReference carrying `text` as a base64 attachment. */
export function note(text: string, id = 'doc1', contentType = 'text/plain; charset=utf-8'): Res {
  return {
    resourceType: 'DocumentReference', id, status: 'current',
    subject: { reference: 'Patient/p1' },
    content: [{ attachment: { contentType, data: Buffer.from(text, 'utf8').toString('base64') } }],
  };
}

/** A Condition with an optional ICD-10 code, text and clinical/verification status. */
export function condition(opts: { id?: string; icd10?: string; text?: string; clinical?: string; verification?: string }): Res {
  return {
    resourceType: 'Condition', id: opts.id ?? 'c1',
    subject: { reference: 'Patient/p1' },
    clinicalStatus: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-clinical', code: opts.clinical ?? 'active' }] },
    verificationStatus: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-ver-status', code: opts.verification ?? 'confirmed' }] },
    code: {
      ...(opts.icd10 ? { coding: [{ system: 'http://hl7.org/fhir/sid/icd-10-cm', code: opts.icd10 }] } : {}),
      ...(opts.text ? { text: opts.text } : {}),
    },
  };
}

/** A Bundle of the given resources; entries get `urn:uuid`-style fullUrls only when asked. */
export function bundle(resources: readonly Res[], type = 'collection'): Res {
  return { resourceType: 'Bundle', type, entry: resources.map((resource) => ({ resource })) };
}

/** The core fixture model plus findings that FHIR concepts map to, by name, concept code, LOINC and ICD-10. */
export function makeFhirModel(): KnowledgeModel {
  const base = makeModel();
  const extra: FindingDef[] = [
    { id: 'tachycardia', name: 'tachycardia', kind: 'sign', valueType: 'binary', leak: 0.1 },
    { id: 'hypoxemia', name: 'low oxygen level', kind: 'sign', valueType: 'binary', leak: 0.05, codes: [{ system: CONCEPT_SYSTEM, code: 'hypoxemia' }] },
    { id: 'troponin', name: 'cardiac marker', kind: 'lab', valueType: 'binary', leak: 0.05, codes: [{ system: 'LOINC', code: '89579-7' }] },
    { id: 'nitrite', name: 'urine nitrite positive', kind: 'lab', valueType: 'binary', leak: 0.05 },
    { id: 'anemia', name: 'anaemia', kind: 'lab', valueType: 'binary', leak: 0.1 },
    { id: 'prior-dvt', name: 'deep vein thrombosis', kind: 'history', valueType: 'binary', leak: 0.02, codes: [{ system: 'ICD-10-CM', code: 'I82' }] },
    { id: 'ocp', name: 'oral contraceptive', kind: 'history', valueType: 'binary', leak: 0.1 },
  ];
  return {
    ...base,
    findings: [...base.findings, ...extra],
    likelihoods: {
      ...base.likelihoods,
      tachycardia: { pe: [0.7], flu: [0.4] },
      hypoxemia: { pe: [0.6], flu: [0.1] },
      troponin: { pe: [0.3] },
      nitrite: { uti: [0.5] },
      'prior-dvt': { pe: [0.2] },
      ocp: { pe: [0.2] },
    },
  };
}
