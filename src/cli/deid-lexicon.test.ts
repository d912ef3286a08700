import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chooseDeidLexicons, loadDeidLexicon } from './deid-lexicon.js';
import { CliUsageError } from './exit.js';

const data = mkdtempSync(join(tmpdir(), 'ddx-data-'));
const empty = mkdtempSync(join(tmpdir(), 'ddx-nodata-'));
mkdirSync(join(data, 'deid', 'lexicons'), { recursive: true });

test('the flag wins, then the environment, then the data folder, else the built-in lists', () => {
  assert.deepEqual(chooseDeidLexicons('/org/lists', '/env/lists', data), { dir: '/org/lists', source: 'flag' });
  assert.deepEqual(chooseDeidLexicons(undefined, '/env/lists', data), { dir: '/env/lists', source: 'env' });
  assert.deepEqual(chooseDeidLexicons(undefined, undefined, data), { dir: join(data, 'deid', 'lexicons'), source: 'data' });
  assert.deepEqual(chooseDeidLexicons(undefined, undefined, empty), { dir: undefined, source: 'built-in' });
});

test('"none" keeps the built-in lists even when the data folder has lists', () => {
  assert.deepEqual(chooseDeidLexicons('none', undefined, data), { dir: undefined, source: 'built-in' });
  assert.deepEqual(chooseDeidLexicons(undefined, 'none', data), { dir: undefined, source: 'built-in' });
  assert.equal(loadDeidLexicon({ dir: undefined, source: 'built-in' }), undefined);
});

test('a missing lexicon directory is a usage error naming the directory', () => {
  assert.throws(() => loadDeidLexicon({ dir: join(empty, 'nope'), source: 'flag' }), (e: unknown) => e instanceof CliUsageError && e.message.includes('nope'));
});
