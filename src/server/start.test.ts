/** Starting the service: no valid model means no server, and readiness waits for a released model. */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { runCli } from '../testkit/cli-capture.js';
import { ModelNotFoundError } from '../learn/model-error.js';
import { buildApp } from './app.js';
import { withConfig } from './config.js';
import { ModelRegistry } from './registry.js';
import { servedModels } from './start.js';
import { openStore } from './store/open.js';

const dir = mkdtempSync(join(tmpdir(), 'ddx-start-'));

test('an empty models folder is refused, naming the folder and what was expected', () => {
  const empty = join(dir, 'empty');
  mkdirSync(empty);
  assert.throws(() => servedModels(empty), (err: unknown) => err instanceof ModelNotFoundError && err.message.includes(empty) && /ddx-model artifacts/.test(err.message) && /no \*\.json/.test(err.message));
  assert.throws(() => servedModels(join(dir, 'missing')), /does not exist/);
});

test('a folder of invalid model files is refused with each file and its reason', () => {
  const bad = join(dir, 'bad');
  mkdirSync(bad);
  writeFileSync(join(bad, 'broken.json'), '{"format": "ddx-model"');
  writeFileSync(join(bad, 'other.json'), '{"format": "not-a-model"}');
  assert.throws(() => servedModels(bad), (err: unknown) => err instanceof Error && /broken\.json/.test(err.message) && /other\.json/.test(err.message));
});

test('ddx serve --models <empty dir> exits non-zero without starting', async () => {
  const empty = join(dir, 'serve-empty');
  mkdirSync(empty);
  const r = await runCli(['serve', '--models', empty, '--port', '0', '--data-dir', join(dir, 'data')]);
  assert.notEqual(r.code, 0);
  assert.match(r.stderr, /no valid model in .*serve-empty/);
  assert.doesNotMatch(r.stderr, /listening/);
});

test('/readyz answers 503 while no released model is loaded', async () => {
  const store = await openStore({ kind: 'pglite', dataDir: 'memory://' });
  const config = withConfig({ auditFlushMs: 0 });
  const app = await buildApp({ store, registry: new ModelRegistry(store, config.ownerOrg, 0), config });
  try {
    const res = await app.inject({ method: 'GET', url: '/readyz' });
    assert.equal(res.statusCode, 503);
    assert.equal(res.json().status, 'no-released-model');
  } finally {
    await app.close();
    await store.close();
  }
});
