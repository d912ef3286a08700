/** The workbench's API routes (in-process) and the static serving of its build. */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import Fastify from 'fastify';
import { defaultIntake } from '../intake.js';
import { bearer, makeHarness, type Harness } from '../../testkit/server-harness.js';
import { registerWebAssets } from '../web-assets.js';
import type { Server } from './types.js';

let h: Harness;
before(async () => {
  h = await makeHarness({ intake: defaultIntake() });
});
after(async () => {
  await h.close();
});

const post = (url: string, key: string, body: unknown) => h.app.inject({ method: 'POST', url, headers: { ...bearer(key), 'content-type': 'application/json' }, payload: JSON.stringify(body) });
const CASE = { age: 45, sex: 'female', findings: [{ id: 'dyspnea', present: true }] };

describe('workbench routes', () => {
  it('GET /v1/me names the key, org and scopes, and needs a key', async () => {
    const r = await h.app.inject({ method: 'GET', url: '/v1/me', headers: bearer(h.keys.ownerReview) });
    assert.equal(r.statusCode, 200);
    assert.deepEqual({ ...(r.json() as object), key_id: 'x' }, { key_id: 'x', org: 'owner', owner: true, scopes: ['review'] });
    assert.equal((await h.app.inject({ method: 'GET', url: '/v1/me' })).statusCode, 401);
  });

  it('GET /v1/vocabulary lists findings with values, conditions and priced actions', async () => {
    const v = (await h.app.inject({ method: 'GET', url: '/v1/vocabulary', headers: bearer(h.keys.extDiagnose) })).json();
    assert.ok(v.findings.some((f: { id: string; values?: unknown[] }) => f.id === 'pain-site' && f.values?.length === 3));
    assert.ok(v.conditions.some((c: { id: string; cant_miss: boolean }) => c.id === 'pe' && c.cant_miss));
    assert.ok(v.actions.some((a: { kind: string; price_usd: number }) => a.kind === 'test' && a.price_usd > 0));
    assert.equal((await h.app.inject({ method: 'GET', url: '/v1/vocabulary?model=nope', headers: bearer(h.keys.extDiagnose) })).statusCode, 404);
  });

  it('POST /v1/diagnose/tests ranks tests only, and validates the case', async () => {
    const r = await post('/v1/diagnose/tests', h.keys.extDiagnose, CASE);
    assert.equal(r.statusCode, 200, r.body);
    assert.ok(r.json().tests.length > 0);
    assert.ok(r.json().tests.every((t: { kind: string }) => t.kind !== 'question'));
    const bad = await post('/v1/diagnose/tests', h.keys.extDiagnose, { ...CASE, findings: [{ id: 'nope', present: true }] });
    assert.equal(bad.statusCode, 422);
    assert.equal((await post('/v1/diagnose/tests', h.keys.ownerReview, CASE)).statusCode, 403);
  });

  it('POST /v1/diagnose/fhir answers a Bundle with a ClinicalImpression and a RiskAssessment', async () => {
    const r = await post('/v1/diagnose/fhir', h.keys.extDiagnose, CASE);
    assert.equal(r.statusCode, 200, r.body);
    assert.match(String(r.headers['content-type']), /application\/fhir\+json/);
    const kinds = r.json().entry.map((e: { resource: { resourceType: string } }) => e.resource.resourceType);
    assert.ok(kinds.includes('RiskAssessment') && kinds.includes('ClinicalImpression'), kinds.join());
  });

  it('POST /v1/fhir/case reads age, sex and findings from a Bundle', async () => {
    const bundle = JSON.parse(readFileSync(new URL('../../../examples/fhir-bundle.json', import.meta.url), 'utf8')) as unknown;
    const r = await post('/v1/fhir/case', h.keys.extDiagnose, bundle);
    assert.equal(r.statusCode, 200, r.body);
    assert.equal(typeof r.json().age, 'number');
    assert.ok(['female', 'male'].includes(r.json().sex));
    assert.equal((await post('/v1/fhir/case', h.keys.extDiagnose, { resourceType: 'Patient' })).statusCode, 400);
  });
});

describe('workbench static files', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'ddx-webdist-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>t</title>');
    writeFileSync(join(dir, 'assets', 'index-abc.js'), 'console.log(1)');
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('serves / with a same-origin CSP and hashed assets as immutable; nothing else', async () => {
    const app = Fastify();
    registerWebAssets(app as unknown as Server, dir);
    const index = await app.inject({ method: 'GET', url: '/' });
    assert.equal(index.statusCode, 200);
    assert.match(String(index.headers['content-type']), /text\/html/);
    assert.match(String(index.headers['content-security-policy']), /default-src 'self'/);
    const js = await app.inject({ method: 'GET', url: '/assets/index-abc.js' });
    assert.equal(js.statusCode, 200);
    assert.match(String(js.headers['cache-control']), /immutable/);
    assert.equal((await app.inject({ method: 'GET', url: '/assets/..%2f..%2fpackage.json' })).statusCode, 404);
    assert.equal((await app.inject({ method: 'GET', url: '/assets/nope.js' })).statusCode, 404);
    assert.equal((await app.inject({ method: 'GET', url: '/package.json' })).statusCode, 404);
    await app.close();
  });

  it('answers 503 with how to build when there is no build', async () => {
    const app = Fastify();
    registerWebAssets(app as unknown as Server, join(dir, 'missing'));
    const r = await app.inject({ method: 'GET', url: '/' });
    assert.equal(r.statusCode, 503);
    assert.match(r.body, /npm run build/);
    await app.close();
  });
});
