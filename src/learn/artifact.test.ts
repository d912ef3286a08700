/** The streamed canonical JSON and the artifact writer give exactly the bytes of the plain canonical form. */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import type { KnowledgeModel } from '../core/model.js';
import { canonicalJson, modelContentHash, readModelArtifact, sha256Hex, streamCanonicalJson, writeModelArtifact } from './artifact.js';

function streamed(value: unknown): string {
  const blocks: string[] = [];
  streamCanonicalJson(value, (b) => blocks.push(b));
  return blocks.join('');
}

test('streamed canonical JSON equals canonicalJson on awkward values', () => {
  const values: unknown[] = [
    null, 0, -0, 1e-7, 123456789.125, Number.NaN, Infinity, true, 'a"\\\n\u2028é😀', [], {},
    { b: 1, a: [3, undefined, { z: null, y: undefined, x: 'q' }], 'é': 2, '10': 3, '9': 4, '01': 5, '4294967295': 6, '4294967294': 7, '-1': 8, A: { n: [[], [{}]] } },
    [undefined, () => 1, Symbol('s'), { f: () => 1, g: 2 }],
    { date: new Date(0), nested: { deep: { deeper: Array.from({ length: 5000 }, (_, i) => ({ i, s: `k${i}` })) } } },
  ];
  for (const v of values) assert.equal(streamed(v), canonicalJson(v), JSON.stringify(canonicalJson(v))?.slice(0, 60));
});

test('a large value arrives in several blocks that join to the canonical form', () => {
  const v = { rows: Array.from({ length: 20_000 }, (_, i) => ({ id: `row-${i}`, p: i / 7 })) };
  const blocks: string[] = [];
  streamCanonicalJson(v, (b) => blocks.push(b));
  assert.ok(blocks.length > 1);
  assert.equal(blocks.join(''), canonicalJson(v));
});

test('writeModelArtifact writes the canonical bytes with a verifiable hash and leaves no temporary file', () => {
  const model = JSON.parse(readFileSync(new URL('../../models/ddxplus.json', import.meta.url), 'utf8')) as KnowledgeModel;
  const dir = mkdtempSync(join(tmpdir(), 'ddx-artifact-'));
  try {
    const path = join(dir, 'm.json');
    const { model: written, bytes } = writeModelArtifact(path, model);
    const text = readFileSync(path, 'utf8');
    assert.equal(text, `${canonicalJson(written)}\n`);
    assert.equal(bytes, Buffer.byteLength(text));
    const blank = { ...model, manifest: { ...model.manifest, contentHash: '' } };
    assert.equal(written.manifest.contentHash, `sha256:${sha256Hex(canonicalJson(blank))}`);
    assert.equal(modelContentHash(written), written.manifest.contentHash);
    assert.equal(readModelArtifact(path).manifest.contentHash, written.manifest.contentHash);
    assert.deepEqual(readdirSync(dir), ['m.json']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a value that cannot be serialised leaves neither the model nor a temporary file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ddx-artifact-'));
  try {
    const path = join(dir, 'm.json');
    const bad = { manifest: { contentHash: '' }, big: 1n } as unknown as KnowledgeModel;
    assert.throws(() => writeModelArtifact(path, bad));
    assert.equal(existsSync(path), false);
    assert.deepEqual(readdirSync(dir), []);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
