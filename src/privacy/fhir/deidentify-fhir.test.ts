import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Bundle, Observation, Patient } from '@medplum/fhirtypes';
import { deidentifyFhir } from './deidentify-fhir.js';
import { deidentifyText } from '../deid/deidentify.js';

const key = new TextEncoder().encode('fhir-test-key-0123456789');

export function syntheticBundle(): Bundle {
  return {
    resourceType: 'Bundle',
    type: 'collection',
    entry: [
      {
        fullUrl: 'urn:uuid:11111111-1111-1111-1111-111111111111',
        resource: {
          resourceType: 'Patient',
          id: 'pat-42',
          identifier: [{ system: 'urn:oid:1.2.3', value: 'MRN9911223' }],
          name: [{ family: 'Wexlerowicz', given: ['Philippa', 'Q'] }],
          telecom: [{ system: 'phone', value: '617-555-0147' }, { system: 'email', value: 'philippa@example.com' }],
          address: [{ line: ['12 Larkspur Lane'], city: 'Hollowbrook', state: 'MA', postalCode: '02139' }],
          birthDate: '1950-06-15',
          gender: 'female',
          text: { status: 'generated', div: '<div xmlns="http://www.w3.org/1999/xhtml">Philippa Wexlerowicz, born 6/15/1950</div>' },
        },
      },
      {
        resource: {
          resourceType: 'Observation',
          id: 'obs-1',
          status: 'final',
          code: { coding: [{ system: 'http://loinc.org', code: '8867-4', display: 'Heart rate' }] },
          subject: { reference: 'Patient/pat-42', display: 'Philippa Wexlerowicz' },
          effectiveDateTime: '2021-03-14T08:30:00Z',
          valueQuantity: { value: 88, unit: '/min', system: 'http://unitsofmeasure.org', code: '/min' },
          note: [{ text: 'Ms. Wexlerowicz anxious; daughter called from 617-555-0147.' }],
        },
      },
    ],
  };
}

function shape(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(shape);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, shape(x)]));
  return typeof v;
}

test('FHIR output keeps the structure and types of the input', () => {
  const input = syntheticBundle();
  const r = deidentifyFhir(input, { key, textMode: 'surrogate' });
  assert.ok(r.ok);
  assert.deepEqual(shape(r.value), shape(input));
  const out = r.value as Bundle;
  const obs = out.entry?.[1]?.resource as Observation;
  assert.match(obs.effectiveDateTime ?? '', /^\d{4}-\d{2}-\d{2}T08:30:00Z$/);
  assert.equal(obs.code.coding?.[0]?.code, '8867-4');
  assert.match(obs.subject?.reference ?? '', /^Patient\/[0-9a-f]{32}$/);
  const pat = out.entry?.[0]?.resource as Patient;
  assert.equal(obs.subject?.reference, `Patient/${pat.id}`);
  assert.equal(pat.address?.[0]?.state, 'MA');
  assert.equal(pat.address?.[0]?.postalCode, '02100');
});

test('no identifier of the patient survives anywhere in the output', () => {
  const r = deidentifyFhir(syntheticBundle(), { key, textMode: 'redact' });
  assert.ok(r.ok);
  const json = JSON.stringify(r.value);
  for (const canary of ['Wexlerowicz', 'Philippa', 'MRN9911223', '555-0147', 'philippa@', 'Larkspur', 'Hollowbrook', 'pat-42', '1950-06-15', '3/14']) {
    assert.ok(!json.includes(canary), canary);
  }
});

test('dates in FHIR and in the same patient\'s notes are shifted by the same offset', () => {
  const r = deidentifyFhir(syntheticBundle(), { key, textMode: 'surrogate' });
  assert.ok(r.ok);
  const obs = (r.value as Bundle).entry?.[1]?.resource as Observation;
  const fhirShift = (Date.parse(obs.effectiveDateTime ?? '') - Date.parse('2021-03-14T08:30:00Z')) / 86_400_000;
  const note = deidentifyText('Seen 3/14/2021.', { mode: 'surrogate', key, patientId: 'pat-42' });
  assert.ok(note.ok);
  const m = /Seen (\d+)\/(\d+)\/(\d+)/.exec(note.value.text);
  assert.ok(m);
  const noteShift = (Date.UTC(Number(m[3]), Number(m[1]) - 1, Number(m[2])) - Date.UTC(2021, 2, 14)) / 86_400_000;
  assert.equal(fhirShift, noteShift);
  assert.notEqual(fhirShift, 0);
});

test('non-FHIR input is refused with an issue', () => {
  const r = deidentifyFhir({ hello: 'world' }, { key, textMode: 'redact' });
  assert.equal(r.ok, false);
  assert.equal(r.issues[0]?.code, 'fhir');
});

test('urn:uuid fullUrls, references and request urls stay consistent after pseudonymisation', () => {
  const bundle = {
    resourceType: 'Bundle', type: 'transaction',
    entry: [
      { fullUrl: 'urn:uuid:aaaaaaaa-0000-0000-0000-000000000001', resource: { resourceType: 'Patient', id: 'p-1' }, request: { method: 'PUT', url: 'Patient/p-1' } },
      { fullUrl: 'https://ehr.stmarys.example/fhir/Observation/o-9', resource: { resourceType: 'Observation', id: 'o-9', status: 'final', code: { text: 'HR' }, subject: { reference: 'urn:uuid:aaaaaaaa-0000-0000-0000-000000000001' } }, request: { method: 'POST', url: 'Observation' } },
    ],
  };
  const r = deidentifyFhir(bundle, { key, textMode: 'redact' });
  assert.ok(r.ok);
  const out = r.value as Bundle;
  const [e0, e1] = out.entry ?? [];
  assert.equal((e1?.resource as Observation).subject?.reference, e0?.fullUrl);
  assert.match(e0?.fullUrl ?? '', /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-/);
  assert.equal(e0?.request?.url, `Patient/${e0?.resource?.id}`);
  assert.equal(e1?.request?.url, 'Observation');
  assert.ok(!JSON.stringify(out).includes('stmarys'));
  assert.match(e1?.fullUrl ?? '', /^https:\/\/example\.org\/fhir\/Observation\/[0-9a-f]{32}$/);
});
