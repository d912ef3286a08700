import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compileModel } from '../../core/compile.js';
import { diagnose } from '../../core/diagnose.js';
import { readFileSync } from 'node:fs';
import type { KnowledgeModel } from '../../core/model.js';
import { bundleToCase } from './to-case.js';

// The built-in model as shipped (read directly: intake does not depend on learn).
const model = JSON.parse(readFileSync('models/primary-care.json', 'utf8')) as KnowledgeModel;
const SCT = 'http://snomed.info/sct';
const LOINC = 'http://loinc.org';

function condition(id: string, code: string, display: string, enc: string, onset: string, abated?: string): object {
  return {
    fullUrl: `urn:uuid:${id}`,
    resource: {
      resourceType: 'Condition', id, subject: { reference: 'urn:uuid:p1' }, encounter: { reference: `urn:uuid:${enc}` },
      clinicalStatus: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-clinical', code: abated ? 'resolved' : 'active' }] },
      verificationStatus: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-ver-status', code: 'confirmed' }] },
      code: { coding: [{ system: SCT, code, display }], text: display }, onsetDateTime: onset, ...(abated ? { abatementDateTime: abated } : {}),
    },
  };
}

function encounter(id: string, start: string, end: string): object {
  return { fullUrl: `urn:uuid:${id}`, resource: { resourceType: 'Encounter', id, status: 'finished', subject: { reference: 'urn:uuid:p1' }, period: { start, end } } };
}

function observation(id: string, loinc: string, enc: string, when: string, value: object): object {
  return { fullUrl: `urn:uuid:${id}`, resource: { resourceType: 'Observation', id, status: 'final', subject: { reference: 'urn:uuid:p1' }, encounter: { reference: `urn:uuid:${enc}` }, code: { coding: [{ system: LOINC, code: loinc }] }, effectiveDateTime: when, ...value } };
}

/** A child's record in the shape Synthea exports: an old febrile visit and a COVID-19 visit. */
const record = {
  resourceType: 'Bundle',
  type: 'transaction',
  entry: [
    { fullUrl: 'urn:uuid:p1', resource: { resourceType: 'Patient', id: 'p1', gender: 'female', birthDate: '2011-05-01' }, request: { method: 'POST', url: 'Patient' } },
    encounter('e1', '2015-06-01T10:00:00Z', '2015-06-01T10:30:00Z'),
    condition('c1', '68962001', 'Muscle pain (finding)', 'e1', '2015-06-01T10:00:00Z', '2015-06-10T00:00:00Z'),
    observation('o1', '8310-5', 'e1', '2015-06-01T10:05:00Z', { valueQuantity: { value: 39.2, unit: 'Cel', system: 'http://unitsofmeasure.org', code: 'Cel' } }),
    encounter('e2', '2020-03-14T12:00:00Z', '2020-03-14T13:00:00Z'),
    condition('c2', '386661006', 'Fever (finding)', 'e2', '2020-03-14T12:00:00Z', '2020-04-01T00:00:00Z'),
    condition('c3', '49727002', 'Cough (finding)', 'e2', '2020-03-14T12:00:00Z', '2020-04-01T00:00:00Z'),
    condition('c4', '36955009', 'Loss of taste (finding)', 'e2', '2020-03-14T12:00:00Z', '2020-04-01T00:00:00Z'),
    observation('o2', '94531-1', 'e2', '2020-03-14T12:50:00Z', { valueCodeableConcept: { coding: [{ system: SCT, code: '260373001', display: 'Detected (qualifier value)' }] } }),
    observation('o3', '92142-9', 'e2', '2020-03-14T12:50:00Z', { valueCodeableConcept: { coding: [{ system: SCT, code: '260415000', display: 'Not detected (qualifier value)' }] } }),
  ],
};

test('the latest encounter is the index episode: its resolved symptom Conditions and PCR are current, older data is not', () => {
  const r = bundleToCase(record, model);
  assert.ok(r.ok, JSON.stringify(r.issues));
  const v = r.value;
  assert.equal(v.episode?.chosenBy, 'latest-encounter');
  assert.equal(v.episode?.encounter, 'urn:uuid:e2');
  assert.equal(v.case.age, 8);
  assert.equal(v.case.date, '2020-03-14', 'the case is dated by its episode (period priors)');
  const got = new Map(v.case.findings.map((o) => [o.id, 'present' in o ? o.present : undefined] as const));
  assert.equal(got.get('fever'), true);
  assert.equal(got.get('cough'), true);
  assert.equal(got.get('disturbance-of-smell-or-taste'), true, 'Loss of taste (finding) is read as a clinical phrase');
  assert.equal(got.get('sars-cov-2-positive'), true);
  assert.equal(got.get('influenza-pcr-positive'), false);
  assert.equal(got.get('muscle-pain'), undefined, 'a condition resolved before the episode is not a current symptom');
  const old = v.ignored.find((i) => i.path.includes('entry[3]'));
  assert.equal(old?.reason, 'before the index episode');
});

test('--at chooses an earlier encounter; later resources are outside it', () => {
  const r = bundleToCase(record, model, { at: '2015-06-02' });
  assert.ok(r.ok);
  assert.equal(r.value.episode?.encounter, 'urn:uuid:e1');
  assert.equal(r.value.case.age, 4);
  const got = new Map(r.value.case.findings.map((o) => [o.id, 'present' in o ? o.present : undefined] as const));
  assert.equal(got.get('fever'), true, 'the 2015 temperature');
  assert.equal(got.get('muscle-pain'), true, 'onset in the episode: current then, resolved later');
  assert.equal(got.get('sars-cov-2-positive'), undefined);
  assert.ok(r.value.ignored.some((i) => i.reason === 'after the index episode'));
});

test('a bad --at date is an input error naming the option', () => {
  const r = bundleToCase(record, model, { at: 'last tuesday' });
  assert.equal(r.ok, false);
  assert.ok(r.issues.some((i) => i.path === 'options.at'));
});

test('wholeRecord reads the Bundle as one episode, as before', () => {
  const r = bundleToCase(record, model, { wholeRecord: true });
  assert.ok(r.ok);
  assert.equal(r.value.episode, undefined);
});

test('a child with COVID-19 symptoms: COVID-19 in the top 3 with the PCR, in the top 5 from the symptoms alone', () => {
  const cm = compileModel(model);
  const rank = (b: object): number => {
    const r = bundleToCase(b, model);
    assert.ok(r.ok);
    return diagnose(cm, r.value.case, { mode: 'instant' }).differential.findIndex((e) => e.conditionId === 'covid-19') + 1;
  };
  const withPcr = rank(record);
  assert.ok(withPcr >= 1 && withPcr <= 3, `rank ${withPcr}`);
  const symptomsOnly = rank({ ...record, entry: record.entry.filter((e) => !JSON.stringify(e).includes('94531-1')) });
  assert.ok(symptomsOnly >= 1 && symptomsOnly <= 5, `rank ${symptomsOnly}`);
});

test('a routine check-up after the presentation is not the index episode', () => {
  const checkup = { fullUrl: 'urn:uuid:e3', resource: { resourceType: 'Encounter', id: 'e3', status: 'finished', subject: { reference: 'urn:uuid:p1' }, type: [{ coding: [{ system: SCT, code: '410620009', display: 'Well child visit (procedure)' }], text: 'Well child visit (procedure)' }], period: { start: '2021-05-01T09:00:00Z', end: '2021-05-01T09:30:00Z' } } };
  const r = bundleToCase({ ...record, entry: [...record.entry, checkup] }, model);
  assert.ok(r.ok);
  assert.equal(r.value.episode?.encounter, 'urn:uuid:e2');
  const only = bundleToCase({ ...record, entry: [record.entry[0], checkup] }, model);
  assert.ok(only.ok);
  assert.equal(only.value.episode?.encounter, 'urn:uuid:e3', 'with nothing else, the check-up is the episode');
});

test('fever and cough alone in a child during the pandemic years: COVID-19 in the top 5; the same in 2015: not listed high', () => {
  const cm = compileModel(model);
  const child = (date: string): object => ({
    resourceType: 'Bundle', type: 'collection',
    entry: [
      { fullUrl: 'urn:uuid:p1', resource: { resourceType: 'Patient', id: 'p1', gender: 'male', birthDate: `${Number(date.slice(0, 4)) - 12}-01-01` } },
      encounter('e9', `${date}T10:00:00Z`, `${date}T11:00:00Z`),
      condition('c8', '386661006', 'Fever (finding)', 'e9', `${date}T10:00:00Z`),
      condition('c9', '49727002', 'Cough (finding)', 'e9', `${date}T10:00:00Z`),
    ],
  });
  const rank = (b: object): number => {
    const r = bundleToCase(b, model);
    assert.ok(r.ok);
    return diagnose(cm, r.value.case, { mode: 'instant' }).differential.findIndex((e) => e.conditionId === 'covid-19') + 1;
  };
  const in2020 = rank(child('2020-11-28'));
  assert.ok(in2020 >= 1 && in2020 <= 5, `rank ${in2020}`);
  const in2015 = rank(child('2015-11-28'));
  assert.ok(in2015 === 0 || in2015 > 10, `rank ${in2015}`);
});
