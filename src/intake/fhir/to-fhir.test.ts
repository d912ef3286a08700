import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ClinicalImpression, Provenance, RiskAssessment } from '@medplum/fhirtypes';
import { compileModel, diagnose, type DiagnosisResult } from '../../core/index.js';
import { bundle, condition, makeFhirModel, patient, quantity } from '../../testkit/fhir-fixtures.js';
import { bundleToCase, type BundleCase } from './to-case.js';
import { MODEL_HASH_SYSTEM, diagnosisToFhir } from './to-fhir.js';

const model = makeFhirModel();
const NOW = '2025-03-01T12:00:00Z';

function run(): { read: BundleCase; result: DiagnosisResult } {
  const r = bundleToCase(bundle([
    patient(),
    quantity('2708-6', 88, '%', { id: 'spo2' }),
    quantity('48065-7', 900, 'ng/mL', { id: 'dd' }),
    quantity('8867-4', 120, '/min'), // no id: cannot be cited
    condition({ id: 'dvt', icd10: 'I82.4' }),
  ]), model);
  if (!r.ok) assert.fail(JSON.stringify(r.issues));
  const result = diagnose(compileModel(model), r.value.case, { mode: 'no-budget' });
  return { read: r.value, result };
}

test('the output is a collection with a RiskAssessment, a ClinicalImpression and a Provenance', () => {
  const { read, result } = run();
  const out = diagnosisToFhir(result, { findingSources: read.sources, model: result.model, subject: { reference: 'Patient/p1' }, now: NOW });
  assert.equal(out.resourceType, 'Bundle');
  assert.equal(out.type, 'collection');
  assert.equal(out.timestamp, '2025-03-01T12:00:00.000Z');
  assert.deepEqual(out.entry!.map((e) => e.resource!.resourceType), ['RiskAssessment', 'ClinicalImpression', 'Provenance']);
  for (const e of out.entry!) assert.equal(e.fullUrl, `urn:uuid:${e.resource!.id}`);

  const ra = out.entry![0]!.resource as RiskAssessment;
  assert.equal(ra.status, 'preliminary');
  assert.deepEqual(ra.subject, { reference: 'Patient/p1' });
  const entries = [...result.differential, ...result.cantMiss];
  assert.equal(ra.prediction!.length, entries.length);
  ra.prediction!.forEach((p, i) => {
    const e = entries[i]!;
    assert.equal(p.outcome!.text, e.name);
    assert.deepEqual(p.outcome!.coding![0], { system: 'http://hl7.org/fhir/sid/icd-10', code: e.icd10[0] });
    assert.ok(Math.abs(p.probabilityDecimal! - e.probability * 100) < 1e-4, 'probability as a percentage');
    assert.ok(p.probabilityDecimal! >= 0 && p.probabilityDecimal! <= 100);
  });
  assert.equal(ra.prediction![0]!.outcome!.text, 'Pulmonary embolism');
  assert.deepEqual(ra.basis, [
    { reference: 'Observation/dd', type: 'Observation' },
    { reference: 'Observation/spo2', type: 'Observation' },
    { reference: 'Condition/dvt', type: 'Condition' },
  ]);
  assert.ok(ra.note!.some((n) => n.text.includes('1 finding(s)')), 'the uncited finding is counted');

  const ci = out.entry![1]!.resource as ClinicalImpression;
  assert.deepEqual(ci.prognosisReference, [{ reference: out.entry![0]!.fullUrl }]);
  assert.deepEqual(ci.problem, [{ reference: 'Condition/dvt' }]);
  assert.equal(ci.finding!.length, entries.length);

  const prov = out.entry![2]!.resource as Provenance;
  assert.deepEqual(prov.target, [{ reference: out.entry![0]!.fullUrl }, { reference: out.entry![1]!.fullUrl }]);
  assert.equal(prov.recorded, '2025-03-01T12:00:00.000Z');
  assert.equal(prov.agent[0]!.who.reference, '#model');
  assert.ok(prov.agent[0]!.who.display!.includes(`${model.id} ${model.version} (${model.manifest.contentHash})`));
  assert.equal(prov.contained![0]!.id, 'model');
  assert.deepEqual(prov.entity![0]!.what.identifier, { system: MODEL_HASH_SYSTEM, value: model.manifest.contentHash });
  assert.deepEqual(prov.entity!.slice(1).map((e) => e.what.reference), ['Observation/dd', 'Observation/spo2', 'Condition/dvt']);
});

test('the output is deterministic for the same inputs and now', () => {
  const { read, result } = run();
  const ctx = { findingSources: read.sources, model: result.model, now: NOW };
  assert.equal(JSON.stringify(diagnosisToFhir(result, ctx)), JSON.stringify(diagnosisToFhir(result, ctx)));
  const later = diagnosisToFhir(result, { ...ctx, now: '2025-03-01T12:00:01Z' });
  assert.notEqual(later.id, diagnosisToFhir(result, ctx).id);
});

test('without a subject or ClinicalImpression the output still has the required elements', () => {
  const { read, result } = run();
  const out = diagnosisToFhir(result, { findingSources: read.sources, model: result.model, now: NOW, clinicalImpression: false });
  assert.deepEqual(out.entry!.map((e) => e.resource!.resourceType), ['RiskAssessment', 'Provenance']);
  const ra = out.entry![0]!.resource as RiskAssessment;
  assert.ok(ra.subject.display);
});
