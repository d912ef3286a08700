import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Observation, Result } from '../../core/index.js';
import { bloodPressure, bundle, condition, makeFhirModel, note, patient, qualitative, quantity } from '../../testkit/fhir-fixtures.js';
import { loadModel } from '../../testkit/builtin-models.js';
import { bundleToCase, type BundleCase, type BundleToCaseOptions } from './to-case.js';

const model = makeFhirModel();

function read(resources: Record<string, unknown>[], options: BundleToCaseOptions = {}): Result<BundleCase> {
  return bundleToCase(bundle(resources), model, options);
}

function ok(r: Result<BundleCase>): BundleCase {
  if (!r.ok) assert.fail(`expected ok, got ${JSON.stringify(r.issues)}`);
  return r.value;
}

function finding(c: BundleCase, id: string): Observation | undefined {
  return c.case.findings.find((f) => f.id === id);
}

test('a synthetic bundle becomes the expected case', () => {
  const c = ok(read([
    patient({ birthDate: '1970-06-15', gender: 'female' }),
    quantity('8310-5', 101.5, '[degF]', { id: 'temp' }), // 38.6 Cel, by default range -> fever
    quantity('8867-4', 72, '/min', { id: 'hr' }), // normal -> tachycardia absent
    quantity('2708-6', 88, '%', { id: 'spo2' }), // hypoxemia, concept code on the finding
    quantity('89579-7', 20, 'ng/L', { id: 'trop', interpretation: 'H' }), // interpretation first
    quantity('48065-7', 400, 'ng/mL{FEU}', { id: 'dd', range: { high: 350 } }), // reference range beats default 500
    quantity('718-7', 125, 'g/L', { id: 'hb' }), // 12.5 g/dL: normal for a woman by default
    qualitative('5802-4', 'Positive', { id: 'nit', coded: true }),
  ]));
  assert.equal(c.case.age, 54);
  assert.equal(c.case.sex, 'female');
  assert.deepEqual(c.case.findings, [
    { id: 'fever', present: true },
    { id: 'ddimer-high', present: true },
    { id: 'tachycardia', present: false },
    { id: 'hypoxemia', present: true },
    { id: 'troponin', present: true },
    { id: 'nitrite', present: true },
    { id: 'anemia', present: false },
  ]);
  const src = (id: string) => c.sources.find((s) => s.findingId === id)!;
  assert.deepEqual(
    { path: src('fever').path, reference: src('fever').reference, concept: src('fever').concept, basis: src('fever').basis },
    { path: 'Bundle.entry[1].resource', reference: 'Observation/temp', concept: 'fever', basis: 'default-range' },
  );
  assert.equal(src('troponin').basis, 'interpretation');
  assert.equal(src('ddimer-high').basis, 'reference-range');
  assert.equal(src('nitrite').basis, 'value');
  assert.equal(c.asOf, '2025-03-01T10:00:00.000Z');
  assert.deepEqual(c.warnings, []);
});

test('a normal temperature in Fahrenheit gives fever absent; the sender interpretation beats the value', () => {
  const c = ok(read([patient(), quantity('8310-5', 98.6, '[degF]'), quantity('48065-7', 300, 'ng/mL', { interpretation: 'H' })]));
  assert.deepEqual(finding(c, 'fever'), { id: 'fever', present: false });
  assert.deepEqual(finding(c, 'ddimer-high'), { id: 'ddimer-high', present: true });
});

test('the reference range is read in its own unit', () => {
  // Hb 12.5 g/dL against a lab range of 130-170 g/L -> low.
  const c = ok(read([patient(), quantity('718-7', 12.5, 'g/dL', { range: { low: 130, high: 170, unit: 'g/L' } })]));
  assert.deepEqual(finding(c, 'anemia'), { id: 'anemia', present: true });
});

test('default ranges depend on sex', () => {
  const hb = quantity('718-7', 12.8, 'g/dL');
  assert.deepEqual(finding(ok(read([patient({ gender: 'female' }), hb])), 'anemia'), { id: 'anemia', present: false });
  assert.deepEqual(finding(ok(read([patient({ gender: 'male' }), hb])), 'anemia'), { id: 'anemia', present: true });
});

test('a censored value is read by its comparator', () => {
  const c = ok(read([patient(), quantity('89579-7', 3, 'ng/L', { comparator: '<' })]));
  assert.deepEqual(finding(c, 'troponin'), { id: 'troponin', present: false });
});

test('transaction and batch Bundles are read as the patient\'s record, their request parts ignored', () => {
  for (const type of ['transaction', 'batch']) {
    const b = bundle([patient(), quantity('8867-4', 128, '/min')], type) as { entry: Record<string, unknown>[] };
    for (const e of b.entry) e['request'] = { method: 'POST', url: 'Observation' };
    const r = bundleToCase(b, model);
    assert.ok(r.ok, JSON.stringify(r.ok ? '' : r.issues));
  }
});

test('the wrong Bundle type is an error at Bundle.type', () => {
  const r = bundleToCase(bundle([patient()], 'message'), model);
  assert.equal(r.ok, false);
  assert.deepEqual(r.issues.map((i) => [i.code, i.path, i.severity]), [['bundle-type', 'Bundle.type', 'error']]);
});

test('not a Bundle, and malformed entries, are errors with paths', () => {
  assert.deepEqual(bundleToCase([], model).issues.map((i) => i.path), ['Bundle']);
  assert.deepEqual(bundleToCase({ resourceType: 'Patient' }, model).issues.map((i) => [i.code, i.path]), [['resource-type', 'Bundle.resourceType']]);
  const r = bundleToCase({ resourceType: 'Bundle', type: 'collection', entry: [{ resource: patient() }, { resource: { id: 'x' } }, 7] }, model);
  assert.equal(r.ok, false);
  assert.deepEqual(r.issues.map((i) => [i.code, i.path]), [['required', 'Bundle.entry[1].resource.resourceType'], ['type', 'Bundle.entry[2]']]);
});

test('impossible values are errors naming the value path', () => {
  const r = read([patient(), quantity('8310-5', 500, 'Cel'), quantity('6690-2', -2, '10*3/uL'), quantity('8310-5', 500, '[degF]')]);
  assert.equal(r.ok, false);
  assert.deepEqual(r.issues.map((i) => [i.code, i.path, i.severity]), [
    ['impossible-value', 'Bundle.entry[1].resource.valueQuantity.value', 'error'],
    ['impossible-value', 'Bundle.entry[2].resource.valueQuantity.value', 'error'],
    ['impossible-value', 'Bundle.entry[3].resource.valueQuantity.value', 'error'],
  ]);
});

test('an unknown unit is a warning with its path and the value is not used', () => {
  const c = ok(read([patient(), quantity('8310-5', 38.5, 'degrees')]));
  assert.deepEqual(c.warnings.map((i) => [i.code, i.path, i.severity]), [['unknown-unit', 'Bundle.entry[1].resource.valueQuantity.code', 'warning']]);
  assert.equal(finding(c, 'fever'), undefined);
  assert.deepEqual(c.ignored, [{ path: 'Bundle.entry[1].resource', resourceType: 'Observation', reason: 'unknown unit' }]);
});

test('a unit of the wrong dimension is a mismatch, not a conversion', () => {
  const c = ok(read([patient(), quantity('8310-5', 38.5, 'mg/dL')]));
  assert.deepEqual(c.warnings.map((i) => [i.code, i.path]), [['unit-mismatch', 'Bundle.entry[1].resource.valueQuantity.code']]);
});

test('unsupported resources are listed as ignored and every entry is accounted for', () => {
  const c = ok(read([
    patient(),
    { resourceType: 'Immunization', id: 'imm' },
    { resourceType: 'Encounter', id: 'enc' },
    quantity('9999-9', 1, '%'),
    quantity('8867-4', 130, '/min'),
    bloodPressure(85, 50),
  ]));
  assert.deepEqual(c.ignored, [
    { path: 'Bundle.entry[1].resource', resourceType: 'Immunization', reason: 'resource type not supported' },
    { path: 'Bundle.entry[2].resource', resourceType: 'Encounter', reason: 'context resource (no findings read from it)' },
    { path: 'Bundle.entry[3].resource', resourceType: 'Observation', reason: 'LOINC code not in the mapping' },
  ]);
  // The fixture model has no hypotension finding: reported as unmapped, with the component path.
  assert.ok(c.unmapped.some((u) => u.concept === 'hypotension' && u.present === true && u.path === 'Bundle.entry[5].resource.component[0]'));
  const seen = new Set([...c.sources.map((s) => s.path), ...c.ignored.map((i) => i.path), ...c.unmapped.map((u) => u.path)].map((p) => /^Bundle\.entry\[\d+\]/.exec(p)![0]));
  assert.deepEqual([...seen].sort(), [1, 2, 3, 4, 5].map((i) => `Bundle.entry[${i}]`));
});

test('patient problems are errors at their paths', () => {
  const g = read([patient({ gender: 'unknown' })]);
  assert.deepEqual(g.issues.map((i) => [i.code, i.path]), [['unsupported-gender', 'Bundle.entry[0].resource.gender']]);
  const withSex = ok(read([patient({ gender: 'unknown' })], { sex: 'male' }));
  assert.equal(withSex.case.sex, 'male');
  assert.deepEqual(withSex.warnings.map((i) => i.code), ['defaulted']);
  const future = read([patient({ birthDate: '2030-01-01' })], { asOf: '2025-01-01' });
  assert.deepEqual(future.issues.map((i) => [i.code, i.path]), [['range', 'Bundle.entry[0].resource.birthDate']]);
  assert.deepEqual(read([quantity('8867-4', 80, '/min')]).issues.map((i) => i.code), ['no-patient']);
});

test('age is computed at asOf, defaulting to the latest Observation time', () => {
  const p = patient({ birthDate: '2000-03-02' });
  assert.equal(ok(read([p, quantity('8867-4', 80, '/min', { effective: '2025-03-01' })])).case.age, 24);
  assert.equal(ok(read([p, quantity('8867-4', 80, '/min', { effective: '2025-03-02' })])).case.age, 25);
  assert.equal(ok(read([p], { asOf: '2010-12-31' })).case.age, 10);
  assert.equal(ok(read([p], { today: '2020-03-02' })).case.age, 20);
});

test('conditions respect clinical and verification status', () => {
  assert.deepEqual(finding(ok(read([patient(), condition({ icd10: 'I82.401' })])), 'prior-dvt'), { id: 'prior-dvt', present: true });
  assert.deepEqual(finding(ok(read([patient(), condition({ icd10: 'I82', verification: 'refuted' })])), 'prior-dvt'), { id: 'prior-dvt', present: false });
  assert.deepEqual(finding(ok(read([patient(), condition({ text: 'Deep vein thrombosis', clinical: 'resolved' })])), 'prior-dvt'), { id: 'prior-dvt', present: true });
  const unconfirmed = ok(read([patient(), condition({ icd10: 'I82', verification: 'unconfirmed' })]));
  assert.equal(finding(unconfirmed, 'prior-dvt'), undefined);
  assert.deepEqual(unconfirmed.ignored.map((i) => i.reason), ['verification status unconfirmed']);
  const unknown = ok(read([patient(), condition({ icd10: 'E11.9' })]));
  assert.deepEqual(unknown.unmapped, [{ path: 'Bundle.entry[1].resource', resourceType: 'Condition' }]);
});

test('medications match by name; not-taken gives absent', () => {
  const med = (status: string) => ({ resourceType: 'MedicationStatement', id: 'm1', status, subject: { reference: 'Patient/p1' }, medicationCodeableConcept: { text: 'Oral contraceptive' } });
  assert.deepEqual(finding(ok(read([patient(), med('active')])), 'ocp'), { id: 'ocp', present: true });
  assert.deepEqual(finding(ok(read([patient(), med('not-taken')])), 'ocp'), { id: 'ocp', present: false });
});

test('resources about another patient are not used', () => {
  const c = ok(read([patient(), quantity('8310-5', 39, 'Cel', { subject: 'Patient/other' })]));
  assert.equal(finding(c, 'fever'), undefined);
  assert.deepEqual(c.warnings.map((i) => [i.code, i.path]), [['other-subject', 'Bundle.entry[1].resource']]);
});

test('DocumentReference text goes to the note reader; a measurement beats a note', () => {
  const texts: string[] = [];
  const notes = (text: string): Result<{ findings: Observation[] }> => {
    texts.push(text);
    return { ok: true, value: { findings: [{ id: 'fever', present: false }, { id: 'dyspnea', present: true }] }, issues: [] };
  };
  const c = ok(read([patient(), note('Short of breath. Denies fever.'), quantity('8310-5', 38.4, 'Cel')], { notes }));
  assert.deepEqual(texts, ['Short of breath. Denies fever.']);
  assert.deepEqual(finding(c, 'dyspnea'), { id: 'dyspnea', present: true });
  assert.deepEqual(finding(c, 'fever'), { id: 'fever', present: true });
  assert.deepEqual(c.sources.find((s) => s.findingId === 'dyspnea'), {
    findingId: 'dyspnea', path: 'Bundle.entry[1].resource.content[0].attachment', resourceType: 'DocumentReference', reference: 'DocumentReference/doc1', via: 'note',
    observation: { id: 'dyspnea', present: true },
  });
});

test('notes that cannot be read are reported, never guessed', () => {
  const notes = (): Result<{ findings: Observation[] }> => assert.fail('must not be called');
  const html = ok(read([patient(), note('<p>x</p>', 'd1', 'text/html')], { notes }));
  assert.deepEqual(html.warnings.map((i) => [i.code, i.path]), [['unsupported-content', 'Bundle.entry[1].resource.content[0].attachment.contentType']]);
  const bad = note('x');
  (bad['content'] as { attachment: { data: string } }[])[0]!.attachment.data = '//79/w=='; // bytes ff fe fd ff: not UTF-8
  assert.deepEqual(ok(read([patient(), bad], { notes })).warnings.map((i) => i.code), ['encoding']);
  const off = ok(read([patient(), note('fever')], { notes: false }));
  assert.deepEqual(off.ignored.map((i) => i.reason), ['notes not read (disabled by option)']);
});

test('a DocumentReference note goes through the notes pipeline by default', () => {
  const text = 'HPI: 54F with shortness of breath since yesterday. Denies fever. No painful urination.\nFH: mother has DVT.';
  const c = ok(read([patient(), note(text)]));
  assert.deepEqual(finding(c, 'dyspnea'), { id: 'dyspnea', present: true });
  assert.deepEqual(finding(c, 'fever'), { id: 'fever', present: false });
  assert.deepEqual(finding(c, 'dysuria'), { id: 'dysuria', present: false });
  assert.equal(finding(c, 'prior-dvt'), undefined, 'family history is not the patient');
  assert.ok(c.sources.filter((s) => s.via === 'note').every((s) => s.path === 'Bundle.entry[1].resource.content[0].attachment'));
});

test('the case does not depend on entry order', () => {
  const rs = [patient(), quantity('8310-5', 39, 'Cel'), quantity('2708-6', 97, '%'), condition({ icd10: 'I82' })];
  const a = ok(read(rs)).case;
  const b = ok(read([rs[0]!, rs[3]!, rs[2]!, rs[1]!])).case;
  assert.deepEqual(a, b);
});

test('a QRS duration Observation (LOINC 8633-0) in ms or s: wide is a conduction abnormality, narrow says nothing', () => {
  const shipped = loadModel('primary-care');
  const conduction = (value: number, unit: string): Observation | undefined =>
    finding(ok(bundleToCase(bundle([patient(), quantity('8633-0', value, unit)]), shipped)), 'ecg-conduction-abnormality');
  assert.deepEqual(conduction(140, 'ms'), { id: 'ecg-conduction-abnormality', present: true });
  assert.deepEqual(conduction(0.14, 's'), { id: 'ecg-conduction-abnormality', present: true });
  assert.equal(conduction(96, 'ms'), undefined);
  assert.equal(conduction(0.096, 's'), undefined);
});
