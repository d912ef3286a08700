/**
 * The store-backed privacy ledger on both backends: embedded PGlite in a temp directory and a private
 * PostgreSQL cluster, where two separate pools (as two `ddx learn` processes would have) race for the
 * last of a budget.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { InputError } from '../../core/issues.js';
import { spentEpsilon } from '../../privacy/dp/index.js';
import { openStore, type StoreLocation } from './open.js';
import { StoreLedger } from './ledger.js';
import type { DbStore } from './store.js';
import { startPgCluster, type PgCluster } from '../../testkit/pg-cluster.js';

const budgetExceeded = (err: unknown): boolean => err instanceof InputError && err.issues.some((i) => i.code === 'budget-exceeded');

function ledgerSuite(name: string, setup: () => Promise<{ loc: StoreLocation; cleanup: () => Promise<void> }>): void {
  describe(`store ledger on ${name}`, () => {
    let store: DbStore;
    let other: DbStore;
    let cleanup: () => Promise<void>;
    let loc: StoreLocation;
    before(async () => {
      ({ loc, cleanup } = await setup());
      store = await openStore(loc);
      // PGlite is single-process: the "second learner" shares the instance. PostgreSQL gets a second pool.
      other = loc.kind === 'postgres' ? await openStore(loc) : store;
    });
    after(async () => {
      if (other !== store) await other?.close();
      await store?.close();
      await cleanup?.();
    });

    it('adds repeated spends up and keeps the total set by the first release', async () => {
      const ledger = new StoreLedger(store);
      assert.equal(await ledger.get('sha256:a'), undefined);
      await ledger.spend('sha256:a', 1, 'first', 2.5, { mechanism: 'discrete Laplace', modelHash: 'sha256:m1' });
      await ledger.spend('sha256:a', 0.1, 'second', 99);
      const after2 = await ledger.spend('sha256:a', 0.2, 'third', 99);
      assert.equal(after2.totalEpsilon, 2.5);
      const b = await ledger.get('sha256:a');
      assert.deepEqual(b?.releases.map((r) => [r.seq, r.epsilon, r.purpose]), [[1, 1, 'first'], [2, 0.1, 'second'], [3, 0.2, 'third']]);
      assert.equal(spentEpsilon(b), 1.3);
      const listed = (await ledger.list()).find((d) => d.datasetId === 'sha256:a');
      assert.equal(listed?.releases[0]?.mechanism, 'discrete Laplace');
      assert.equal(listed?.releases[0]?.modelHash, 'sha256:m1');
      assert.equal(listed?.releases[1]?.mechanism, 'unspecified');
      assert.equal(new Set(listed?.releases.map((r) => r.releaseId)).size, 3);
    });

    it('refuses a spend over budget with budget-exceeded and records nothing', async () => {
      const ledger = new StoreLedger(store);
      await ledger.spend('sha256:b', 0.1, 'a', 0.3);
      await ledger.spend('sha256:b', 0.2, 'b', 0.3); // 0.1 + 0.2 is exactly the budget, not over it
      const before = await ledger.get('sha256:b');
      await assert.rejects(ledger.spend('sha256:b', 0.000001, 'c', 0.3), budgetExceeded);
      assert.deepEqual(await ledger.get('sha256:b'), before);
      // A first release larger than its own budget creates no budget row either.
      await assert.rejects(ledger.spend('sha256:c', 2, 'x', 1), budgetExceeded);
      assert.equal(await ledger.get('sha256:c'), undefined);
      await assert.rejects(ledger.spend('sha256:c', 0, 'x', 1), (e: unknown) => e instanceof InputError);
      assert.equal(await ledger.get('sha256:c'), undefined);
    });

    it('lets exactly one of several concurrent spends take the last of the budget', async () => {
      const a = new StoreLedger(store);
      const b = new StoreLedger(other);
      for (let round = 0; round < 5; round++) {
        const id = `sha256:race-${round}`;
        await a.spend(id, 1, 'head start', 2);
        // Eight learners, alternating between the two connections, each wanting the remaining 1.
        const results = await Promise.allSettled(Array.from({ length: 8 }, (_, i) => (i % 2 ? b : a).spend(id, 1, `racer ${i}`, 2)));
        const won = results.filter((r) => r.status === 'fulfilled');
        const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
        assert.equal(won.length, 1, `round ${round}: exactly one spend succeeds`);
        for (const l of lost) assert.ok(budgetExceeded(l.reason), `round ${round}: a loser is refused as over budget, not by a constraint error: ${String(l.reason)}`);
        assert.equal(spentEpsilon(await a.get(id)), 2);
      }
    });

    it('lets exactly one of two concurrent first releases create the budget', async () => {
      const a = new StoreLedger(store);
      const b = new StoreLedger(other);
      const results = await Promise.allSettled([a.spend('sha256:fresh', 1, 'x', 1), b.spend('sha256:fresh', 1, 'y', 1)]);
      assert.equal(results.filter((r) => r.status === 'fulfilled').length, 1);
      assert.equal((await a.get('sha256:fresh'))?.releases.length, 1);
    });

    it('imports a budget once and keeps the imported releases in the sum', async () => {
      const ledger = new StoreLedger(store);
      const imported = { datasetId: 'sha256:old', totalEpsilon: 3, releases: [{ epsilon: 2, purpose: 'p2', seq: 2 }, { epsilon: 0.5, purpose: 'p1', seq: 1 }] };
      assert.equal(await ledger.importBudget(imported, 'imported from file ledger'), true);
      assert.equal(await ledger.importBudget(imported, 'imported from file ledger'), false);
      assert.deepEqual((await ledger.get('sha256:old'))?.releases.map((r) => [r.seq, r.purpose]), [[1, 'p1'], [2, 'p2']]);
      await assert.rejects(ledger.spend('sha256:old', 0.6, 'z', 10), budgetExceeded);
      await ledger.spend('sha256:old', 0.5, 'z', 10);
    });

    it('survives reopening the store', async () => {
      if (other !== store) await other.close();
      await store.close();
      store = await openStore(loc);
      other = store;
      assert.equal(spentEpsilon(await new StoreLedger(store).get('sha256:a')), 1.3);
    });
  });
}

ledgerSuite('PGlite', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ddx-ledger-'));
  return { loc: { kind: 'pglite', dataDir: join(dir, 'data') }, cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
});

ledgerSuite('PostgreSQL', async () => {
  const cluster: PgCluster = await startPgCluster();
  return { loc: { kind: 'postgres', url: cluster.url }, cleanup: () => cluster.stop() };
});
