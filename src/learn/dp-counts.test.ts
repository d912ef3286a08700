import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRng } from '../core/random.js';
import { InputError } from '../core/issues.js';
import { noiseCountGroups, splitEpsilon } from './dp-counts.js';

test('the group epsilons never add up to more than the epsilon charged', () => {
  for (const eps of [0.5, 1, 0.3, 4, 7.7, 0.1 + 0.2]) {
    const parts = splitEpsilon(eps, [0.1, 0.1, 0.8]);
    assert.ok(Math.round(parts.reduce((a, b) => a + b, 0) * 1e6) <= Math.round(eps * 1e6), `${eps}: ${parts}`);
  }
  assert.deepEqual(splitEpsilon(1, [0.1, 0.1, 0.8]), [0.1, 0.1, 0.8]);
  assert.throws(() => splitEpsilon(1, [0.5, 0.6]), InputError);
  assert.throws(() => splitEpsilon(0, [1]), InputError);
  assert.throws(() => splitEpsilon(0.000009, [0.1, 0.9]), InputError); // a part below 1e-6
});

test('each group gets noise at its own scale, reproducibly under a seed', () => {
  const groups = [
    { name: 'small', counts: new Int32Array(4000).fill(50), sensitivity: 1, share: 0.5 },
    { name: 'large', counts: new Int32Array(4000).fill(50), sensitivity: 20, share: 0.5 },
  ];
  const a = noiseCountGroups(groups, 2, createRng(3));
  const b = noiseCountGroups(groups, 2, createRng(3));
  assert.deepEqual(a.map((g) => [...g.counts]), b.map((g) => [...g.counts]));
  const mad = (xs: Int32Array): number => xs.reduce((s, x) => s + Math.abs(x - 50), 0) / xs.length;
  // Mean absolute noise ≈ scale Δ/ε_g: 1 and 20.
  assert.ok(mad(a[0]!.counts) < 2, `small ${mad(a[0]!.counts)}`);
  assert.ok(mad(a[1]!.counts) > 15 && mad(a[1]!.counts) < 25, `large ${mad(a[1]!.counts)}`);
});
