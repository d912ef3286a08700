import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compileModel } from '../../core/compile.js';
import { makeModel } from '../../testkit/model-fixture.js';
import { explain } from '../../core/explain.js';
import { initialBelief, observe, scores } from '../../core/posterior.js';
import { createRng } from '../../core/random.js';
import { canonicalJson } from '../artifact.js';
import { beliefFeatures, shiftedNb, trainHead, type HeadExample } from './head.js';

const base = makeModel();
const cm = compileModel(base);

/** A tiny synthetic set: fever points to condition 0, dyspnea to condition 2, with soft labels. */
function examples(): HeadExample[] {
  const rng = createRng(3);
  const out: HeadExample[] = [];
  for (let i = 0; i < 200; i++) {
    const fever = rng.next() < 0.5;
    const dysp = rng.next() < 0.5;
    const b = observe(initialBelief(cm, 20 + (i % 50), i % 2 ? 'male' : 'female'), [{ id: 'fever', present: fever }, { id: 'dyspnea', present: dysp }]);
    const y = new Float64Array(cm.nConditions).fill(0.1);
    if (fever) y[0]! += 1;
    if (dysp) y[2]! += 1;
    const z = y.reduce((a, v) => a + v, 0);
    out.push({ features: beliefFeatures(b), nb: shiftedNb(b), target: y.map((v) => v / z), weight: 1 });
  }
  return out;
}

const opts = { epochs: 5, learningRate: 0.05, l2: 1e-5, batchSize: 8, seed: 1, pruneBelow: 1e-3, digits: 4, minCount: 1 };

test('head training is deterministic: the same examples give byte-identical weights', () => {
  const a = trainHead(cm.nConditions, examples(), opts);
  const b = trainHead(cm.nConditions, examples(), opts);
  assert.equal(canonicalJson(a), canonicalJson(b));
  assert.ok(a.features.includes('fever=1'));
  assert.notEqual(canonicalJson(a), canonicalJson(trainHead(cm.nConditions, examples(), { ...opts, seed: 2 })));
});

test('the trained head learns the signal and explanations still sum exactly', () => {
  const head = trainHead(cm.nConditions, examples(), opts);
  const hm = compileModel({ ...base, head, calibration: { temperature: 0.7, fittedOn: 'test' } });
  const b = observe(initialBelief(hm, 30, 'female'), [{ id: 'fever', present: true }, { id: 'dyspnea', present: false }, { id: 'risk', values: ['surgery'] }]);
  const s = scores(b);
  for (let c = 0; c < hm.nConditions; c++) {
    const ex = explain(b, c);
    assert.ok(Math.abs(ex.base + ex.contributions.reduce((acc, x) => acc + x.llr, 0) - s[c]!) < 1e-9);
  }
  const f = head.features.indexOf('fever=1');
  const row = head.weights[f]!;
  assert.ok((row['0'] ?? 0) > (row['1'] ?? 0));
});
