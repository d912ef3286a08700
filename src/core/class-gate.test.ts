import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classLogOdds, fitLogistic, gateShift, solveLinear } from './class-gate.js';
import { createRng } from './random.js';

test('classLogOdds is the posterior log-odds of the marked class', () => {
  const s = [0, Math.log(3), Math.log(2), -Infinity];
  const member = Uint8Array.from([1, 0, 1, 0]);
  // mass 1 + 2 against 3 + 0
  assert.ok(Math.abs(classLogOdds(s, member) - Math.log(3 / 3)) < 1e-12);
  // temperature 2: exp(s / 2)
  assert.ok(Math.abs(classLogOdds(s, member, 2) - Math.log((1 + Math.sqrt(2)) / Math.sqrt(3))) < 1e-12);
  assert.equal(classLogOdds([1, 2], Uint8Array.from([1, 1])), Infinity);
});

test('fitLogistic recovers the coefficients of a logistic sample', () => {
  const rng = createRng(7);
  const truth = [-0.5, 1.5, -2];
  const x: number[][] = [];
  const y: number[] = [];
  for (let n = 0; n < 20000; n++) {
    const row = [1, 2 * rng.next() - 1, 2 * rng.next() - 1];
    const p = 1 / (1 + Math.exp(-row.reduce((a, v, j) => a + v * truth[j]!, 0)));
    x.push(row);
    y.push(rng.next() < p ? 1 : 0);
  }
  const a = fitLogistic(x, y);
  a.forEach((v, j) => assert.ok(Math.abs(v - truth[j]!) < 0.12, `coefficient ${j}: ${v} vs ${truth[j]}`));
});

test('fitLogistic on an intercept alone gives the base rate', () => {
  const x = [[1], [1], [1], [1]];
  const a = fitLogistic(x, [1, 0, 0, 0]);
  assert.ok(Math.abs(a[0]! - Math.log(1 / 3)) < 1e-4);
});

test('gateShift is zero at (0, 1, 0) and the gate logit minus the own log-odds otherwise', () => {
  assert.equal(gateShift([0, 1, 0], [1, 4.2, -0.3]), 0);
  assert.ok(Math.abs(gateShift([0.5, 0.8, 2], [1, 4, -0.5]) - (0.5 + 3.2 - 1 - 4)) < 1e-12);
});

test('solveLinear solves a small system, pivoting past a zero on the diagonal', () => {
  const z = solveLinear([[0, 2, 1], [1, 1, 0], [2, 0, 3]], [7, 3, 11]);
  [1, 2, 3].forEach((want, i) => assert.ok(Math.abs(z[i]! - want) < 1e-12, `z${i}: ${z[i]}`));
});
