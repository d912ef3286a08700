/**
 * Fuzz: thousands of random and mutated requests across every route, in-process. No response may
 * be a 5xx, every error body must carry a stable code, and the app must still answer afterwards.
 * Seeded, so a failure reproduces (the failing case is printed by index, not by content).
 */
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { createRng, type Rng } from '../core/random.js';
import { defaultIntake } from './intake.js';
import { bearer, makeHarness, type Harness } from '../testkit/server-harness.js';

const N = Number(process.env['DDX_FUZZ_N'] ?? 6000);
let h: Harness;
before(async () => {
  h = await makeHarness({ intake: defaultIntake() });
});
after(async () => {
  await h.close();
});

const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[Math.floor(rng.next() * xs.length)]!;

function randomValue(rng: Rng, depth = 0): unknown {
  const r = rng.next();
  if (depth > 3 || r < 0.3) return pick(rng, [null, true, false, 0, -1, 1e308, -0.5, NaN, '', 'x', 'fever', 'female', 'sha256:', '\u0000', '🙂', 'a'.repeat(300), 42, '42']);
  if (r < 0.55) return Array.from({ length: Math.floor(rng.next() * 4) }, () => randomValue(rng, depth + 1));
  const keys = ['age', 'sex', 'findings', 'mode', 'budget_usd', 'model', 'id', 'present', 'value', 'values', 'text', 'to', 'case_set', 'resourceType', 'entry', 'hook', 'context', 'prefetch', '__proto__', 'constructor'];
  const o: Record<string, unknown> = {};
  for (let i = Math.floor(rng.next() * 5); i > 0; i--) o[pick(rng, keys)] = randomValue(rng, depth + 1);
  return o;
}

const VALID = {
  diagnose: () => ({ age: 40, sex: 'female', findings: [{ id: 'fever', present: true }, { id: 'pain-site', value: 'chest' }, { id: 'risk', values: ['travel'] }], mode: 'budgeted', budget_usd: 20 }),
  evidence: () => ({ findings: [{ id: 'dyspnea', present: true }], action_id: 'ask:dyspnea' }),
  text: () => ({ text: 'Fever for two days, no chest pain. Seen by Dr Smith, phone 555-123-4567.' }),
  report: () => ({ case_set: 'ddxplus-test', n_cases: 10, top1: 0.5, ece: 0.1, cant_miss_recall: 0.5 }),
  promote: () => ({ to: 'validated' }),
  bundle: () => ({ resourceType: 'Bundle', type: 'collection', entry: [{ resource: { resourceType: 'Patient', gender: 'male', birthDate: '1980-01-01' } }] }),
  cds: () => ({ hook: 'patient-view', hookInstance: 'abc', context: { userId: 'Practitioner/1', patientId: 'p1' }, prefetch: { patient: { resourceType: 'Patient', gender: 'male', birthDate: '1980-01-01' } } }),
  key: () => ({ scopes: ['diagnose'] }),
} satisfies Record<string, () => unknown>;

function mutate(rng: Rng, v: unknown, depth = 0): unknown {
  if (v === null || typeof v !== 'object' || depth > 4) return rng.next() < 0.5 ? randomValue(rng) : v;
  if (Array.isArray(v)) {
    const a = v.map((x) => (rng.next() < 0.3 ? mutate(rng, x, depth + 1) : x));
    if (rng.next() < 0.2) a.push(randomValue(rng));
    if (rng.next() < 0.1) return Array.from({ length: 3000 }, () => a[0]);
    return a;
  }
  const o: Record<string, unknown> = { ...(v as Record<string, unknown>) };
  for (const k of Object.keys(o)) {
    const r = rng.next();
    if (r < 0.15) delete o[k];
    else if (r < 0.45) o[k] = mutate(rng, o[k], depth + 1);
  }
  if (rng.next() < 0.15) o[pick(rng, ['extra', 'age', 'findings', 'model'])] = randomValue(rng);
  return o;
}

function rawBody(rng: Rng, base: unknown): string {
  const text = JSON.stringify(mutate(rng, base)) ?? 'null';
  const r = rng.next();
  if (r < 0.08) return text.slice(0, Math.floor(rng.next() * text.length)); // truncated
  if (r < 0.12) return `${'['.repeat(2000)}${']'.repeat(2000)}`; // deep nesting
  if (r < 0.16) return Buffer.from(Array.from({ length: 64 }, () => Math.floor(rng.next() * 256))).toString('latin1'); // bytes
  if (r < 0.2) return '';
  if (r < 0.23) return JSON.stringify(randomValue(rng));
  return text;
}

it(`${N} random and mutated requests: never a 5xx, always a coded error`, async () => {
  // A real session and an uploaded model, so id-bearing routes reach their handlers too.
  const session = (await h.app.inject({ method: 'POST', url: '/v1/sessions', headers: { ...bearer(h.keys.extDiagnose), 'content-type': 'application/json' }, payload: JSON.stringify(VALID.diagnose()) })).json().id as string;
  const upload = { ...h.model, version: '7.7.7' };
  const { withContentHash } = await import('../learn/artifact.js');
  const m = withContentHash(upload);
  await h.app.inject({ method: 'POST', url: '/v1/models', headers: { ...bearer(h.keys.ownerAdmin), 'content-type': 'application/json' }, payload: JSON.stringify(m) });
  const hash = m.manifest.contentHash;
  const routes: { method: 'GET' | 'POST' | 'DELETE'; url: string; key: string; body?: () => unknown }[] = [
    { method: 'POST', url: '/v1/diagnose', key: h.keys.extDiagnose, body: VALID.diagnose },
    { method: 'POST', url: '/v1/sessions', key: h.keys.extDiagnose, body: VALID.diagnose },
    { method: 'POST', url: `/v1/sessions/${session}/evidence`, key: h.keys.extDiagnose, body: VALID.evidence },
    { method: 'GET', url: `/v1/sessions/${session}`, key: h.keys.extDiagnose },
    { method: 'POST', url: '/v1/extract', key: h.keys.extDiagnose, body: VALID.text },
    { method: 'POST', url: '/v1/deidentify', key: h.keys.extDiagnose, body: VALID.text },
    { method: 'GET', url: '/v1/models', key: h.keys.extDiagnose },
    { method: 'POST', url: '/v1/models', key: h.keys.ownerAdmin, body: () => m },
    { method: 'GET', url: `/v1/models/${hash}`, key: h.keys.ownerAdmin },
    { method: 'POST', url: `/v1/models/${hash}/validation-reports`, key: h.keys.ownerAdmin, body: VALID.report },
    { method: 'POST', url: `/v1/models/${hash}/signoffs`, key: h.keys.ownerReview, body: () => ({ reviewer_id: 'x', reviewer_name: 'y', attestation: 'no' }) },
    { method: 'POST', url: `/v1/models/${hash}/promote`, key: h.keys.ownerAdmin, body: VALID.promote },
    { method: 'GET', url: '/v1/audit?limit=5', key: h.keys.extAdmin },
    { method: 'POST', url: '/v1/keys', key: h.keys.extAdmin, body: VALID.key },
    { method: 'DELETE', url: '/v1/keys/0123456789abcdef01234567', key: h.keys.extAdmin },
    { method: 'POST', url: '/fhir/r4/$diagnose', key: h.keys.extDiagnose, body: VALID.bundle },
    { method: 'GET', url: '/cds-services', key: h.keys.extDiagnose },
    { method: 'POST', url: '/cds-services/ddx-patient-view', key: h.keys.extDiagnose, body: VALID.cds },
    { method: 'GET', url: '/healthz', key: '' },
    { method: 'GET', url: '/readyz', key: '' },
    { method: 'GET', url: '/openapi.json', key: '' },
  ];
  const rng = createRng(20_251_124);
  const urlNoise = ['', '?', '?model=%ff', '/..', '%00', '?limit=-1', '?before=abc', '/x'];
  const statuses = new Map<number, number>();
  for (let i = 0; i < N; i++) {
    const route = pick(rng, routes);
    const r = rng.next();
    const key = r < 0.05 ? '' : r < 0.08 ? 'ddx_garbage' : r < 0.1 ? h.keys.otherDiagnose : route.key;
    const url = rng.next() < 0.1 ? route.url + pick(rng, urlNoise) : route.url;
    const method = rng.next() < 0.03 ? pick(rng, ['GET', 'POST', 'DELETE', 'PUT'] as const) : route.method;
    const headers: Record<string, string> = key ? bearer(key) : {};
    let payload: string | undefined;
    if (method !== 'GET' && method !== 'DELETE') {
      headers['content-type'] = pick(rng, ['application/json', 'application/json', 'application/json', 'application/fhir+json', 'text/plain', 'application/x-www-form-urlencoded', 'application/json; charset=latin1']);
      payload = rawBody(rng, route.body ? route.body() : {});
    }
    const res = await h.app.inject({ method, url, headers, ...(payload !== undefined ? { payload } : {}) });
    statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1);
    assert.ok(res.statusCode < 500, `request #${i} (${method} ${route.url}) answered ${res.statusCode}: ${res.body.slice(0, 300)}`);
    if (res.statusCode >= 400) {
      const b = res.json() as { error?: { code?: unknown } };
      assert.equal(typeof b.error?.code, 'string', `request #${i} error without a code`);
    }
  }
  assert.ok((statuses.get(200) ?? 0) > 100, 'some requests were valid');
  assert.ok([...statuses.keys()].some((s) => s >= 400), 'some requests were refused');
  // Still up and answering.
  assert.equal((await h.app.inject({ method: 'GET', url: '/healthz' })).statusCode, 200);
  const ok = await h.app.inject({ method: 'POST', url: '/v1/diagnose', headers: { ...bearer(h.keys.extDiagnose), 'content-type': 'application/json' }, payload: JSON.stringify(VALID.diagnose()) });
  assert.equal(ok.statusCode, 200);
});
