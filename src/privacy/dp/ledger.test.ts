import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputError } from '../../core/issues.js';
import { datasetId, FileLedger, MemoryLedger, spentEpsilon } from './ledger.js';

test('releases add up and a release over budget is refused (file ledger, across instances)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ddx-ledger-'));
  try {
    const path = join(dir, 'ledger.json');
    const id = datasetId('synthetic dataset bytes');
    await new FileLedger(path).spend(id, 0.5, 'learn counts', 1);
    await new FileLedger(path).spend(id, 0.3, 'learn counts again', 1);
    const ledger = new FileLedger(path);
    assert.equal(spentEpsilon(await ledger.get(id)), 0.8);
    await assert.rejects(ledger.spend(id, 0.3, 'one more', 1), (err: unknown) => err instanceof InputError && err.issues[0]?.code === 'budget-exceeded');
    await ledger.spend(id, 0.2, 'last bit', 1);
    assert.equal(spentEpsilon(await ledger.get(id)), 1);
    const other = datasetId('another dataset');
    await ledger.spend(other, 1, 'separate budget', 1);
    const file = JSON.parse(readFileSync(path, 'utf8')) as { datasets: Record<string, { releases: unknown[] }> };
    assert.equal(file.datasets[id]?.releases.length, 3);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a corrupt ledger refuses rather than resetting the budget', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ddx-ledger-'));
  try {
    const path = join(dir, 'ledger.json');
    writeFileSync(path, '{ not json');
    await assert.rejects(new FileLedger(path).spend('x', 0.1, 'p', 1), InputError);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('memory ledger: 0.1 + 0.2 fits a 0.3 budget exactly', async () => {
  const l = new MemoryLedger();
  await l.spend('d', 0.1, 'a', 0.3);
  await l.spend('d', 0.2, 'b', 0.3);
  await assert.rejects(l.spend('d', 0.000001, 'c', 0.3), InputError);
});
