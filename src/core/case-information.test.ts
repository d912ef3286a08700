import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withCaseInformation } from './case-information.js';
import { compileModel } from './compile.js';
import { exemplarsOf } from './exemplar-rank.js';
import { InputError } from './issues.js';
import type { KnowledgeModel } from './model.js';
import { matchScore, prepareQuery, type SimilarityIndex } from './similarity.js';
import { treeModel } from '../testkit/model-fixture.js';

/** seizure > generalized; movement > ataxia. a and b list all four; three training cases record generalized seizures, none ataxia. */
function model(): KnowledgeModel {
  return treeModel({
    description: 'case information test',
    priors: { a: 1, b: 1, c: 1 },
    leaks: { seizure: 0.001, generalized: 0.001, movement: 0.001, ataxia: 0.001 },
    likelihoods: { generalized: { a: [0.5], b: [0.5] }, ataxia: { a: [0.5], b: [0.5] }, movement: { c: [0.5] } },
    parents: { generalized: ['seizure'], ataxia: ['movement'] },
    exemplars: { version: 1, enabled: true, weight: 1, top: 3, source: 'test', cases: { a: [['generalized']], b: [['generalized'], ['generalized', 'seizure']] } },
  });
}

test('terms patients are often recorded with carry less information, those never recorded more', () => {
  const ex = exemplarsOf(compileModel(model()))!;
  const id = (t: string) => ex.index.termIndex.get(t)!;
  // Plain IC: generalized and ataxia are listed by the same two of three profiles.
  assert.equal(ex.index.ic[id('generalized')], ex.index.ic[id('ataxia')]);
  const mixed = withCaseInformation(ex, 1);
  // 3 case rows hold generalized, none ataxia: p = (3 + 3 x 2/3) / 6 against (0 + 3 x 2/3) / 6.
  assert.ok(Math.abs(mixed.index.ic[id('generalized')]! + Math.log(5 / 6)) < 1e-12);
  assert.ok(Math.abs(mixed.index.ic[id('ataxia')]! + Math.log(2 / 6)) < 1e-12);
  // The plain index is untouched and a patient with ataxia now matches a's profile better than one with generalized seizures.
  assert.equal(ex.index.ic[id('generalized')], ex.index.ic[id('ataxia')]);
  const score = (e: typeof ex, t: string) => matchScore(e.index, prepareQuery(e.index, [t]), e.index.profiles, 0);
  assert.ok(score(mixed, 'ataxia') > score(mixed, 'generalized'));
  assert.equal(withCaseInformation(ex, 1), mixed);
});

test('a large lambda gives the plain IC back', () => {
  const ex = exemplarsOf(compileModel(model()))!;
  const far = withCaseInformation(ex, 1e9);
  ex.index.ic.forEach((v, t) => assert.ok(Math.abs(far.index.ic[t]! - v) < 1e-6));
});

/**
 * x has two parents, p1 and p2. a lists p1 and p2, b lists p1, so by the profiles p2 is the more informative; b's
 * three training cases all record p2, so by the patients p1 is: the order of x's ancestors flips.
 */
function dagModel(): KnowledgeModel {
  return treeModel({
    description: 'case information order test',
    priors: { a: 1, b: 1 },
    leaks: { x: 0.001, p1: 0.001, p2: 0.001 },
    likelihoods: { p1: { a: [0.5], b: [0.5] }, p2: { a: [0.5] } },
    parents: { x: ['p1', 'p2'] },
    exemplars: { version: 1, enabled: true, weight: 1, top: 2, source: 'test', cases: { b: [['p2'], ['p2'], ['p2']] } },
  });
}

/** x against a's profile (p1, p2), matched through p1: forward IC(p1) / 2, back (IC(p1) + IC(p2)) / 4. */
function throughP1(index: SimilarityIndex): number {
  const ic = (t: string) => index.ic[index.termIndex.get(t)!]!;
  return ic('p1') / 2 + (ic('p1') + ic('p2')) / 4;
}

test('ancestors are re-ordered by the new IC, so a patient term matches through the most informative one', () => {
  const ex = exemplarsOf(compileModel(dagModel()))!;
  const mixed = withCaseInformation(ex, 0.1);
  const { index } = mixed;
  const id = (t: string) => index.termIndex.get(t)!;
  assert.ok(ex.index.ic[id('p2')]! > ex.index.ic[id('p1')]!);
  assert.ok(index.ic[id('p1')]! > index.ic[id('p2')]!);
  for (let t = 0; t < index.termIds.length; t++) {
    for (let j = index.upStart[t]! + 1; j < index.upStart[t + 1]!; j++) assert.ok(index.ic[index.up[j - 1]!]! >= index.ic[index.up[j]!]!);
  }
  const q = prepareQuery(index, ['x']);
  assert.ok(Math.abs(matchScore(index, q, index.profiles, 0) - throughP1(index)) < 1e-12);
});

test('the new index has its own scratch: a query prepared on the plain index between does not disturb it', () => {
  const ex = exemplarsOf(compileModel(dagModel()))!;
  const mixed = withCaseInformation(ex, 0.1);
  const { index } = mixed;
  const q = prepareQuery(index, ['x']);
  prepareQuery(ex.index, ['p2']);
  assert.ok(Math.abs(matchScore(index, q, index.profiles, 0) - throughP1(index)) < 1e-12);
});

test('lambda must be finite and above 0 (a coded error naming it)', () => {
  const ex = exemplarsOf(compileModel(model()))!;
  for (const bad of [0, -1, Number.NaN, Number.POSITIVE_INFINITY]) {
    assert.throws(() => withCaseInformation(ex, bad), (e: unknown) => e instanceof InputError && e.issues[0]!.code === 'range' && e.issues[0]!.path === '$.lambda');
  }
});
