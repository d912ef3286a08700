/**
 * No PHI leaves the service: canary identifiers are seeded into notes, FHIR resources and malformed
 * bodies sent to every route that touches patient data, and none may appear in any response, log
 * line, audit event or metric.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { bundle, makeFhirModel, note, patient, quantity } from '../testkit/fhir-fixtures.js';
import { withContentHash } from '../learn/artifact.js';
import { defaultIntake } from './intake.js';
import { bearer, makeHarness, type Harness } from '../testkit/server-harness.js';

const CANARIES = ['Quillonbury', 'Zaphrania', '617-555-0142', 'MRN 88412093', 'quillon.zaph@example.org', '4 Larkspur Terrace'];
const NOTE = `HPI: Mrs. Zaphrania Quillonbury (MRN 88412093), phone 617-555-0142, email quillon.zaph@example.org, lives at 4 Larkspur Terrace. Three days of fever, denies shortness of breath.`;

const logLines: string[] = [];
const sink = new Writable({ write(chunk, _enc, done) { logLines.push(String(chunk)); done(); } });
const fhirModel = withContentHash({ ...makeFhirModel(), id: 'fhir-canary-model' });
let h: Harness;
before(async () => {
  h = await makeHarness({ intake: defaultIntake(), models: [fhirModel], logger: pino({ level: 'trace' }, sink) });
});
after(async () => { await h.close(); });

function assertClean(label: string, text: string): void {
  for (const c of CANARIES) assert.ok(!text.includes(c), `${label} leaked a canary identifier`);
}

const send = (url: string, payload: string, key = h.keys.ownerDiagnose) =>
  h.app.inject({ method: 'POST', url, headers: { ...bearer(key), 'content-type': 'application/json' }, payload });

describe('canary identifiers never leave the service', () => {
  it('not in responses, logs, audit events or metrics, for good and bad requests alike', async () => {
    const fhirPatient = { ...patient({ birthDate: '1961-04-02', gender: 'female' }), name: [{ family: 'Quillonbury', given: ['Zaphrania'] }], telecom: [{ system: 'phone', value: '617-555-0142' }] };
    const b = bundle([fhirPatient, quantity('8310-5', 39.1, 'Cel'), note(NOTE)]);
    const requests: [string, string][] = [
      ['/v1/extract', JSON.stringify({ text: NOTE })],
      ['/v1/deidentify', JSON.stringify({ text: NOTE })],
      ['/fhir/r4/$diagnose', JSON.stringify(b)],
      ['/fhir/r4/$diagnose', JSON.stringify({ ...b, type: 'transaction' })],
      ['/v1/diagnose', JSON.stringify({ age: 'Zaphrania Quillonbury', sex: '617-555-0142', findings: [{ id: 'MRN 88412093', present: true }] })],
      ['/v1/extract', `{"text": "${NOTE}"`],
      ['/v1/sessions', JSON.stringify({ age: 40, sex: 'female', findings: [{ id: 'quillon.zaph@example.org', present: true }] })],
    ];
    for (const [url, body] of requests) {
      const res = await send(url, body);
      assert.ok(res.statusCode < 500, `${url} answered ${res.statusCode}`);
      assertClean(`${url} (${res.statusCode})`, res.body);
    }
    const audit = await h.app.inject({ method: 'GET', url: '/v1/audit', headers: bearer(h.keys.ownerAdmin) });
    assert.equal(audit.statusCode, 200, audit.body);
    assert.ok(JSON.parse(audit.body).events.length > 0);
    assertClean('audit', audit.body);
    const metrics = await h.app.inject({ method: 'GET', url: '/metrics' });
    assertClean('metrics', metrics.body);
    assert.ok(logLines.length > 0, 'the logger saw the requests');
    assertClean('logs', logLines.join('\n'));
  });
});
