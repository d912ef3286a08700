/**
 * The store's suite, run against both backends: embedded PGlite in a temp directory and a private
 * PostgreSQL cluster started by the test (Debian's postgresql must be installed).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { openStore, type StoreLocation } from './open.js';
import type { DbStore } from './store.js';
import { startPgCluster, type PgCluster } from '../../testkit/pg-cluster.js';

function storeSuite(name: string, setup: () => Promise<{ loc: StoreLocation; cleanup: () => Promise<void> }>): void {
  describe(`store on ${name}`, () => {
    let store: DbStore;
    let cleanup: () => Promise<void>;
    let loc: StoreLocation;
    before(async () => {
      ({ loc, cleanup } = await setup());
      store = await openStore(loc);
    });
    after(async () => {
      await store?.close();
      await cleanup?.();
    });

    it('creates orgs and keys, revokes a key once', async () => {
      await store.ensureOrg('acme', false);
      await store.ensureOrg('acme', false);
      await store.ensureOrg('home', true);
      await store.createKey({ id: 'k1', orgId: 'acme', hash: 'h1', scopes: ['diagnose'] });
      const k = await store.getKey('k1');
      assert.deepEqual({ org: k?.orgId, owner: k?.owner, scopes: k?.scopes, revoked: k?.revokedAt }, { org: 'acme', owner: false, scopes: ['diagnose'], revoked: null });
      assert.equal(await store.revokeKey('k1', 'home'), false, 'another org cannot revoke it');
      assert.equal(await store.revokeKey('k1'), true);
      const first = (await store.getKey('k1'))?.revokedAt;
      assert.ok(first instanceof Date);
      await store.revokeKey('k1');
      assert.equal((await store.getKey('k1'))?.revokedAt?.getTime(), first.getTime(), 'revocation time is kept');
      assert.equal(await store.getKey('nope'), undefined);
    });

    it('registers a model once and moves its status by compare-and-set', async () => {
      const m = { contentHash: 'sha256:aa', modelId: 'm', version: '1', name: 'M', ownerOrg: 'home', artifact: '{}' };
      assert.equal(await store.insertModel(m), true);
      assert.equal(await store.insertModel(m), false);
      assert.equal(await store.setModelStatus('sha256:aa', 'validated', 'released'), false);
      assert.equal(await store.setModelStatus('sha256:aa', 'internal', 'validated'), true);
      assert.equal((await store.listModels()).find((r) => r.contentHash === 'sha256:aa')?.status, 'validated');
      await store.addValidationReport('sha256:aa', { caseSet: 'set', nCases: 10, top1: 0.8, ece: 0.05, cantMissRecall: 0.97, submittedBy: 'k' });
      assert.equal((await store.listValidationReports('sha256:aa')).length, 1);
      assert.ok(await store.addSignoff('sha256:aa', { reviewerId: 'dr-a', reviewerName: 'A', keyId: 'k', orgId: 'home' }));
      assert.equal(await store.addSignoff('sha256:aa', { reviewerId: 'dr-a', reviewerName: 'A', keyId: 'k', orgId: 'home' }), undefined);
      assert.equal((await store.listSignoffs('sha256:aa')).length, 1);
      assert.equal(await store.getModelArtifact('sha256:aa'), '{}');
    });

    it('keeps a session trace, isolates tenants and rejects a lost race', async () => {
      await store.createSession({ id: 's1', orgId: 'acme', keyId: 'k1', modelHash: 'sha256:aa', start: { age: 40 } }, { kind: 'start', payload: { a: 1 } });
      assert.equal(await store.getSession('s1', 'home'), undefined);
      assert.equal(await store.appendSessionEvent('s1', 'home', 0, { kind: 'evidence', payload: {} }), false);
      assert.equal(await store.appendSessionEvent('s1', 'acme', 0, { kind: 'evidence', payload: { b: 2 } }), true);
      assert.equal(await store.appendSessionEvent('s1', 'acme', 0, { kind: 'evidence', payload: { b: 3 } }), false);
      const s = await store.getSession('s1', 'acme');
      assert.equal(s?.steps, 1);
      assert.deepEqual(s?.events.map((e) => [e.seq, e.kind, e.payload]), [[0, 'start', { a: 1 }], [1, 'evidence', { b: 2 }]]);
    });

    it('stores, lists and prunes audit events', async () => {
      const base = { orgId: 'acme', keyId: 'k1', action: 'E', operation: 'diagnose', modelHash: null, modelVersion: null, outcome: '0', status: 200, requestId: 'r', entity: null };
      await store.insertAudit([{ ...base, recorded: new Date(Date.now() - 10 * 86_400_000) }, { ...base, recorded: new Date() }, { ...base, orgId: 'home', recorded: new Date() }]);
      assert.equal((await store.listAudit({ orgId: 'acme', limit: 10 })).length, 2);
      assert.equal((await store.listAudit({ limit: 1 })).length, 1);
      assert.equal(await store.pruneAudit(new Date(Date.now() - 86_400_000)), 1);
      assert.equal((await store.listAudit({ limit: 10 })).length, 2);
    });

    it('reopens with data intact and migrations idempotent', async () => {
      await store.close();
      store = await openStore(loc);
      assert.equal((await store.getSession('s1', 'acme'))?.steps, 1);
      await store.ping();
    });
  });
}

storeSuite('PGlite', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ddx-store-'));
  return { loc: { kind: 'pglite', dataDir: join(dir, 'data') }, cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
});

storeSuite('PostgreSQL', async () => {
  const cluster: PgCluster = await startPgCluster();
  return { loc: { kind: 'postgres', url: cluster.url }, cleanup: () => cluster.stop() };
});
