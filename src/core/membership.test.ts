import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compileModel } from './compile.js';
import { diagnose } from './diagnose.js';
import { makeModel } from '../testkit/model-fixture.js';
import { differentialList, membershipExplain, membershipLogits, plausibilities, sigmoid } from './membership.js';
import type { MembershipHead } from './model.js';
import { beliefFromCase, initialBelief, observe, posterior } from './posterior.js';
import { validateModel } from './validate-model.js';

// Conditions: 0 flu, 1 pe, 2 uti.
const head: MembershipHead = {
  kind: 'logistic',
  bias: [-1, -2, 3],
  features: ['fever=1', 'dyspnea=0', 'pain-site=chest', 'risk=surgery', 'risk=travel', 'risk=none', 'age=18-130', 'sex=female'],
  weights: [{ 0: 2.5, 2: -0.25 }, { 1: -1.5 }, { 1: 3, 0: -0.5 }, { 1: 1.25 }, { 1: 0.5, 2: 0.125 }, { 1: -2 }, { 0: 0.75, 1: 0.5 }, { 2: 0.5 }],
  threshold: 0.6,
};

function paths(membership: unknown): string[] {
  const r = validateModel({ ...makeModel(), membership });
  return r.ok ? [] : r.issues.map((i) => i.path);
}

test('a malformed membership head is refused with the JSON path of every problem', () => {
  assert.deepEqual(paths(head), []);
  assert.deepEqual(paths('x'), ['$.membership']);
  assert.deepEqual(paths({ ...head, kind: 'linear' }), ['$.membership.kind']);
  assert.deepEqual(paths({ ...head, bias: [0, 1] }), ['$.membership.bias']);
  assert.deepEqual(paths({ ...head, bias: [0, 'a', 1] }), ['$.membership.bias[1]']);
  assert.deepEqual(paths({ ...head, features: [...head.features.slice(0, 7), 'fever=2'] }), ['$.membership.features[7]']);
  assert.deepEqual(paths({ ...head, features: [...head.features.slice(0, 7), 'age=99-100'] }), ['$.membership.features[7]']);
  assert.deepEqual(paths({ ...head, features: [...head.features.slice(0, 7), 'fever=1'] }), ['$.membership.features[7]']);
  assert.deepEqual(paths({ ...head, weights: head.weights.slice(1) }), ['$.membership.weights']);
  assert.deepEqual(paths({ ...head, weights: [{ 3: 1 }, ...head.weights.slice(1)] }), ['$.membership.weights[0]["3"]']);
  assert.deepEqual(paths({ ...head, weights: [{ 0: 'x' }, ...head.weights.slice(1)] }), ['$.membership.weights[0]["0"]']);
  assert.deepEqual(paths({ ...head, threshold: 1 }), ['$.membership.threshold']);
  const { bias: _b, ...noBias } = head;
  assert.deepEqual(paths(noBias), ['$.membership.bias']);
});

test('membership explanations are exact: base + contributions = logit, for every condition', () => {
  const cm = compileModel(makeModel({ membership: head }));
  const b = observe(initialBelief(cm, 40, 'female'), [
    { id: 'fever', present: true },
    { id: 'dyspnea', present: false },
    { id: 'pain-site', value: 'chest' },
    { id: 'risk', values: ['surgery', 'travel'] },
    { id: 'dysuria', present: true },
  ]);
  const m = membershipLogits(b)!;
  // By hand: flu -1 + 0.75 (age) + 2.5 (fever) - 0.5 (chest) = 1.75.
  assert.equal(m[0], 1.75);
  // pe: -2 + 0.5 (age) - 1.5 (no dyspnea) + 3 (chest) + 1.25 + 0.5 (surgery, travel) = 1.75.
  assert.equal(m[1], 1.75);
  // uti: 3 + 0.5 (female) - 0.25 (fever) + 0.125 (travel) = 3.375.
  assert.equal(m[2], 3.375);
  for (let c = 0; c < cm.nConditions; c++) {
    const ex = membershipExplain(b, c)!;
    assert.equal(ex.base + ex.contributions.reduce((a, x) => a + x.llr, 0), ex.logit);
    assert.equal(ex.logit, m[c]);
    assert.equal(ex.plausibility, sigmoid(m[c]!));
    assert.equal(ex.contributions.length, 5);
  }
  const pe = membershipExplain(b, 1)!;
  assert.equal(pe.base, -1.5);
  assert.deepEqual(pe.for.map((x) => [x.findingId, x.llr]), [['pain-site', 3], ['risk', 1.75]]);
  assert.deepEqual(pe.against.map((x) => [x.findingId, x.llr]), [['dyspnea', -1.5]]);
  // A multi-choice finding with no value uses the `=none` atom.
  const none = observe(initialBelief(cm, 10, 'male'), [{ id: 'risk', values: ['none'] }]);
  assert.equal(membershipLogits(none)![1], -4);
  assert.equal(membershipExplain(none, 1)!.against[0]!.llr, -2);
  // Without a head there is nothing to explain.
  assert.equal(membershipLogits(initialBelief(compileModel(makeModel()), 40, 'male')), undefined);
});

test('diagnose lists a plausible condition whose posterior is below 0.01, with its calibrated probability and its reasons', () => {
  const pc = { age: 50, sex: 'male' as const, findings: [
    { id: 'fever', present: true }, { id: 'dyspnea', present: true }, { id: 'pain-site', value: 'chest' },
    { id: 'risk', values: ['surgery', 'travel'] }, { id: 'dysuria', present: false },
  ] };
  const plain = compileModel(makeModel());
  const withHead = compileModel(makeModel({ membership: head }));
  const p = posterior(beliefFromCase(withHead, pc));
  assert.ok(p[2]! < 0.01, `uti posterior ${p[2]}`);
  const before = diagnose(plain, pc, { mode: 'questions-only' });
  assert.ok(!before.differential.some((e) => e.conditionId === 'uti'));
  const r = diagnose(withHead, pc, { mode: 'questions-only' });
  const ids = r.differential.map((e) => e.conditionId);
  const uti = r.differential.find((e) => e.conditionId === 'uti')!;
  assert.ok(uti, `differential ${ids.join(',')}`);
  assert.equal(ids[ids.length - 1], 'uti', 'plausible-only entries come after the probable ones');
  assert.equal(uti.probability, p[2]);
  assert.deepEqual(uti.listedBecause, ['plausibility']);
  assert.ok(uti.plausibility! >= 0.6);
  const pr = uti.plausibilityReasons!;
  assert.equal(pr.threshold, 0.6);
  assert.equal(pr.logit, pr.base + [...pr.for, ...pr.against].reduce((a, x) => a + x.llr, 0));
  assert.deepEqual(pr.against.map((x) => x.findingId), ['fever']);
  // The leader keeps its posterior reasons and says why it is listed.
  assert.deepEqual(r.differential[0]!.listedBecause?.slice(0, 2), ['leader', 'probability']);
  assert.equal(r.differential[0]!.probability, p[r.differential[0]!.conditionId === 'pe' ? 1 : 0]);
  // The entries of models without the head carry no plausibility.
  assert.equal(before.differential[0]!.plausibility, undefined);
  // A threshold above every plausibility gives back the probability-only list.
  const strict = diagnose(withHead, pc, { mode: 'questions-only', plausibilityThreshold: 0.9999 });
  assert.deepEqual(strict.differential.map((e) => e.conditionId), before.differential.map((e) => e.conditionId));
});

test('the list: leader, then probable by posterior, then plausible by plausibility, capped', () => {
  const p = Float64Array.from([0.001, 0.9, 0.05, 0.002, 0.047]);
  const q = Float64Array.from([0.7, 0.1, 0.2, 0.9, 0.6]);
  assert.deepEqual(differentialList(p, q, { plausibilityThreshold: 0.5 }), [1, 2, 4, 3, 0]);
  assert.deepEqual(differentialList(p, q, { plausibilityThreshold: 0.5, max: 4 }), [1, 2, 4, 3]);
  assert.deepEqual(differentialList(p, undefined, { plausibilityThreshold: 0.5 }), [1, 2, 4]);
  assert.deepEqual(differentialList(p, q, { plausibilityThreshold: 0.5, probabilityThreshold: 0.95 }), [1, 3, 0, 4]);
  assert.deepEqual(plausibilities(initialBelief(compileModel(makeModel()), 30, 'male')), undefined);
});
