import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cohenKappa, references, studyMetrics, type StudyCaseOutcome } from './study-metrics.js';

const mk = (o: Partial<StudyCaseOutcome>): StudyCaseOutcome => ({ age: 40, sex: 'female', truth: [], ranked: [], cantMiss: [], cantMissIds: new Set(), costUsd: 0, ...o });

describe('cohenKappa', () => {
  it('is 1 for perfect agreement, 0 at chance, negative below chance', () => {
    assert.equal(cohenKappa([['a', 'a'], ['b', 'b']]), 1);
    // 2x2 with po = 0.5 and pe = 0.5.
    assert.equal(cohenKappa([['a', 'a'], ['a', 'b'], ['b', 'a'], ['b', 'b']]), 0);
    assert.ok(cohenKappa([['a', 'b'], ['b', 'a']])! < 0);
    assert.equal(cohenKappa([]), null);
  });
  it('matches a textbook value', () => {
    // 50 items: yes/yes 20, yes/no 5, no/yes 10, no/no 15 → po 0.7, pe 0.5, kappa 0.4.
    const pairs: [string, string][] = [
      ...Array<[string, string]>(20).fill(['y', 'y']), ...Array<[string, string]>(5).fill(['y', 'n']),
      ...Array<[string, string]>(10).fill(['n', 'y']), ...Array<[string, string]>(15).fill(['n', 'n']),
    ];
    assert.ok(Math.abs(cohenKappa(pairs)! - 0.4) < 1e-12);
  });
});

describe('studyMetrics', () => {
  const cases = [
    mk({ sex: 'female', age: 30, truth: ['a'], ranked: [{ id: 'a', p: 0.8 }, { id: 'b', p: 0.2 }], costUsd: 10 }),
    mk({ sex: 'male', age: 70, truth: ['b'], ranked: [{ id: 'a', p: 0.6 }, { id: 'b', p: 0.4 }], costUsd: 30, cantMissIds: new Set(['b']) }),
    mk({ sex: 'male', age: 50, ranked: [{ id: 'c', p: 0.9 }] }),
  ];
  const reviews = [
    { caseIndex: 0, reviewerId: 'r1', differential: ['a'], ratings: [{ condition_id: 'a', rating: 'correct' as const }] },
    { caseIndex: 1, reviewerId: 'r1', differential: ['b'], ratings: [{ condition_id: 'a', rating: 'wrong' as const }] },
    { caseIndex: 2, reviewerId: 'r1', differential: ['c'], ratings: null },
    { caseIndex: 2, reviewerId: 'r2', differential: ['d'], ratings: null },
  ];
  const m = studyMetrics(cases, reviews);

  it('takes the majority of reviewers as reference when a case has none (ties by id)', () => {
    assert.deepEqual(references(cases, reviews)[2], ['c']);
  });
  it('computes accuracy overall and by group, top-k concordance and cost', () => {
    assert.equal(m.accuracy.n, 3);
    assert.ok(Math.abs(m.accuracy.top1! - 2 / 3) < 1e-12);
    assert.equal(m.accuracy.top3, 1);
    assert.deepEqual(m.accuracy_by_sex.find((g) => g.group === 'male'), { group: 'male', n: 2, top1: 0.5, top3: 1 });
    assert.equal(m.accuracy_by_age.find((g) => g.group === '0-17')!.n, 0);
    assert.equal(m.top_k_concordance[0]!.rate, 0.5);
    assert.equal(m.cost_per_case_usd.mean, 40 / 3);
    assert.equal(m.cost_per_case_usd.median, 10);
    assert.equal(m.n_rated, 2);
  });
  it('finds the cases of disagreement and the cant-miss recall', () => {
    assert.deepEqual(m.disagreements.map((d) => d.case_index), [1, 2]);
    // Case 1's reference is can't-miss and the model listed it.
    assert.equal(m.cant_miss_recall, 1);
    assert.ok(m.calibration.ece !== null && m.calibration.ece >= 0 && m.calibration.ece <= 1);
  });
});
