/**
 * `ddx learn ddxplus --epsilon` against PostgreSQL (DATABASE_URL): two learner processes racing for
 * the last of a dataset's budget on one database; exactly one releases a model.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { datasetId } from '../../privacy/dp/index.js';
import { openStore } from '../../server/store/open.js';
import { StoreLedger } from '../../server/store/ledger.js';
import { startPgCluster } from '../../testkit/pg-cluster.js';
import { runCliProcess, writeTinyRelease } from '../../testkit/cli-process.js';

test('two concurrent ddx learn processes on one PostgreSQL cannot both spend the last of the budget', async () => {
  const cluster = await startPgCluster();
  const dir = mkdtempSync(join(tmpdir(), 'ddx-learn-pg-'));
  try {
    writeTinyRelease(dir);
    const id = datasetId(readFileSync(join(dir, 'patients-train.csv')));
    const run = (out: string, eps: string) =>
      runCliProcess(['learn', 'ddxplus', '--data', dir, '--out', join(dir, out), '--epsilon', eps, '--dp-seed', '1', '--epsilon-budget', '1.5', '--data-dir', join(dir, 'unused')], cluster.url);
    const first = await run('first.json', '0.5');
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stderr, /charged to the PostgreSQL store/);
    assert.doesNotMatch(first.stderr + first.stdout, new RegExp(String(cluster.port)), 'the database URL is not printed');
    // Both pass the early check (1 of 1.5 left), learn, then race to record their spend of 1.
    const [a, b] = await Promise.all([run('a.json', '1'), run('b.json', '1')]);
    assert.deepEqual([a.code, b.code].sort(), [0, 2], `${a.stderr}\n${b.stderr}`);
    const loser = a.code === 2 ? a : b;
    assert.match(loser.stderr, /budget exceeded/);
    assert.equal([existsSync(join(dir, 'a.json')), existsSync(join(dir, 'b.json'))].filter(Boolean).length, 1);
    assert.equal(existsSync(join(dir, 'unused')), false, 'with DATABASE_URL the embedded store is not touched');
    const store = await openStore({ kind: 'postgres', url: cluster.url });
    try {
      const d = (await new StoreLedger(store).list()).find((x) => x.datasetId === id);
      assert.deepEqual(d?.releases.map((r) => r.epsilon), [0.5, 1]);
    } finally {
      await store.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await cluster.stop();
  }
});
