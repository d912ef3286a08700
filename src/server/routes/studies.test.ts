/** Validation studies through the HTTP API in-process: blinding, ratings, dashboard, sign-off → release, audit. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { defaultIntake } from '../intake.js';
import { bearer, fixtureModel, makeHarness, type Harness } from '../../testkit/server-harness.js';

let h: Harness;
let hash: string;
const GATES = { caseSet: 'clinic-review', minCases: 3, minTop1: 0.3, maxEce: 0.6, minCantMissRecall: 0, minSignoffs: 2 };
const ATTEST = 'I have reviewed the validation report and approve release of this model version for clinical decision support';

before(async () => {
  h = await makeHarness({ config: { gates: GATES }, intake: defaultIntake() });
  const m = fixtureModel({ version: '2.0.0-candidate' });
  const up = await h.app.inject({ method: 'POST', url: '/v1/models', headers: { ...bearer(h.keys.ownerAdmin), 'content-type': 'application/json' }, payload: JSON.stringify(m) });
  assert.equal(up.statusCode, 201, up.body);
  hash = up.json().content_hash;
});
after(async () => {
  await h.close();
});

const send = (method: 'POST' | 'PUT' | 'GET', url: string, key: string, body?: unknown) =>
  h.app.inject({ method, url, headers: { ...bearer(key), ...(body ? { 'content-type': 'application/json' } : {}) }, ...(body ? { payload: JSON.stringify(body) } : {}) });

const CASES = [
  { age: 45, sex: 'female', findings: [{ id: 'dyspnea', present: true }, { id: 'pain-site', value: 'chest' }, { id: 'risk', values: ['surgery'] }], diagnosis: ['pe'] },
  { age: 30, sex: 'male', findings: [{ id: 'fever', present: true }], diagnosis: ['flu'] },
  { age: 70, sex: 'female', note: 'Painful urination since yesterday, no fever.', diagnosis: ['uti'] },
];

describe('validation studies', () => {
  let id: string;

  it('refuse bad cases with every issue named, and a key without admin', async () => {
    const bad = await send('POST', '/v1/studies', h.keys.ownerAdmin, { name: 'x', model: hash, case_set: 'clinic-review', cases: [{ age: 40, sex: 'male', findings: [{ id: 'nope', present: true }], diagnosis: ['zzz'] }, { age: 1, sex: 'male' }] });
    assert.equal(bad.statusCode, 422, bad.body);
    const paths = bad.json().error.issues.map((i: { path: string }) => i.path);
    assert.ok(paths.includes('$.cases[0].diagnosis[0]'), paths.join());
    assert.ok(paths.includes('$.cases[1]'), paths.join());
    assert.equal((await send('POST', '/v1/studies', h.keys.ownerReview, { name: 'x', model: hash, case_set: 'c', cases: CASES })).statusCode, 403);
    assert.equal((await send('POST', '/v1/studies', '', { name: 'x', model: hash, case_set: 'c', cases: CASES })).statusCode, 401);
  });

  it('create a study on an internal model', async () => {
    const res = await send('POST', '/v1/studies', h.keys.ownerAdmin, { name: 'Pilot', model: hash, case_set: 'clinic-review', cases: CASES });
    assert.equal(res.statusCode, 201, res.body);
    id = res.json().id;
    assert.equal(res.json().n_cases, 3);
    assert.equal(res.json().model.status, 'internal');
    const list = (await send('GET', '/v1/studies', h.keys.ownerReview)).json();
    assert.equal(list.studies[0].n_cases, 3);
    // Another organization does not see it.
    assert.equal((await send('GET', `/v1/studies/${id}`, h.keys.extAdmin)).statusCode, 404);
  });

  it('blind each case until the reviewer has entered a differential, and keep that first entry', async () => {
    const blindRes = await send('GET', `/v1/studies/${id}/cases/0?reviewer=dr-a`, h.keys.ownerReview);
    assert.equal(blindRes.statusCode, 200, blindRes.body);
    const blind = blindRes.json();
    assert.equal(blind.model_suggestions, undefined);
    assert.ok(!JSON.stringify(blind).includes('"pe"'), JSON.stringify(blind));
    assert.equal((await send('POST', `/v1/studies/${id}/cases/0/ratings`, h.keys.ownerReview, { reviewer_id: 'dr-a', ratings: [{ condition_id: 'pe', rating: 'correct' }] })).statusCode, 409);
    const r = await send('PUT', `/v1/studies/${id}/cases/0/review`, h.keys.ownerReview, { reviewer_id: 'dr-a', reviewer_name: 'Dr A', differential: ['pe', 'flu'] });
    assert.equal(r.statusCode, 201, r.body);
    assert.ok(r.json().model_suggestions.length >= 1, r.body);
    assert.equal((await send('PUT', `/v1/studies/${id}/cases/0/review`, h.keys.ownerReview, { reviewer_id: 'dr-a', reviewer_name: 'Dr A', differential: ['flu'] })).statusCode, 409);
    assert.equal((await send('PUT', `/v1/studies/${id}/cases/1/review`, h.keys.ownerReview, { reviewer_id: 'dr-a', reviewer_name: 'Dr A', differential: ['nope'] })).statusCode, 422);
  });

  it('record ratings, compute the dashboard, and promote to released after two sign-offs', async () => {
    const review = async (key: string, who: string) => {
      for (let n = 0; n < CASES.length; n++) {
        const own = CASES[n]!.diagnosis;
        let v = (await send('GET', `/v1/studies/${id}/cases/${n}?reviewer=${who}`, key)).json();
        if (!v.review) v = (await send('PUT', `/v1/studies/${id}/cases/${n}/review`, key, { reviewer_id: who, reviewer_name: who.toUpperCase(), differential: own })).json();
        const ratings = v.model_suggestions.map((s: { condition_id: string }) => ({ condition_id: s.condition_id, rating: own.includes(s.condition_id) ? 'correct' : 'plausible', comment: 'ok' }));
        const res = await send('POST', `/v1/studies/${id}/cases/${n}/ratings`, key, { reviewer_id: who, ratings });
        assert.equal(res.statusCode, 200, res.body);
      }
    };
    const early = await send('POST', `/v1/studies/${id}/signoffs`, h.keys.ownerReview, { reviewer_id: 'dr-a', reviewer_name: 'Dr A', attestation: ATTEST });
    assert.equal(early.statusCode, 409);
    assert.equal(early.json().error.code, 'review-incomplete');
    await review(h.keys.ownerReview, 'dr-a');
    await review(h.keys.ownerReview2, 'dr-b');
    const d = (await send('GET', `/v1/studies/${id}/dashboard`, h.keys.ownerAdmin)).json();
    assert.equal(d.metrics.n_reviewers, 2);
    assert.equal(d.metrics.inter_reviewer_kappa, 1);
    assert.equal(d.metrics.accuracy.n, 3);
    assert.equal(d.metrics.accuracy_by_sex.length, 2);
    assert.ok(d.metrics.calibration.bins.length > 0);
    assert.equal(d.gate.met, true, JSON.stringify(d.gate));
    const first = await send('POST', `/v1/studies/${id}/signoffs`, h.keys.ownerReview, { reviewer_id: 'dr-a', reviewer_name: 'Dr A', attestation: ATTEST });
    assert.equal(first.statusCode, 201, first.body);
    assert.deepEqual(first.json().promoted, ['validated']);
    const second = await send('POST', `/v1/studies/${id}/signoffs`, h.keys.ownerReview2, { reviewer_id: 'dr-b', reviewer_name: 'Dr B', attestation: ATTEST });
    assert.equal(second.statusCode, 201, second.body);
    assert.deepEqual(second.json().promoted, ['released']);
    const models = (await send('GET', '/v1/models', h.keys.extDiagnose)).json().models;
    assert.ok(models.some((m: { content_hash: string; status: string }) => m.content_hash === hash && m.status === 'released'));
    const audit = (await send('GET', '/v1/audit', h.keys.ownerAdmin)).json().events as { subtype?: { code: string }[]; entity?: { what?: { identifier?: { value?: string } } }[] }[];
    const text = JSON.stringify(audit);
    assert.ok(text.includes('study-signoff') && text.includes('reviewer/dr-b'), 'sign-offs are audited with the reviewer');
  });
});
