import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compileModel } from './compile.js';
import { exemplarsOf, explainFusion, fuseRanking, type FuseOptions } from './exemplar-rank.js';
import { caseFrequencyWeights, frequencyWeights, weightedBackHalf, weightedForwardHalf } from './frequency-similarity.js';
import { InputError } from './issues.js';
import type { KnowledgeModel } from './model.js';
import { initialBelief, observe, posterior } from './posterior.js';
import { backHalf, forwardHalf, prepareQuery } from './similarity.js';
import { treeModel } from '../testkit/model-fixture.js';

/**
 * seizure > {focal > focal-aware, generalized}; movement > {ataxia, tremor}. a shows generalized seizures often and
 * tremor very rarely, b the reverse; c lists focal-aware seizures very rarely but seizures (of any kind) often; d only tremor.
 */
function model(prior: { a: number; b: number }): KnowledgeModel {
  return treeModel({
    description: 'frequency similarity test',
    priors: { a: prior.a, b: prior.b, c: 1, d: 1 },
    leaks: { seizure: 0.005, focal: 0.001, 'focal-aware': 0.001, generalized: 0.001, ataxia: 0.001, tremor: 0.001, movement: 0.005 },
    likelihoods: { generalized: { a: [0.9], b: [0.02] }, tremor: { a: [0.02], b: [0.9], d: [0.5] }, 'focal-aware': { c: [0.01] }, seizure: { c: [0.9] } },
    parents: { focal: ['seizure'], 'focal-aware': ['focal'], generalized: ['seizure'], ataxia: ['movement'], tremor: ['movement'] },
    exemplars: { version: 1, enabled: true, weight: 1, top: 4, source: 'test', cases: {} },
  });
}

function setup(query: string[], prior = { a: 1, b: 1 }) {
  const m = model(prior);
  const ex = exemplarsOf(compileModel(m))!;
  return { m, ex, q: prepareQuery(ex.index, query), c: (id: string) => m.conditions.findIndex((x) => x.id === id) };
}

test('powers 0 give the plain halves exactly, for every profile', () => {
  const { m, ex, q } = setup(['generalized', 'ataxia']);
  const w = frequencyWeights(m, ex.index, 0, 0);
  for (let c = 0; c < 4; c++) {
    assert.equal(weightedBackHalf(ex.index, q, w, c), backHalf(ex.index, q, ex.index.profiles, c));
    assert.equal(weightedForwardHalf(ex.index, q, w, c), forwardHalf(ex.index, q, ex.index.profiles, c));
  }
});

test('a profile whose frequent feature the patient shows matches better than one whose very rare feature it shows', () => {
  const { m, ex, q, c } = setup(['generalized']);
  const plain = frequencyWeights(m, ex.index, 0, 0);
  assert.equal(weightedBackHalf(ex.index, q, plain, c('a')), weightedBackHalf(ex.index, q, plain, c('b')));
  const back = frequencyWeights(m, ex.index, 1, 0);
  // a: (0.9 x IC(generalized) + 0.02 x 0) / (2 x 0.92); b: (0.02 x IC(generalized)) / (2 x 0.92).
  const ic = ex.index.ic[ex.index.termIndex.get('generalized')!]!;
  assert.ok(Math.abs(weightedBackHalf(ex.index, q, back, c('a')) - (0.9 * ic) / 1.84) < 1e-12);
  assert.ok(Math.abs(weightedBackHalf(ex.index, q, back, c('b')) - (0.02 * ic) / 1.84) < 1e-12);
  const fwd = frequencyWeights(m, ex.index, 0, 1);
  assert.ok(Math.abs(weightedForwardHalf(ex.index, q, fwd, c('a')) - (0.9 * ic) / 2) < 1e-12);
  assert.ok(weightedForwardHalf(ex.index, q, fwd, c('b')) < weightedForwardHalf(ex.index, q, fwd, c('a')));
  assert.ok(weightedForwardHalf(ex.index, q, fwd, c('a')) <= q.selfHalf);
});

test('a patient term takes the best IC x weight over its shared ancestors, not only the most informative one', () => {
  const { m, ex, q, c } = setup(['focal']);
  const ic = (id: string) => ex.index.ic[ex.index.termIndex.get(id)!]!;
  const fwd = frequencyWeights(m, ex.index, 0, 1);
  // focal reaches c's closure at focal (P 0.01, from focal-aware) and at seizure (P 0.9, listed itself).
  const want = Math.max(ic('focal') * 0.01, ic('seizure') * 0.9) / 2;
  assert.ok(Math.abs(weightedForwardHalf(ex.index, q, fwd, c('c')) - want) < 1e-12);
  assert.ok(want > (ic('focal') * 0.01) / 2);
});

test('relative weights divide each profile by its own highest P: the forward credit no longer discounts a whole profile', () => {
  const { m, ex, q, c } = setup(['tremor']);
  const ic = (id: string) => ex.index.ic[ex.index.termIndex.get(id)!]!;
  const abs = frequencyWeights(m, ex.index, 0, 1);
  const rel = frequencyWeights(m, ex.index, 0, 1, true);
  // d lists tremor alone at 0.5: absolute weight 0.5, relative 1 (unweighted); b's tremor is its highest P (0.9): 1.
  assert.ok(Math.abs(weightedForwardHalf(ex.index, q, abs, c('d')) - (0.5 * ic('tremor')) / 2) < 1e-12);
  assert.ok(Math.abs(weightedForwardHalf(ex.index, q, rel, c('d')) - ic('tremor') / 2) < 1e-12);
  assert.ok(Math.abs(weightedForwardHalf(ex.index, q, rel, c('b')) - ic('tremor') / 2) < 1e-12);
  // a's tremor (0.02) against its highest (0.9): the ordering within the profile stays.
  assert.ok(Math.abs(weightedForwardHalf(ex.index, q, rel, c('a')) - Math.max((0.02 / 0.9) * ic('tremor'), ic('movement') * (0.02 / 0.9)) / 2) < 1e-12);
  // The back half is normalised by its weights' sum: relative and absolute agree.
  const b1 = frequencyWeights(m, ex.index, 1, 0);
  const b1r = frequencyWeights(m, ex.index, 1, 0, true);
  for (let k = 0; k < 4; k++) assert.ok(Math.abs(weightedBackHalf(ex.index, q, b1, k) - weightedBackHalf(ex.index, q, b1r, k)) < 1e-12);
});

test('the re-rank with frequency weights lifts the condition whose frequent feature the patient shows', () => {
  // b's prior outweighs a's likelihood for generalized seizures (100 x 0.02 against 0.9); plain similarity: a and b alike.
  const m = model({ a: 1, b: 100 });
  const cm = compileModel(m);
  const ex = exemplarsOf(cm)!;
  const st = observe(initialBelief(cm, 30, 'female'), [{ id: 'generalized', present: true }]);
  const first = (r: { order: readonly number[] }) => m.conditions[r.order[0]!]!.id;
  assert.equal(first(fuseRanking(ex, st, posterior(st), { weight: 3 })), 'b');
  assert.equal(first(fuseRanking(ex, st, posterior(st), { weight: 3, backFrequencyPower: 1, forwardFrequencyPower: 1 })), 'a');
  // Its explanation would describe the plain similarity, so it is refused.
  const r = fuseRanking(ex, st, posterior(st), { weight: 3, backFrequencyPower: 1 });
  assert.equal(r.frequencyWeighted, true);
  assert.throws(() => explainFusion(ex, r, 0), /frequency-weighted/);
  assert.equal(fuseRanking(ex, st, posterior(st), { weight: 3 }).frequencyWeighted, false);
});

test('the re-rank passes relativeFrequency on: its similarity is that of the relative weights', () => {
  const m = model({ a: 1, b: 1 });
  const cm = compileModel(m);
  const ex = exemplarsOf(cm)!;
  const d = m.conditions.findIndex((x) => x.id === 'd');
  const st = observe(initialBelief(cm, 30, 'female'), [{ id: 'tremor', present: true }]);
  const simOfD = (r: { order: readonly number[]; similarity: Float64Array }) => r.similarity[r.order.indexOf(d)]!;
  const abs = fuseRanking(ex, st, posterior(st), { forwardFrequencyPower: 1 });
  const rel = fuseRanking(ex, st, posterior(st), { forwardFrequencyPower: 1, relativeFrequency: true });
  const q = prepareQuery(ex.index, ['tremor']);
  const w = frequencyWeights(m, ex.index, 0, 1, true);
  // d lists tremor alone (P 0.5): relative weight 1, so its similarity rises above the absolute one.
  assert.ok(Math.abs(simOfD(rel) - (weightedForwardHalf(ex.index, q, w, d) + weightedBackHalf(ex.index, q, w, d))) < 1e-12);
  assert.ok(simOfD(rel) > simOfD(abs) + 1e-6);
});

test('training cases weighed by their condition: a case term the condition rarely shows counts little', () => {
  const m = model({ a: 1, b: 1 });
  const withCases: KnowledgeModel = { ...m, exemplars: { ...m.exemplars!, cases: { a: [['generalized', 'tremor']], c: [['focal-aware']] } } };
  const cm = compileModel(withCases);
  const ex = exemplarsOf(cm)!;
  const q = prepareQuery(ex.index, ['generalized']);
  const ic = ex.index.ic[ex.index.termIndex.get('generalized')!]!;
  const row = ex.caseStart[0]!;
  const plain = caseFrequencyWeights(withCases, ex.index, ex.cases, ex.caseStart, 0, 0);
  assert.equal(weightedBackHalf(ex.index, q, plain, row, ex.cases), backHalf(ex.index, q, ex.cases, row));
  const w = caseFrequencyWeights(withCases, ex.index, ex.cases, ex.caseStart, 1, 1);
  // a's case lists generalized (a's P 0.9) and tremor (a's P 0.02): back (0.9 x IC) / (2 x 0.92), forward 0.9 x IC / 2.
  assert.ok(Math.abs(weightedBackHalf(ex.index, q, w, row, ex.cases) - (0.9 * ic) / 1.84) < 1e-12);
  assert.ok(Math.abs(weightedForwardHalf(ex.index, q, w, row, ex.cases) - (0.9 * ic) / 2) < 1e-12);
  // The re-rank reads them only when asked: a patient with exactly the case's terms matches the plain case fully, the
  // weighted case (forward credits weighed) less.
  const st = observe(initialBelief(cm, 30, 'female'), [{ id: 'generalized', present: true }, { id: 'tremor', present: true }]);
  const r0 = fuseRanking(ex, st, posterior(st), { weight: 1, backFrequencyPower: 0, forwardFrequencyPower: 1 });
  const r1 = fuseRanking(ex, st, posterior(st), { weight: 1, backFrequencyPower: 0, forwardFrequencyPower: 1, frequencyCases: true });
  const simA = (r: typeof r0) => r.similarity[r.order.indexOf(0)]!;
  assert.equal(r0.best[r0.order.indexOf(0)], 0);
  assert.ok(simA(r1) < simA(r0));
});

test('a training case is weighed by the condition that owns it, whatever its row, and profile and case weights stay apart', () => {
  // b's case is row 0 of the case table although b is the second condition.
  const m = model({ a: 1, b: 1 });
  const withCases: KnowledgeModel = { ...m, exemplars: { ...m.exemplars!, cases: { b: [['generalized', 'tremor']] } } };
  const ex = exemplarsOf(compileModel(withCases))!;
  assert.equal(ex.caseStart[1], 0);
  const q = prepareQuery(ex.index, ['generalized']);
  const ic = ex.index.ic[ex.index.termIndex.get('generalized')!]!;
  // The profiles' weights of the same powers are built first: the cases' must not be taken for them.
  const pw = frequencyWeights(withCases, ex.index, 1, 1);
  const cw = caseFrequencyWeights(withCases, ex.index, ex.cases, ex.caseStart, 1, 1);
  assert.notEqual(cw, pw);
  assert.equal(cw.specific.length, ex.cases.specific.length);
  // b shows generalized seizures rarely (P 0.02) and tremor often (0.9): back 0.02 x IC / (2 x 0.92), forward 0.02 x IC / 2.
  assert.ok(Math.abs(weightedBackHalf(ex.index, q, cw, 0, ex.cases) - (0.02 * ic) / 1.84) < 1e-12);
  assert.ok(Math.abs(weightedForwardHalf(ex.index, q, cw, 0, ex.cases) - (0.02 * ic) / 2) < 1e-12);
});

test('a frequency power that is negative or not finite is refused with a coded error naming the option', () => {
  const m = model({ a: 1, b: 1 });
  const cm = compileModel(m);
  const ex = exemplarsOf(cm)!;
  const st = observe(initialBelief(cm, 30, 'female'), [{ id: 'generalized', present: true }]);
  const refused = (opts: FuseOptions, path: string) =>
    assert.throws(() => fuseRanking(ex, st, posterior(st), opts), (e: unknown) => e instanceof InputError && e.issues[0]!.code === 'range' && e.issues[0]!.path === path);
  refused({ backFrequencyPower: -1 }, '$.backFrequencyPower');
  refused({ forwardFrequencyPower: Number.NaN }, '$.forwardFrequencyPower');
  refused({ forwardFrequencyPower: Number.POSITIVE_INFINITY }, '$.forwardFrequencyPower');
  assert.doesNotThrow(() => fuseRanking(ex, st, posterior(st), { backFrequencyPower: 0, forwardFrequencyPower: 2 }));
});
