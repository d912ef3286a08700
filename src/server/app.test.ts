/** The HTTP API in-process (Fastify inject) over an in-memory PGlite store and the synthetic fixture model. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { bearer, fixtureModel, makeHarness, type Harness } from '../testkit/server-harness.js';

let h: Harness;
before(async () => {
  h = await makeHarness();
});
after(async () => {
  await h.close();
});

const post = (url: string, key: string | undefined, body: unknown) =>
  h.app.inject({ method: 'POST', url, headers: { ...(key ? bearer(key) : {}), 'content-type': 'application/json' }, payload: JSON.stringify(body) });
const get = (url: string, key?: string) => h.app.inject({ method: 'GET', url, headers: key ? bearer(key) : {} });

describe('POST /v1/diagnose', () => {
  it('returns a differential with reasons, next actions and should_stop', async () => {
    const res = await post('/v1/diagnose', h.keys.extDiagnose, { age: 45, sex: 'female', findings: [{ id: 'dyspnea', present: true }, { id: 'pain-site', value: 'chest' }], mode: 'budgeted', budget_usd: 50 });
    assert.equal(res.statusCode, 200, res.body);
    const b = res.json();
    assert.equal(b.model.id, 'test-model');
    assert.equal(b.model.status, 'released');
    assert.equal(b.differential[0].condition_id, 'pe');
    const total = b.differential.reduce((s: number, d: { probability: number }) => s + d.probability, 0);
    assert.ok(total > 0.99 && total <= 1 + 1e-9);
    assert.ok(b.differential[0].reasons_for.some((r: { finding_id: string }) => r.finding_id === 'dyspnea'));
    assert.ok(b.next_actions.length > 0);
    assert.equal(typeof b.next_actions[0].cost_usd, 'number');
    assert.equal(typeof b.next_actions[0].expected_gain, 'number');
    assert.equal(typeof b.should_stop, 'boolean');
    assert.match(b.notice, /Decision support/);
    // PE leads and is can't-miss: triage is always present and not below urgent.
    assert.ok(['urgent', 'emergency'].includes(b.triage.level), JSON.stringify(b.triage));
    assert.ok(b.triage.cant_miss.some((c: { condition_id: string }) => c.condition_id === 'pe'));
  });

  it('is deterministic', async () => {
    const body = { age: 30, sex: 'male', findings: [{ id: 'fever', present: true }] };
    const a = await post('/v1/diagnose', h.keys.extDiagnose, body);
    const b = await post('/v1/diagnose', h.keys.extDiagnose, body);
    assert.equal(a.body, b.body);
  });

  it('instant mode stops at once', async () => {
    const res = await post('/v1/diagnose', h.keys.extDiagnose, { age: 30, sex: 'male', mode: 'instant' });
    assert.equal(res.json().should_stop, true);
    assert.equal(res.json().stop_reason, 'instant');
  });
});

describe('bad input', () => {
  it('malformed JSON is a 400 malformed-json that does not echo the body', async () => {
    const res = await h.app.inject({ method: 'POST', url: '/v1/diagnose', headers: { ...bearer(h.keys.extDiagnose), 'content-type': 'application/json' }, payload: '{"age": 40, "sex": "Jane Doe SSN 123-45-6789"' });
    assert.equal(res.statusCode, 400);
    assert.equal(res.json().error.code, 'malformed-json');
    assert.doesNotMatch(res.body, /Jane|123-45/);
  });

  it('wrong types give 400 with the field path', async () => {
    const res = await post('/v1/diagnose', h.keys.extDiagnose, { age: '40', sex: 'female', findings: [{ id: 'fever', present: 'yes' }] });
    assert.equal(res.statusCode, 400);
    const b = res.json();
    assert.equal(b.error.code, 'type');
    const paths = b.error.issues.map((i: { path: string }) => i.path).sort();
    assert.deepEqual(paths, ['$.age', '$.findings[0].present']);
  });

  it('a missing field and an unknown field are named by path', async () => {
    const res = await post('/v1/diagnose', h.keys.extDiagnose, { sex: 'female', nickname: 'x' });
    assert.equal(res.statusCode, 400);
    const issues = res.json().error.issues as { code: string; path: string }[];
    assert.ok(issues.some((i) => i.code === 'required' && i.path === '$.age'));
    assert.ok(issues.some((i) => i.code === 'unknown-field' && i.path === '$'));
  });

  it('unknown finding ids are a 422 with the path, without echoing the id', async () => {
    const res = await post('/v1/diagnose', h.keys.extDiagnose, { age: 40, sex: 'female', findings: [{ id: 'fever', present: true }, { id: 'John Smith', present: true }] });
    assert.equal(res.statusCode, 422);
    assert.equal(res.json().error.code, 'unknown-finding');
    assert.equal(res.json().error.issues[0].path, '$.findings[1].id');
  });

  it('an oversized body is a 413', async () => {
    const res = await h.app.inject({ method: 'POST', url: '/v1/diagnose', headers: { ...bearer(h.keys.extDiagnose), 'content-type': 'application/json' }, payload: JSON.stringify({ age: 1, sex: 'male', pad: 'x'.repeat(300_000) }) });
    assert.equal(res.statusCode, 413);
    assert.equal(res.json().error.code, 'body-too-large');
  });

  it('a non-JSON media type is a 415', async () => {
    const res = await h.app.inject({ method: 'POST', url: '/v1/diagnose', headers: { ...bearer(h.keys.extDiagnose), 'content-type': 'text/plain' }, payload: 'age 40' });
    assert.equal(res.statusCode, 415);
  });

  it('an unknown model id is a 404 unknown-model', async () => {
    const res = await post('/v1/diagnose', h.keys.extDiagnose, { model: 'nope', age: 40, sex: 'female' });
    assert.equal(res.statusCode, 404);
    assert.equal(res.json().error.code, 'unknown-model');
  });

  it('no key, a bad key and a missing scope are 401/401/403', async () => {
    const body = { age: 40, sex: 'female' };
    assert.equal((await post('/v1/diagnose', undefined, body)).json().error.code, 'unauthenticated');
    const bad = await post('/v1/diagnose', 'ddx_000000000000000000000000_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', body);
    assert.equal(bad.statusCode, 401);
    assert.equal(bad.json().error.code, 'invalid-key');
    const tampered = h.keys.extDiagnose.slice(0, -1) + (h.keys.extDiagnose.endsWith('A') ? 'B' : 'A');
    assert.equal((await post('/v1/diagnose', tampered, body)).statusCode, 401);
    const noScope = await post('/v1/diagnose', h.keys.extAdmin, body);
    assert.equal(noScope.statusCode, 403);
    assert.equal(noScope.json().error.code, 'missing-scope');
  });

  it('an unknown route is a 404', async () => {
    assert.equal((await get('/v2/nothing')).statusCode, 404);
  });
});

describe('sessions', () => {
  it('open, add evidence, read back with the full trace', async () => {
    const created = await post('/v1/sessions', h.keys.extDiagnose, { age: 50, sex: 'male', findings: [{ id: 'dyspnea', present: true }], mode: 'budgeted', budget_usd: 100 });
    assert.equal(created.statusCode, 201, created.body);
    const s = created.json();
    assert.equal(s.steps, 0);
    const step = await post(`/v1/sessions/${s.id}/evidence`, h.keys.extDiagnose, { action_id: 'test:ddimer', findings: [{ id: 'ddimer-high', present: true }], expected_step: 0 });
    assert.equal(step.statusCode, 200, step.body);
    assert.equal(step.json().steps, 1);
    assert.equal(step.json().spent_usd, 13.2);
    const got = await get(`/v1/sessions/${s.id}`, h.keys.extDiagnose);
    assert.equal(got.statusCode, 200);
    const g = got.json();
    assert.deepEqual(g.trace.map((t: { seq: number; kind: string }) => [t.seq, t.kind]), [[0, 'start'], [1, 'evidence']]);
    assert.equal(g.trace[1].action_id, 'test:ddimer');
    assert.deepEqual(g.trace[1].findings, [{ id: 'ddimer-high', present: true }]);
    assert.equal(g.result.differential[0].condition_id, 'pe');
    // Same evidence, stateless: same answer.
    const stateless = await post('/v1/diagnose', h.keys.extDiagnose, { age: 50, sex: 'male', findings: [{ id: 'dyspnea', present: true }, { id: 'ddimer-high', present: true }], mode: 'budgeted', budget_usd: 100, spent_usd: 13.2, steps: 1 });
    assert.deepEqual(stateless.json(), g.result);
  });

  it('rejects stale steps, repeated findings and unknown actions', async () => {
    const s = (await post('/v1/sessions', h.keys.extDiagnose, { age: 50, sex: 'male', findings: [{ id: 'fever', present: true }] })).json();
    assert.equal((await post(`/v1/sessions/${s.id}/evidence`, h.keys.extDiagnose, { findings: [], expected_step: 3 })).json().error.code, 'stale-step');
    const dup = await post(`/v1/sessions/${s.id}/evidence`, h.keys.extDiagnose, { findings: [{ id: 'fever', present: false }] });
    assert.equal(dup.statusCode, 422);
    assert.equal(dup.json().error.issues[0].path, '$.findings[0].id');
    assert.equal((await post(`/v1/sessions/${s.id}/evidence`, h.keys.extDiagnose, { findings: [], action_id: 'nope' })).json().error.code, 'unknown-action');
  });

  it('an action answered or skipped is not offered again (the core loop)', async () => {
    let s = (await post('/v1/sessions', h.keys.extDiagnose, { age: 50, sex: 'male', findings: [{ id: 'dyspnea', present: true }] })).json();
    const offered = new Set<string>();
    for (let i = 0; i < 12 && !s.result.should_stop && s.result.next_actions.length > 0; i++) {
      const next = s.result.next_actions[0].action_id as string;
      assert.ok(!offered.has(next), `${next} offered again`);
      offered.add(next);
      // Skip it: the action is named, with no findings.
      const step = await post(`/v1/sessions/${s.id}/evidence`, h.keys.extDiagnose, { action_id: next, findings: [] });
      assert.equal(step.statusCode, 200, step.body);
      s = step.json();
      assert.ok(!s.result.next_actions.some((a: { action_id: string }) => offered.has(a.action_id)), 'a skipped action is not ranked again');
    }
    assert.ok(offered.size >= 2);
  });

  it("another tenant's session is a 404 exactly like a missing one", async () => {
    const s = (await post('/v1/sessions', h.keys.extDiagnose, { age: 50, sex: 'male' })).json();
    const theirs = await get(`/v1/sessions/${s.id}`, h.keys.otherDiagnose);
    const missing = await get('/v1/sessions/00000000-0000-4000-8000-000000000000', h.keys.otherDiagnose);
    assert.equal(theirs.statusCode, 404);
    assert.deepEqual({ ...(theirs.json() as object), requestId: "" }, { ...(missing.json() as object), requestId: "" });
    assert.equal((await post(`/v1/sessions/${s.id}/evidence`, h.keys.otherDiagnose, { findings: [] })).statusCode, 404);
  });
});

describe('models and the registry', () => {
  const upload = (key: string, model: unknown) => post('/v1/models', key, model);

  it('lists the built-in model as released and default', async () => {
    const res = await get('/v1/models', h.keys.extDiagnose);
    assert.equal(res.statusCode, 200);
    assert.deepEqual(res.json().models.map((m: { id: string; status: string; default: boolean }) => [m.id, m.status, m.default]), [['test-model', 'released', true]]);
  });

  it('rejects an artifact whose content hash does not match', async () => {
    const bad = { ...fixtureModel({ version: '9.9.9' }), name: 'edited after hashing' };
    const res = await upload(h.keys.ownerAdmin, bad);
    assert.equal(res.statusCode, 422);
    assert.equal(res.json().error.code, 'hash-mismatch');
    assert.equal(res.json().error.issues[0].path, '$.manifest.contentHash');
  });

  it('only the owner org uploads; external orgs never see internal models', async () => {
    const m = fixtureModel({ version: '2.0.0' });
    assert.equal((await upload(h.keys.extAdmin, m)).json().error.code, 'not-model-owner');
    const res = await upload(h.keys.ownerAdmin, m);
    assert.equal(res.statusCode, 201, res.body);
    assert.equal(res.json().status, 'internal');
    assert.equal((await upload(h.keys.ownerAdmin, m)).statusCode, 200, 'idempotent');
    const hash = m.manifest.contentHash;
    const ext = await post('/v1/diagnose', h.keys.extDiagnose, { model: hash, age: 40, sex: 'female' });
    assert.equal(ext.statusCode, 404);
    assert.equal(ext.json().error.code, 'unknown-model');
    const own = await post('/v1/diagnose', h.keys.ownerDiagnose, { model: hash, age: 40, sex: 'female' });
    assert.equal(own.statusCode, 200);
    assert.equal(own.json().model.status, 'internal');
    assert.equal((await get(`/v1/models/${hash}`, h.keys.extDiagnose)).statusCode, 404);
  });

  it('promotes through the gates: report thresholds, then clinician sign-offs', async () => {
    const m = fixtureModel({ version: '3.0.0' });
    const hash = m.manifest.contentHash;
    assert.equal((await upload(h.keys.ownerAdmin, m)).statusCode, 201);
    const promote = (to: string) => post(`/v1/models/${hash}/promote`, h.keys.ownerAdmin, { to });
    assert.equal((await promote('released')).json().error.code, 'wrong-status');
    let r = await promote('validated');
    assert.equal(r.statusCode, 409);
    assert.deepEqual(r.json().error.issues.map((i: { code: string }) => i.code), ['no-validation-report']);
    const report = { case_set: 'ddxplus-test', n_cases: 5000, top1: 0.5, ece: 0.2, cant_miss_recall: 0.9 };
    assert.equal((await post(`/v1/models/${hash}/validation-reports`, h.keys.ownerAdmin, report)).statusCode, 201);
    r = await promote('validated');
    assert.deepEqual(r.json().error.issues.map((i: { code: string }) => i.code), ['top1-below-threshold', 'ece-above-threshold', 'cant-miss-recall-below-threshold']);
    await post(`/v1/models/${hash}/validation-reports`, h.keys.ownerAdmin, { ...report, case_set: 'something-else', top1: 0.99, ece: 0.01, cant_miss_recall: 1 });
    assert.equal((await promote('validated')).statusCode, 409, 'a report on another case set does not count');
    await post(`/v1/models/${hash}/validation-reports`, h.keys.ownerAdmin, { ...report, top1: 0.8, ece: 0.03, cant_miss_recall: 0.97 });
    r = await promote('validated');
    assert.equal(r.statusCode, 200, r.body);
    assert.equal(r.json().status, 'validated');
    const attestation = 'I have reviewed the validation report and approve release of this model version for clinical decision support';
    assert.equal((await post(`/v1/models/${hash}/signoffs`, h.keys.ownerAdmin, { reviewer_id: 'npi-1', reviewer_name: 'Dr A', attestation })).json().error.code, 'missing-scope');
    assert.equal((await post(`/v1/models/${hash}/signoffs`, h.keys.ownerReview, { reviewer_id: 'npi-1', reviewer_name: 'Dr A', attestation })).statusCode, 201);
    assert.equal((await post(`/v1/models/${hash}/signoffs`, h.keys.ownerReview, { reviewer_id: 'npi-1', reviewer_name: 'Dr A', attestation })).json().error.code, 'duplicate-signoff');
    r = await promote('released');
    assert.deepEqual(r.json().error.issues.map((i: { code: string }) => i.code), ['too-few-signoffs']);
    const s2 = await post(`/v1/models/${hash}/signoffs`, h.keys.ownerReview2, { reviewer_id: 'npi-2', reviewer_name: 'Dr B', attestation });
    assert.equal(s2.statusCode, 201);
    const signoffs = s2.json().signoffs;
    assert.equal(signoffs.length, 2);
    assert.ok(signoffs.every((s: { reviewer_id: string; signed_at: string; key_id: string }) => s.reviewer_id && !Number.isNaN(Date.parse(s.signed_at)) && s.key_id));
    r = await promote('released');
    assert.equal(r.statusCode, 200, r.body);
    assert.equal(r.json().status, 'released');
    const ext = await post('/v1/diagnose', h.keys.extDiagnose, { model: hash, age: 40, sex: 'female' });
    assert.equal(ext.statusCode, 200);
    assert.equal(ext.json().model.version, '3.0.0');
  });
});

describe('keys, audit and ops', () => {
  it('a revoked key is refused with key-revoked', async () => {
    const { createApiKey } = await import('./api-keys.js');
    const { key, id } = await createApiKey(h.store, { orgId: 'clinic-a', scopes: ['diagnose'] });
    assert.equal((await post('/v1/diagnose', key, { age: 40, sex: 'female' })).statusCode, 200);
    assert.equal((await h.app.inject({ method: 'DELETE', url: `/v1/keys/${id}`, headers: bearer(h.keys.otherDiagnose) })).statusCode, 403);
    const del = await h.app.inject({ method: 'DELETE', url: `/v1/keys/${id}`, headers: bearer(h.keys.extAdmin) });
    assert.equal(del.statusCode, 200);
    const res = await post('/v1/diagnose', key, { age: 40, sex: 'female' });
    assert.equal(res.statusCode, 401);
    assert.equal(res.json().error.code, 'key-revoked');
  });

  it('an expired key is refused with key-expired', async () => {
    const { createApiKey } = await import('./api-keys.js');
    const { key } = await createApiKey(h.store, { orgId: 'clinic-a', scopes: ['diagnose'], expiresAt: new Date(Date.now() - 1000) });
    assert.equal((await post('/v1/diagnose', key, { age: 40, sex: 'female' })).json().error.code, 'key-expired');
  });

  it('audit events are FHIR AuditEvents without patient data, per org for external admins', async () => {
    await post('/v1/diagnose', h.keys.extDiagnose, { age: 87, sex: 'female', findings: [{ id: 'fever', present: true }] });
    const res = await get('/v1/audit?limit=50', h.keys.extAdmin);
    assert.equal(res.statusCode, 200, res.body);
    const events = res.json().events as Record<string, unknown>[];
    assert.ok(events.length > 0);
    assert.ok(events.every((e) => e['resourceType'] === 'AuditEvent'));
    const text = JSON.stringify(events);
    assert.doesNotMatch(text, /fever|"87"|\b87\b/);
    assert.doesNotMatch(text, /clinic-b/, 'another org is not visible');
    const diag = events.find((e) => JSON.stringify(e).includes('"diagnose"'))!;
    assert.equal(diag['outcome'], '0');
    assert.match(JSON.stringify(diag), /test-model@1\.0\.0/);
    assert.equal((await get('/v1/audit', h.keys.extDiagnose)).statusCode, 403);
    assert.equal((await get('/v1/audit?limit=abc', h.keys.extAdmin)).statusCode, 400);
    const all = (await get('/v1/audit?limit=1000', h.keys.ownerAdmin)).json().events as unknown[];
    assert.match(JSON.stringify(all), /clinic-b/, 'the owner sees every org');
  });

  it('healthz, readyz, metrics and the OpenAPI document', async () => {
    assert.equal((await get('/healthz')).json().status, 'ok');
    assert.equal((await get('/readyz')).json().status, 'ready');
    const metrics = await get('/metrics');
    assert.match(metrics.body, /ddx_http_requests_total\{method="POST",route="\/v1\/diagnose",status="200"\}/);
    const spec = (await get('/openapi.json')).json();
    assert.match(spec.openapi, /^3\./);
    for (const p of ['/v1/diagnose', '/v1/sessions', '/v1/sessions/{id}/evidence', '/v1/sessions/{id}', '/v1/models', '/v1/audit', '/fhir/r4/$diagnose', '/cds-services']) assert.ok(spec.paths[p], p);
  });
});

describe('the committed OpenAPI document and client', () => {
  it('match what the routes produce (regenerate: node --import tsx src/testkit/openapi-export.ts)', async () => {
    const { readFileSync } = await import('node:fs');
    const { CLIENT_DIR_PATH } = await import('../testkit/paths.js');
    const committed = readFileSync(`${CLIENT_DIR_PATH}openapi.json`, 'utf8');
    assert.equal(committed, `${JSON.stringify(h.app.swagger(), null, 2)}\n`);
  });
});
