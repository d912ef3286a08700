import { test } from 'node:test';
import assert from 'node:assert/strict';
import { deidentifyText } from './deidentify.js';
import { shiftDateText, shiftFhirDate } from './dates.js';
import { dateShiftDays } from '../keys/keyed.js';

const key = new TextEncoder().encode('test-key-0123456789abcdef');

test('redact mode replaces spans with type tags and keeps years', () => {
  const r = deidentifyText('Dr. Hollingsworth saw pt on 3/14. CABG in 1998.', { mode: 'redact' });
  assert.ok(r.ok);
  assert.equal(r.value.text, 'Dr. [NAME] saw pt on [DATE]. CABG in 1998.');
  const y = deidentifyText('CABG in 1998.', { mode: 'redact', redactYears: true });
  assert.ok(y.ok);
  assert.equal(y.value.text, 'CABG in [YEAR].');
});

test('surrogates are consistent within a patient and keyed by the patient', () => {
  const a = deidentifyText('Wife Henrietta visited. Dr. Pemberton-Oakes aware.', { mode: 'surrogate', key, patientId: 'p1' });
  const b = deidentifyText('Henrietta called twice; Dr. Pemberton-Oakes paged.', { mode: 'surrogate', key, patientId: 'p1' });
  assert.ok(a.ok && b.ok);
  const nameA = /Wife (\w+)/.exec(a.value.text)?.[1];
  const nameB = /^(\w+) called/.exec(b.value.text)?.[1];
  assert.ok(nameA && nameA !== 'Henrietta');
  assert.equal(nameA, nameB);
  assert.ok(!a.value.text.includes('Henrietta') && !b.value.text.includes('Pemberton'));
  const other = deidentifyText('Wife Henrietta visited.', { mode: 'surrogate', key: new TextEncoder().encode('another-key-0123456789'), patientId: 'p1' });
  assert.ok(other.ok);
  assert.notEqual(other.value.text, 'Wife Henrietta visited.');
});

test('date shift keeps intervals and uses the keyed per-patient offset', () => {
  const r = deidentifyText('Admitted 1/30/2020, extubated 2/3/2020.', { mode: 'surrogate', key, patientId: 'p7' });
  assert.ok(r.ok);
  const m = /Admitted (\d+)\/(\d+)\/(\d+), extubated (\d+)\/(\d+)\/(\d+)/.exec(r.value.text);
  assert.ok(m, r.value.text);
  const d1 = Date.UTC(Number(m[3]), Number(m[1]) - 1, Number(m[2]));
  const d2 = Date.UTC(Number(m[6]), Number(m[4]) - 1, Number(m[5]));
  assert.equal((d2 - d1) / 86_400_000, 4);
  const offset = dateShiftDays(key, 'p7');
  assert.equal((d1 - Date.UTC(2020, 0, 30)) / 86_400_000, offset);
});

test('date text formats survive shifting', () => {
  assert.equal(shiftDateText('12/30', 5), '1/4');
  assert.equal(shiftDateText('2020-02-28', 2), '2020-03-01');
  assert.equal(shiftDateText('March 3, 2021', -3), 'February 28, 2021');
  assert.equal(shiftFhirDate('2021-03-03T10:00:00Z', 1), '2021-03-04T10:00:00Z');
  assert.equal(shiftFhirDate('2021-03', 1), '2021');
});

test('surrogate mode without a key or patient is refused with issues, not thrown', () => {
  const r = deidentifyText('Dr. Lumley', { mode: 'surrogate' });
  assert.equal(r.ok, false);
  assert.deepEqual(r.issues.map((i) => i.code).sort(), ['key-required', 'patient-required']);
});

test('spans mode returns spans and a redacted text, never the raw text', () => {
  const r = deidentifyText('Mr. Quillby went home 5/6.', { mode: 'spans' });
  assert.ok(r.ok);
  assert.ok(!r.value.text.includes('Quillby'));
  assert.deepEqual(r.value.spans.map((s) => s.type), ['NAME', 'DATE']);
});

test('control characters and lone surrogates do not break offsets', () => {
  const text = 'Dr. Quell\u0000 saw \ud800 pt on 4/5.';
  const r = deidentifyText(text, { mode: 'spans' });
  assert.ok(r.ok);
  for (const s of r.value.spans) assert.ok(s.end <= text.length);
});

test('redaction keeps the punctuation a name or phone span took with it', () => {
  const r = deidentifyText('Seen by Dr. Halvorsen, then call 410-555-0123. Done.', { mode: 'redact' });
  assert.ok(r.ok);
  assert.equal(r.ok && r.value.text, 'Seen by Dr. [NAME], then call [PHONE]. Done.');
});
