import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { bearer, makeHarness, type Harness } from '../../testkit/server-harness.js';
import { StoreLedger } from '../store/ledger.js';

let h: Harness;
before(async () => {
  h = await makeHarness();
});
after(async () => {
  await h?.close();
});

describe('GET /v1/privacy/ledger', () => {
  const get = (key?: string) => h.app.inject({ method: 'GET', url: '/v1/privacy/ledger', headers: key ? bearer(key) : {} });

  it('lists each dataset with spent and total epsilon and its releases, for owner admins', async () => {
    const empty = await get(h.keys.ownerAdmin);
    assert.equal(empty.statusCode, 200, empty.body);
    assert.deepEqual(empty.json().datasets, []);
    const ledger = new StoreLedger(h.store);
    await ledger.spend('sha256:bb', 1, 'ddx learn ddxplus: noisy counts', 4, { mechanism: 'discrete Laplace', modelHash: 'sha256:model1' });
    await ledger.spend('sha256:bb', 0.5, 'second', 4);
    await ledger.spend('sha256:aa', 0.3, 'other', 0.3);
    const r = await get(h.keys.ownerAdmin);
    assert.equal(r.statusCode, 200, r.body);
    const body = r.json() as { accounting: string; datasets: { dataset_id: string; total_epsilon: number; spent_epsilon: number; remaining_epsilon: number; releases: Record<string, unknown>[] }[] };
    assert.match(body.accounting, /sequential composition/);
    assert.deepEqual(body.datasets.map((d) => [d.dataset_id, d.total_epsilon, d.spent_epsilon, d.remaining_epsilon, d.releases.length]), [['sha256:aa', 0.3, 0.3, 0, 1], ['sha256:bb', 4, 1.5, 2.5, 2]]);
    const first = body.datasets[1]!.releases[0]!;
    assert.deepEqual(Object.keys(first).sort(), ['created_at', 'epsilon', 'mechanism', 'model_hash', 'purpose', 'release_id', 'seq']);
    assert.deepEqual([first['seq'], first['epsilon'], first['mechanism'], first['model_hash']], [1, 1, 'discrete Laplace', 'sha256:model1']);
    assert.equal(body.datasets[1]!.releases[1]!['model_hash'], null);
  });

  it('is refused without a key, without the admin scope, and to admins of other organizations', async () => {
    assert.equal((await get()).statusCode, 401);
    assert.equal((await get(h.keys.ownerDiagnose)).json().error.code, 'missing-scope');
    const other = await get(h.keys.extAdmin);
    assert.equal(other.statusCode, 403);
    assert.equal(other.json().error.code, 'not-owner-org');
    assert.doesNotMatch(other.body, /sha256:/);
  });
});
