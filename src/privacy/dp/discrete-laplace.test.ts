import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRng } from '../../core/random.js';
import { addDiscreteLaplaceNoise, bernoulliExp, discreteLaplacePmf, sampleDiscreteLaplace, toRational, uniformBelow } from './discrete-laplace.js';

test('uniformBelow is uniform (chi-square, 9 df)', () => {
  const rng = createRng(1);
  const counts = new Array(10).fill(0);
  const n = 20_000;
  for (let i = 0; i < n; i++) counts[Number(uniformBelow(rng, 10n))]++;
  const chi = counts.reduce((s, c) => s + (c - n / 10) ** 2 / (n / 10), 0);
  assert.ok(chi < 27.88, `chi-square ${chi}`); // p = 0.001 critical value
});

test('Bernoulli(exp(-gamma)) matches its probability', () => {
  const rng = createRng(2);
  for (const [num, den] of [[1n, 2n], [3n, 2n], [5n, 1n]] as const) {
    const p = Math.exp(-Number(num) / Number(den));
    const n = 20_000;
    let hits = 0;
    for (let i = 0; i < n; i++) if (bernoulliExp(rng, num, den)) hits++;
    const se = Math.sqrt((p * (1 - p)) / n);
    assert.ok(Math.abs(hits / n - p) < 4 * se, `gamma ${num}/${den}: ${hits / n} vs ${p}`);
  }
});

test('discrete Laplace sampler matches the exact pmf (chi-square with a fixed seed)', () => {
  const rng = createRng(3);
  const scale = 2; // t = 2, i.e. epsilon = 0.5 with sensitivity 1
  const n = 30_000;
  const counts = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    const z = Number(sampleDiscreteLaplace(rng, 2n, 1n));
    counts.set(z, (counts.get(z) ?? 0) + 1);
  }
  // Bins -6..6, with both tails pooled.
  let chi = 0;
  let tailObs = 0;
  let tailExp = n;
  for (let z = -6; z <= 6; z++) {
    const e = n * discreteLaplacePmf(z, scale);
    const o = counts.get(z) ?? 0;
    chi += (o - e) ** 2 / e;
    tailExp -= e;
  }
  for (const [z, c] of counts) if (Math.abs(z) > 6) tailObs += c;
  chi += (tailObs - tailExp) ** 2 / tailExp;
  assert.ok(chi < 34.53, `chi-square ${chi} on 13 df`); // p = 0.001 critical value
  const mean = [...counts].reduce((s, [z, c]) => s + z * c, 0) / n;
  assert.ok(Math.abs(mean) < 0.1, `mean ${mean}`);
});

test('a wrong sampler would fail the same check', () => {
  // Guard that the test has power: counts from scale 3 against the scale-2 pmf must be rejected.
  const rng = createRng(4);
  const n = 30_000;
  const counts = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    const z = Number(sampleDiscreteLaplace(rng, 3n, 1n));
    counts.set(z, (counts.get(z) ?? 0) + 1);
  }
  let chi = 0;
  for (let z = -6; z <= 6; z++) {
    const e = n * discreteLaplacePmf(z, 2);
    chi += ((counts.get(z) ?? 0) - e) ** 2 / e;
  }
  assert.ok(chi > 34.53);
});

test('addDiscreteLaplaceNoise is deterministic for a seed and keeps integers', () => {
  const counts = Int32Array.from([0, 10, 100, 1000]);
  const a = addDiscreteLaplaceNoise(counts, 1, 1, createRng(9));
  const b = addDiscreteLaplaceNoise(counts, 1, 1, createRng(9));
  assert.deepEqual([...a], [...b]);
  assert.notDeepEqual([...a], [...counts]);
  assert.throws(() => addDiscreteLaplaceNoise(counts, 0, 1, createRng(1)), RangeError);
  assert.throws(() => addDiscreteLaplaceNoise(counts, 1, 0.5, createRng(1)), RangeError);
});

test('epsilon is turned into an exact rational', () => {
  assert.deepEqual(toRational(0.5), [5n, 10n]);
  assert.deepEqual(toRational(4), [4n, 1n]);
});
