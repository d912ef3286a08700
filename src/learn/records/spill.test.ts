import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Fact } from './fhir-facts.js';
import { PatientSpill, SPILL_BUFFER_BYTES } from './spill.js';

test('the write buffers take the same bytes whatever the partition count, and are let go once the partitions are written', () => {
  const parent = mkdtempSync(join(tmpdir(), 'ddx-spill-test-'));
  try {
    const sizes = [1, 6, 56, 512].map((p) => {
      const s = new PatientSpill(0, p, parent);
      const held = s.bufferBytes;
      s.finish();
      assert.equal(s.bufferBytes, 0, `${p} partitions: buffers kept after finish`);
      s.dispose();
      return held;
    });
    for (const n of sizes) assert.ok(n <= SPILL_BUFFER_BYTES && n > SPILL_BUFFER_BYTES * 0.99, `buffers ${sizes.join(', ')}`);
    assert.deepEqual(readdirSync(parent), []);
  } finally {
    rmSync(parent, { recursive: true, force: true });
  }
});

test('with the smallest buffers (512 partitions), every patient\'s facts come back in order, a line longer than its buffer included', () => {
  const parent = mkdtempSync(join(tmpdir(), 'ddx-spill-test-'));
  try {
    const s = new PatientSpill(0, 512, parent);
    const want = new Map<string, Fact[]>();
    const long = 'x'.repeat(40_000);
    for (let i = 0; i < 20_000; i++) {
      const id = `p${i % 1500}`;
      const f: Fact = ['E', id, i === 777 ? long : `enc-${i}`, i];
      s.add(f);
      want.set(id, [...(want.get(id) ?? []), f]);
    }
    const got = new Map<string, readonly Fact[]>();
    for (const facts of s.patients()) got.set(facts[0]![1], facts);
    assert.equal(got.size, want.size);
    for (const [id, facts] of want) assert.deepEqual(got.get(id), facts, id);
    assert.deepEqual(readdirSync(parent), []);
  } finally {
    rmSync(parent, { recursive: true, force: true });
  }
});
