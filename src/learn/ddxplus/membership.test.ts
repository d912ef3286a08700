import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compileModel } from '../../core/compile.js';
import { makeModel } from '../../testkit/model-fixture.js';
import { explain } from '../../core/explain.js';
import { initialBelief, observe, scores } from '../../core/posterior.js';
import { createRng } from '../../core/random.js';
import { canonicalJson } from '../artifact.js';
import { beliefFeatures } from './head.js';
import { blendHead, membershipLogits, toMembershipHead, trainMembership, type MembershipExample } from './membership.js';
import { membershipExplain, membershipLogits as engineLogits } from '../../core/membership.js';
import { validateModel } from '../../core/validate-model.js';

const base = makeModel();
const cm = compileModel(base);

/** Fever puts condition 0 in the differential, dyspnea condition 2; condition 1 never is. */
function examples(): MembershipExample[] {
  const rng = createRng(5);
  const out: MembershipExample[] = [];
  for (let i = 0; i < 200; i++) {
    const fever = rng.next() < 0.5;
    const dysp = rng.next() < 0.5;
    const b = observe(initialBelief(cm, 20 + (i % 50), i % 2 ? 'male' : 'female'), [{ id: 'fever', present: fever }, { id: 'dyspnea', present: dysp }]);
    const members = [...(fever ? [0] : []), ...(dysp ? [2] : [])];
    out.push({ features: beliefFeatures(b), members, weight: 1 });
  }
  return out;
}

const opts = { epochs: 20, learningRate: 0.05, l2: 1e-5, batchSize: 8, seed: 1, minCount: 1 };

test('membership training is deterministic and learns which findings put a condition in the differential', () => {
  const a = trainMembership(cm.nConditions, examples(), opts);
  const b = trainMembership(cm.nConditions, examples(), opts);
  assert.deepEqual(Array.from(a.weights), Array.from(b.weights));
  const withFever = membershipLogits(a, ['fever=1', 'dyspnea=0']);
  const without = membershipLogits(a, ['fever=0', 'dyspnea=0']);
  assert.ok(withFever[0]! > 0 && without[0]! < 0);
  assert.ok(withFever[1]! < 0 && without[1]! < 0);
});

test('the blended head is a linear head: rounded, reproducible, and explanations still sum exactly', () => {
  const m = trainMembership(cm.nConditions, examples(), opts);
  const blend = { beta: 0.3, gamma: 0.5, digits: 4, pruneBelow: 0.005 };
  const head = blendHead(m, blend);
  assert.equal(canonicalJson(head), canonicalJson(blendHead(m, blend)));
  assert.equal(head.nbWeight, 0.3);
  const hm = compileModel({ ...base, head, calibration: { temperature: 0.8, fittedOn: 'test' } });
  const b = observe(initialBelief(hm, 40, 'male'), [{ id: 'fever', present: true }, { id: 'dyspnea', present: false }]);
  const s = scores(b);
  for (let c = 0; c < hm.nConditions; c++) {
    const ex = explain(b, c);
    assert.ok(Math.abs(ex.base + ex.contributions.reduce((acc, x) => acc + x.llr, 0) - s[c]!) < 1e-9);
  }
});

test('the exported membership head is valid, reproducible, and the engine reads the trained logits back', () => {
  const m = trainMembership(cm.nConditions, examples(), opts);
  const head = toMembershipHead(m, { digits: 4, pruneBelow: 0.001, threshold: 0.4 });
  assert.equal(canonicalJson(head), canonicalJson(toMembershipHead(m, { digits: 4, pruneBelow: 0.001, threshold: 0.4 })));
  const model = { ...base, membership: head };
  assert.ok(validateModel(model).ok);
  const hm = compileModel(model);
  const b = observe(initialBelief(hm, 40, 'male'), [{ id: 'fever', present: true }, { id: 'dyspnea', present: false }]);
  const trained = membershipLogits(m, beliefFeatures(b));
  const read = engineLogits(b)!;
  for (let c = 0; c < hm.nConditions; c++) {
    assert.ok(Math.abs(trained[c]! - read[c]!) < 0.01, `condition ${c}: ${trained[c]} vs ${read[c]}`);
    const ex = membershipExplain(b, c)!;
    assert.ok(Math.abs(ex.base + ex.contributions.reduce((a, x) => a + x.llr, 0) - read[c]!) < 1e-12);
  }
});
