import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCliProcess, writeTinyRelease } from '../../testkit/cli-process.js';
import { readModelArtifact } from '../../learn/artifact.js';
import { datasetId } from '../../privacy/dp/index.js';
import { openStore } from '../../server/store/open.js';
import { StoreLedger } from '../../server/store/ledger.js';

// Creating an embedded store costs seconds; each test starts from a copy of one freshly migrated store.
let template = '';
before(async () => {
  template = join(mkdtempSync(join(tmpdir(), 'ddx-learn-store-')), 'store');
  await (await openStore({ kind: 'pglite', dataDir: template })).close();
});
after(() => rmSync(join(template, '..'), { recursive: true, force: true }));

function setup(withStore = true): { dir: string; dataDir: string; id: string } {
  const dir = mkdtempSync(join(tmpdir(), 'ddx-learn-ledger-'));
  writeTinyRelease(dir);
  const dataDir = join(dir, 'store');
  if (withStore) cpSync(template, dataDir, { recursive: true });
  return { dir, dataDir, id: datasetId(readFileSync(join(dir, 'patients-train.csv'))) };
}

const learn = (dir: string, out: string, ...extra: string[]): ReturnType<typeof runCliProcess> =>
  runCliProcess(['learn', 'ddxplus', '--data', dir, '--out', join(dir, out), ...extra]);

async function readLedger(dataDir: string, id: string) {
  const store = await openStore({ kind: 'pglite', dataDir });
  try {
    return (await new StoreLedger(store).list()).find((d) => d.datasetId === id);
  } finally {
    await store.close();
  }
}

test('--epsilon charges the store ledger in --data-dir; a release over budget exits 2 and writes nothing', async () => {
  const { dir, dataDir, id } = setup();
  try {
    const args = ['--epsilon', '1', '--dp-seed', '1', '--epsilon-budget', '1.5', '--data-dir', dataDir];
    const first = await learn(dir, 'first.json', ...args);
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stderr, /epsilon 1 charged to the store in/);
    const second = await learn(dir, 'second.json', ...args);
    assert.equal(second.code, 2);
    assert.match(second.stderr, /budget exceeded/);
    assert.equal(existsSync(join(dir, 'second.json')), false);
    assert.equal(existsSync(join(dataDir, 'ddx-serve.pid')), false, 'the data directory is released after the run');
    const d = await readLedger(dataDir, id);
    assert.equal(d?.totalEpsilon, 1.5);
    assert.deepEqual(d?.releases.map((r) => r.epsilon), [1]);
    assert.equal(d?.releases[0]?.modelHash, readModelArtifact(join(dir, 'first.json')).manifest.contentHash);
    assert.match(d?.releases[0]?.mechanism ?? '', /discrete Laplace/);
    assert.match(d?.releases[0]?.purpose ?? '', /seeded for evaluation/);
    // `ddx privacy ledger` shows what is left before the next release.
    const listed = await runCliProcess(['privacy', 'ledger', '--data-dir', dataDir, '--json']);
    assert.equal(listed.code, 0, listed.stderr);
    const rows = JSON.parse(listed.stdout) as { datasetId: string; totalEpsilon: number; spentEpsilon: number; remainingEpsilon: number; releases: unknown[] }[];
    assert.deepEqual(rows.map((r) => [r.datasetId, r.totalEpsilon, r.spentEpsilon, r.remainingEpsilon, r.releases.length]), [[id, 1.5, 1, 0.5, 1]]);
    const text = await runCliProcess(['privacy', 'ledger', '--data-dir', dataDir]);
    assert.match(text.stdout, /budget ε 1\.5 {2}spent ε 1 {2}left ε 0\.5/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('without --epsilon no store is opened; --ledger keeps the file ledger and leaves the store alone', async () => {
  const { dir, dataDir } = setup(false);
  try {
    const plain = await learn(dir, 'plain.json', '--data-dir', dataDir);
    assert.equal(plain.code, 0, plain.stderr);
    assert.equal(existsSync(dataDir), false);
    const ledger = join(dir, 'ledger.json');
    const filed = await learn(dir, 'filed.json', '--epsilon', '1', '--dp-seed', '2', '--ledger', ledger, '--data-dir', dataDir);
    assert.equal(filed.code, 0, filed.stderr);
    assert.ok(existsSync(ledger));
    assert.equal(existsSync(dataDir), false);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a data directory held by a running process is refused with exit 2 before anything is learned', async () => {
  const { dir, dataDir } = setup();
  try {
    // This test process is alive and is not the learner's.
    writeFileSync(join(dataDir, 'ddx-serve.pid'), String(process.pid));
    const r = await learn(dir, 'm.json', '--epsilon', '0.5', '--data-dir', dataDir);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /holds .*single-process/);
    assert.equal(existsSync(join(dir, 'm.json')), false);
    assert.equal(readFileSync(join(dataDir, 'ddx-serve.pid'), 'utf8'), String(process.pid), 'another holder\'s pid file is left alone');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a file ledger left at the old default path is imported once, so moving to the store resets no budget', async () => {
  const { dir, dataDir, id } = setup();
  try {
    // Spend 1 of 1.5 through the file ledger where it used to live by default.
    const legacy = join(dataDir, 'privacy-ledger.json');
    const old = await learn(dir, 'old.json', '--epsilon', '1', '--dp-seed', '1', '--epsilon-budget', '1.5', '--ledger', legacy);
    assert.equal(old.code, 0, old.stderr);
    const r = await learn(dir, 'new.json', '--epsilon', '1', '--dp-seed', '1', '--data-dir', dataDir);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /imported 1 dataset budget/);
    assert.match(r.stderr, /budget exceeded/);
    assert.equal(existsSync(join(dir, 'new.json')), false);
    assert.equal(existsSync(legacy), false);
    assert.ok(existsSync(`${legacy}.imported`));
    const d = await readLedger(dataDir, id);
    assert.equal(d?.totalEpsilon, 1.5);
    assert.deepEqual(d?.releases.map((x) => [x.epsilon, x.mechanism]), [[1, 'imported from file ledger']]);
    const rest = await learn(dir, 'rest.json', '--epsilon', '0.5', '--dp-seed', '1', '--data-dir', dataDir);
    assert.equal(rest.code, 0, rest.stderr);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
