/** The routes wired to intake and privacy: notes → findings, de-identification, FHIR $diagnose and CDS Hooks; and 501 without them. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { bundle, makeFhirModel, patient, quantity } from '../testkit/fhir-fixtures.js';
import { withContentHash } from '../learn/artifact.js';
import { cardsFor } from './routes/cds-hooks.js';
import { defaultIntake } from './intake.js';
import { bearer, makeHarness, type Harness } from '../testkit/server-harness.js';

const fhirModel = withContentHash({ ...makeFhirModel(), id: 'fhir-test-model' });
let h: Harness;
let bare: Harness;
before(async () => {
  h = await makeHarness({ intake: defaultIntake(), models: [fhirModel] });
  bare = await makeHarness({ store: h.store });
});
after(async () => {
  await bare.close();
  await h.close();
});

const post = (app: Harness, url: string, body: unknown, key = app.keys.extDiagnose, type = 'application/json') =>
  app.app.inject({ method: 'POST', url, headers: { ...bearer(key), 'content-type': type }, payload: JSON.stringify(body) });

describe('POST /v1/extract', () => {
  it('finds the model findings in a note, with negation', async () => {
    const res = await post(h, '/v1/extract', { text: 'HPI: three days of fever. Denies shortness of breath.' });
    assert.equal(res.statusCode, 200, res.body);
    const f = res.json().findings as { id: string; present?: boolean }[];
    assert.deepEqual(f.find((x) => x.id === 'fever'), { id: 'fever', present: true });
    assert.deepEqual(f.find((x) => x.id === 'dyspnea'), { id: 'dyspnea', present: false });
    assert.doesNotMatch(JSON.stringify(res.json().mentions), /three days/, 'offsets, not text');
  });
  it('validates the body', async () => {
    const res = await post(h, '/v1/extract', { text: 42 });
    assert.equal(res.statusCode, 400);
    assert.equal(res.json().error.issues[0].path, '$.text');
  });
});

describe('POST /v1/deidentify', () => {
  it('removes identifiers', async () => {
    const res = await post(h, '/v1/deidentify', { text: 'Call 555-867-5309 or mail jane.doe@example.com about the visit.' });
    assert.equal(res.statusCode, 200, res.body);
    assert.doesNotMatch(res.json().text, /867-5309|jane\.doe/);
    assert.ok(res.json().redactions.length >= 2);
  });
});

describe('POST /fhir/r4/$diagnose', () => {
  it('takes a Bundle and returns FHIR resources', async () => {
    const b = bundle([patient({ gender: 'female', birthDate: '1960-01-01' }), quantity('8867-4', 128, '/min', { id: 'hr', effective: '2024-05-01T10:00:00Z' })]);
    const res = await post(h, `/fhir/r4/$diagnose?model=${encodeURIComponent(fhirModel.manifest.contentHash)}`, b, h.keys.extDiagnose, 'application/fhir+json');
    assert.equal(res.statusCode, 200, res.body);
    assert.match(res.headers['content-type'] as string, /application\/fhir\+json/);
    const out = res.json();
    assert.equal(out.resourceType, 'Bundle');
    assert.ok((out.entry as { resource: { resourceType: string } }[]).some((e) => e.resource.resourceType === 'RiskAssessment'));
  });
  it('a non-Bundle is a 400 with a path', async () => {
    const res = await post(h, '/fhir/r4/$diagnose', { resourceType: 'Patient' }, h.keys.extDiagnose, 'application/fhir+json');
    assert.equal(res.statusCode, 400);
    assert.equal(res.json().error.issues[0].path, '$.resourceType');
  });
});

describe('CDS Hooks', () => {
  it('discovery lists the patient-view service', async () => {
    const res = await h.app.inject({ method: 'GET', url: '/cds-services' });
    assert.equal(res.statusCode, 200);
    assert.equal(res.json().services[0].hook, 'patient-view');
  });
  it('patient-view answers cards worded as decision support; no patient prefetch is a 412', async () => {
    const body = { hook: 'patient-view', hookInstance: 'd1577c69-dfbe-44ad-ba6d-3e05e953b2ea', context: { userId: 'Practitioner/1', patientId: 'p1' } };
    const missing = await post(h, '/cds-services/ddx-patient-view', body);
    assert.equal(missing.statusCode, 412);
    const res = await post(h, '/cds-services/ddx-patient-view', { ...body, prefetch: { patient: patient(), observations: bundle([quantity('8867-4', 128, '/min')], 'searchset') } });
    assert.equal(res.statusCode, 200, res.body);
    const cards = res.json().cards as { summary: string; indicator: string; detail: string }[];
    assert.ok(cards.length >= 1);
    assert.ok(cards.every((c) => c.summary.length < 140));
    assert.match(cards[0]!.detail, /not a diagnosis/);
  });
  it('cards name the leading hypotheses and the next best test', () => {
    const entry = { contentHash: 'sha256:x', modelId: 'm', version: '1', name: 'M', ownerOrg: 'o', status: 'released' as const, source: 'builtin' as const, createdAt: new Date(0) };
    const r = {
      model: { id: 'm', version: '1', contentHash: 'sha256:x' }, entropy: 1, shouldStop: false,
      differential: [{ conditionId: 'pe', name: 'Pulmonary embolism', probability: 0.4, icd10: [], severity: 1 as const, cantMiss: true, score: 0, base: 0, for: [], against: [] }],
      cantMiss: [],
      triage: { level: 'urgent' as const, reasons: [], redFlags: [], cantMiss: [] },
      nextActions: [{ actionIndex: 0, actionId: 't', kind: 'test', name: 'D-dimer', costUsd: 13.2, expectedGain: 0.3, challenger: 0, score: 1 }],
    };
    const cards = cardsFor(r, entry);
    assert.equal(cards[0]!.indicator, 'warning');
    assert.match(cards[0]!.summary, /Hypotheses to consider: Pulmonary embolism 40%/);
    assert.match(cards[1]!.summary, /Consider next: D-dimer \(about \$13\.20\)/);
  });
});

describe('without the intake modules', () => {
  for (const [url, body] of [['/v1/extract', { text: 'x' }], ['/v1/deidentify', { text: 'x' }], ['/fhir/r4/$diagnose', { resourceType: 'Bundle', type: 'collection' }]] as const) {
    it(`${url} answers 501 not-implemented`, async () => {
      const res = await post(bare, url, body);
      assert.equal(res.statusCode, 501);
      assert.equal(res.json().error.code, 'not-implemented');
    });
  }
});
