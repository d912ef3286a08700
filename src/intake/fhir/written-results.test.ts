import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Observation, Result } from '../../core/index.js';
import { bundle, makeFhirModel, patient, qualitative } from '../../testkit/fhir-fixtures.js';
import { bundleToCase, type BundleCase, type BundleToCaseOptions } from './to-case.js';
import { observationText, reportResult } from './written-results.js';
import { loadModel } from '../../testkit/builtin-models.js';

// Tests for written results in FHIR: DiagnosticReport conclusions and free-text values of unmapped Observations.
const model = makeFhirModel();

function read(resources: Record<string, unknown>[], options: BundleToCaseOptions = {}): BundleCase {
  const r = bundleToCase(bundle(resources), model, options);
  if (!r.ok) assert.fail(`expected ok, got ${JSON.stringify(r.issues)}`);
  return r.value;
}

function report(conclusion: string | undefined, o: { status?: string | null; codes?: string[]; name?: string } = {}): Record<string, unknown> {
  return {
    resourceType: 'DiagnosticReport', id: 'rep1', ...(o.status === null ? {} : { status: o.status ?? 'final' }),
    code: { text: o.name ?? 'ECG 12 lead' }, subject: { reference: 'Patient/p1' }, effectiveDateTime: '2025-03-01T10:00:00Z',
    ...(conclusion !== undefined ? { conclusion } : {}),
    ...(o.codes ? { conclusionCode: o.codes.map((text) => ({ text })) } : {}),
  };
}

function freeText(loinc: string, display: string, value: string, status = 'final', categories: string[] = []): Record<string, unknown> {
  return {
    resourceType: 'Observation', id: 'obs1', status, code: { coding: [{ system: 'http://loinc.org', code: loinc, display }] }, subject: { reference: 'Patient/p1' }, effectiveDateTime: '2025-03-01T10:00:00Z', valueString: value,
    ...(categories.length > 0 ? { category: categories.map((code) => ({ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/observation-category', code }] })) } : {}),
  };
}

/** A note reader that records the texts it is given and reads "fever" as present. */
function recorder(): { texts: string[]; notes: (text: string) => Result<{ findings: Observation[] }> } {
  const texts: string[] = [];
  return { texts, notes: (text) => { texts.push(text); return { ok: true, value: { findings: text.includes('fever') ? [{ id: 'fever', present: true }] : [] }, issues: [] }; } };
}

test('a report conclusion is read as a note labelled with the report name, with its path', () => {
  const r = recorder();
  const c = read([patient(), report('Sinus rhythm, fever pattern', { codes: ['Inferior STEMI'] })], { notes: r.notes });
  assert.deepEqual(r.texts, ['ECG 12 lead: Sinus rhythm, fever pattern. Inferior STEMI.']);
  assert.deepEqual(c.sources.find((s) => s.findingId === 'fever'), {
    findingId: 'fever', path: 'Bundle.entry[1].resource.conclusion', resourceType: 'DiagnosticReport', reference: 'DiagnosticReport/rep1', via: 'note',
    observation: { id: 'fever', present: true },
  });
});

test('a free-text value of an unmapped code is read; a mapped test keeps its own result reading', () => {
  const r = recorder();
  read([patient(), freeText('19005-8', 'Radiology Imaging study [Impression] (narrative)', 'No acute disease.'), qualitative('5802-4', 'Positive')], { notes: r.notes });
  assert.deepEqual(r.texts, ['Radiology Imaging study [Impression] (narrative): No acute disease.']);
  assert.equal(observationText(qualitative('5802-4', 'Positive'), 'x'), undefined);
});

test('free text is read only from report-like Observations: a report code or a result category, never answers about the person', () => {
  const r = recorder();
  const c = read([
    patient(),
    { ...freeText('44255-8', 'Feeling down, depressed, or hopeless', 'Not at all', 'final', ['survey']), id: 'a' },
    { ...freeText('72166-2', 'Tobacco smoking status', 'Never smoker', 'final', ['social-history']), id: 'b' },
    { ...freeText('93025-5', 'Questionnaire free text', 'fever at night'), id: 'c' },
    { ...freeText('99999-9', 'Specimen comment', 'fever', 'final', ['laboratory']), id: 'd' },
    { ...freeText('99998-9', 'Bedside ultrasound', 'fever focus', 'final', ['imaging', 'survey']), id: 'e' },
    { ...freeText('99997-9', 'Bedside ultrasound', 'Gallbladder wall thickened', 'final', ['imaging']), id: 'f' },
    { ...freeText('8601-7', 'EKG impression', 'Sinus tachycardia', 'final', ['survey']), id: 'g' },
  ], { notes: r.notes });
  assert.deepEqual(r.texts, ['Bedside ultrasound: Gallbladder wall thickened.', 'EKG impression: Sinus tachycardia.']);
  assert.deepEqual(c.ignored.map((i) => i.reason), Array(5).fill('LOINC code not in the mapping'));
});

test('on the broad model, a social-history or questionnaire answer gives no finding', () => {
  const broad = loadModel('primary-care');
  const r = bundleToCase(bundle([
    patient(),
    { ...freeText('72166-2', 'Tobacco smoking status', 'Never smoker', 'final', ['social-history']), id: 'a' },
    { ...freeText('44255-8', 'Feeling down, depressed, or hopeless', 'Not at all', 'final', ['survey']), id: 'b' },
  ]), broad);
  if (!r.ok) assert.fail(JSON.stringify(r.issues));
  assert.deepEqual(r.value.case.findings, []);
});

test('what is not read as a written result is listed with the reason, never guessed', () => {
  const r = recorder();
  const c = read([patient(), report('fever', { status: 'cancelled' }), report(undefined), freeText('19005-8', 'Impression', 'fever', 'entered-in-error')], { notes: r.notes });
  assert.deepEqual(r.texts, []);
  assert.deepEqual(c.ignored.map((i) => i.reason), ['status cancelled', 'no conclusion (its results are read as their own Observations)', 'status entered-in-error']);
  const off = read([patient(), report('fever')], { notes: false });
  assert.deepEqual(off.ignored.map((i) => i.reason), ['written result not read (notes disabled by option)']);
  const none = read([patient(), report('Normal study')], { notes: r.notes });
  assert.deepEqual(none.unmapped, [{ path: 'Bundle.entry[1].resource', resourceType: 'DiagnosticReport' }]);
});

test('a status outside the R4 value set is ignored without its text in the reason', () => {
  const r = recorder();
  const c = read([patient(), report('fever', { status: 'see Dr Jones' }), { ...freeText('19005-8', 'Impression', 'fever', 'called Mrs Smith'), id: 'o2' }], { notes: r.notes });
  assert.deepEqual(r.texts, []);
  assert.deepEqual(c.ignored.map((i) => i.reason), ['status not an R4 DiagnosticReport status', 'status not an R4 Observation status']);
});

test('a report without its required status is read, with a coded warning at the status path', () => {
  const r = recorder();
  const c = read([patient(), report('fever', { status: null })], { notes: r.notes });
  assert.deepEqual(r.texts, ['ECG 12 lead: fever.']);
  assert.deepEqual(c.warnings.map((w) => [w.code, w.path]), [['required', 'Bundle.entry[1].resource.status']]);
});

test('report text: a coded conclusion already in the words is not repeated; a stop is added once', () => {
  const r = reportResult(report('Acute appendicitis.', { codes: ['acute appendicitis'], name: 'CT abdomen:' }), 'R');
  assert.deepEqual(r, { text: 'CT abdomen: Acute appendicitis.', path: 'R.conclusion' });
  assert.deepEqual(reportResult(report(undefined, { codes: ['Pneumothorax'], name: 'Chest X-ray' }), 'R'), { text: 'Chest X-ray: Pneumothorax.', path: 'R.conclusionCode' });
});

test('on the broad model, an ECG conclusion and an imaging impression give their written-result findings', () => {
  const broad = loadModel('primary-care');
  const r = bundleToCase(bundle([patient(), report('ST elevation in II, III and aVF'), freeText('19005-8', 'Chest X-ray impression', 'Right lower lobe consolidation')]), broad);
  if (!r.ok) assert.fail(JSON.stringify(r.issues));
  const present = r.value.case.findings.filter((f) => 'present' in f && f.present).map((f) => f.id);
  assert.ok(present.includes('ecg-st-elevation'), present.join(' '));
  assert.ok(present.includes('cxr-consolidation'), present.join(' '));
});

test('a number written as a string is read as a quantity with its comparator and unit; without a unit it is not used', () => {
  const obs = (loinc: string, valueString: string): Record<string, unknown> => ({ ...freeText(loinc, 'x', valueString), id: `o${loinc}` });
  const c = read([patient(), obs('8310-5', '38.9 Cel'), obs('89579-7', '<0.01 ng/mL'), obs('48065-7', '1200')], { notes: false });
  const f = (id: string) => c.case.findings.find((x) => x.id === id);
  assert.deepEqual(f('fever'), { id: 'fever', present: true });
  assert.deepEqual(f('troponin'), { id: 'troponin', present: false });
  assert.equal(f('ddimer-high'), undefined);
  assert.deepEqual(c.warnings.map((w) => [w.code, w.path]), [['unknown-unit', 'Bundle.entry[3].resource.valueString']]);
  assert.equal(c.sources.find((s) => s.findingId === 'fever')?.basis, 'default-range');
  const bad = bundleToCase(bundle([patient(), obs('8310-5', '389 Cel')]), model, { notes: false });
  assert.equal(bad.ok, false);
  assert.deepEqual(bad.issues.map((i) => [i.code, i.path]), [['impossible-value', 'Bundle.entry[1].resource.valueString']]);
});
