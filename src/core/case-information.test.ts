import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withCaseInformation } from './case-information.js';
import { compileModel } from './compile.js';
import { exemplarsOf } from './exemplar-rank.js';
import type { KnowledgeModel } from './model.js';
import { matchScore, prepareQuery } from './similarity.js';
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
