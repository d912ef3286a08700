import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classLogOdds, fitLogistic, gateShift, solveLinear } from './class-gate.js';
import { InputError } from './issues.js';
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
  const y: (0 | 1)[] = [];
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

test('fitLogistic with a ridge stops where the penalised score is zero', () => {
  // Intercept alone, one success in four, ridge 1: 1 - 4 sigma(a) - a = 0 (a < 0, so not the base rate log(1/3)).
  const [a] = fitLogistic([[1], [1], [1], [1]], [1, 0, 0, 0], 50, 1);
  assert.ok(Math.abs(1 - 4 / (1 + Math.exp(-a!)) - a!) < 1e-9, `a = ${a}`);
  assert.ok(a! > Math.log(1 / 3) + 0.05);
});

test('fitLogistic and solveLinear refuse malformed input with a coded error naming the field', () => {
  const codes = (f: () => unknown): string[] => {
    try {
      f();
    } catch (e) {
      assert.ok(e instanceof InputError);
      return e.issues.map((i) => `${i.code} ${i.path}`);
    }
    return [];
  };
  assert.deepEqual(codes(() => fitLogistic([], [])), ['empty $.x']);
  assert.deepEqual(codes(() => fitLogistic([[1, 0], [1]], [0, 1])), ['shape $.x[1]']);
  assert.deepEqual(codes(() => fitLogistic([[1, 0], [1, 2]], [0])), ['length $.y']);
  assert.deepEqual(codes(() => fitLogistic([[1, NaN]], [1])), ['shape $.x[0]']);
  assert.deepEqual(codes(() => fitLogistic([[1]], [2 as 1])), ['range $.y[0]']);
  assert.deepEqual(codes(() => solveLinear([[1, 2], [2, 4]], [1, 2])), ['invalid $.m']);
  assert.deepEqual(codes(() => solveLinear([[1, 2]], [1, 2])), ['shape $.m']);
  assert.deepEqual(codes(() => gateShift([0.5], [1, 2, 3])), ['length $.coefficients']);
});

test('gateShift at temperature t moves the class log-odds of softmax(s / t) to the gate logit', () => {
  const s = [2, 0.5, -1, 1.5, 0];
  const member = Uint8Array.from([1, 0, 1, 0, 0]);
  const a = [0.3, 0.4, -0.7];
  for (const t of [1, 2.5]) {
    const f = [1, classLogOdds(s, member, t), 0.8];
    const d = gateShift(a, f, t);
    const shifted = s.map((v, i) => v + (member[i] ? d : 0));
    const want = a[0]! + a[1]! * f[1]! + a[2]! * f[2]!;
    assert.ok(Math.abs(classLogOdds(shifted, member, t) - want) < 1e-12, `t ${t}`);
  }
});
