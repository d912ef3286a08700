/**
 * Authentication, then authorization, then validation, on every route of the route table: a request
 * without a key is 401 whatever its body (empty, invalid, malformed JSON, oversized), a key without the
 * route's scope is 403, and only an authorized caller ever sees a validation error.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Scope } from './api-keys.js';
import { bearer, makeHarness, type Harness } from '../testkit/server-harness.js';

let h: Harness;
before(async () => {
  h = await makeHarness();
});
after(async () => {
  await h.close();
});

/** A concrete URL for a route pattern (parameters filled with well-formed but unknown values). */
function concrete(url: string): string {
  return url.replace(':hash', `sha256:${'0'.repeat(64)}`).replace(':id', '00000000-0000-4000-8000-000000000000');
}

const bodies: { name: string; payload: string; type: string }[] = [
  { name: 'an empty object', payload: '{}', type: 'application/json' },
  { name: 'malformed JSON', payload: '{"age": ', type: 'application/json' },
  { name: 'the wrong types', payload: JSON.stringify({ age: 'old', sex: 3, findings: 'x', text: 7 }), type: 'application/json' },
  { name: 'an unsupported content type', payload: 'hello', type: 'text/plain' },
];

describe('authentication, then authorization, then validation, on every route', () => {
  it('the route table has the API routes and each declares who may call it', () => {
    const urls = h.app.ddx.routes.map((r) => r.url);
    for (const u of ['/v1/diagnose', '/v1/sessions', '/fhir/r4/$diagnose', '/cds-services/:id'.replace(':id', 'ddx-patient-view'), '/v1/models']) assert.ok(urls.includes(u), u);
    for (const r of h.app.ddx.routes) assert.ok(r.auth !== undefined, `${r.method} ${r.url} declares no auth (it would need any key)`);
  });

  it('a request without a key gets 401 whatever its body', async () => {
    for (const r of h.app.ddx.routes.filter((x) => x.auth !== 'public')) {
      for (const b of r.method === 'GET' || r.method === 'DELETE' ? [undefined] : bodies) {
        const res = await h.app.inject({ method: r.method as 'GET', url: concrete(r.url), ...(b ? { payload: b.payload, headers: { 'content-type': b.type } } : {}) });
        assert.equal(res.statusCode, 401, `${r.method} ${r.url} with ${b?.name ?? 'no body'}: ${res.body}`);
        assert.equal(res.json().error.code, 'unauthenticated');
        assert.deepEqual(res.json().error.issues, [], 'no schema details before authentication');
      }
      const bad = await h.app.inject({ method: r.method as 'GET', url: concrete(r.url), headers: { authorization: 'Bearer ddx_nope_nope' } });
      assert.equal(bad.statusCode, 401, `${r.method} ${r.url} with a bad key`);
    }
  });

  it('a key without the scope gets 403 before any validation', async () => {
    const keyWithout = (scopes: readonly Scope[]): string | undefined => {
      if (!scopes.includes('diagnose')) return h.keys.extDiagnose;
      if (!scopes.includes('admin')) return h.keys.extAdmin;
      if (!scopes.includes('review')) return h.keys.ownerAdmin;
      return undefined;
    };
    let checked = 0;
    for (const r of h.app.ddx.routes.filter((x) => x.auth !== 'public' && x.auth !== undefined)) {
      const key = keyWithout(typeof r.auth === 'string' ? [r.auth as Scope] : (r.auth as readonly Scope[]));
      if (!key) continue;
      const res = await h.app.inject({ method: r.method as 'GET', url: concrete(r.url), headers: { ...bearer(key), ...(r.method === 'POST' ? { 'content-type': 'application/json' } : {}) }, ...(r.method === 'POST' ? { payload: '{}' } : {}) });
      assert.equal(res.statusCode, 403, `${r.method} ${r.url}: ${res.body}`);
      assert.equal(res.json().error.code, 'missing-scope');
      checked++;
    }
    assert.ok(checked >= 10, `only ${checked} routes checked`);
  });

  it('POST /v1/diagnose with {} and no key is 401; with a key it is 400 with the fields', async () => {
    const anon = await h.app.inject({ method: 'POST', url: '/v1/diagnose', headers: { 'content-type': 'application/json' }, payload: '{}' });
    assert.equal(anon.statusCode, 401);
    assert.doesNotMatch(anon.body, /\$\.age|\$\.sex|required/);
    const authed = await h.app.inject({ method: 'POST', url: '/v1/diagnose', headers: { ...bearer(h.keys.extDiagnose), 'content-type': 'application/json' }, payload: '{}' });
    assert.equal(authed.statusCode, 400);
    assert.match(authed.body, /\$\.age/);
  });
});
