/** Tests of the annotation-frequency calibration (calibrate.ts): classes, recorded rates, shrinkage. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { frequencyClass, measureCalibration, recordedRate, annotationClasses } from './calibrate.js';

test('frequencyClass reads HPO frequency terms, n/m and percent into bands, and empty as none', () => {
  assert.equal(frequencyClass('HP:0040281', 0.9), 'very-frequent');
  assert.equal(frequencyClass('3/4', 0.75), 'frequent');
  assert.equal(frequencyClass('4/4', 1), 'obligate');
  assert.equal(frequencyClass('2%', 0.02), 'very-rare');
  assert.equal(frequencyClass('', undefined), 'none');
});

test('measureCalibration: the recorded rate is the mean over annotations of the weighted share of cases recording the term', () => {
  const cases = [
    { weight: 1, closure: new Set(['A', 'B']) },
    { weight: 1, closure: new Set(['A']) },
  ];
  const many = Array.from({ length: 20 }, () => ({ annotations: new Map([['A', 'frequent' as const], ['B', 'frequent' as const]]), cases }));
  const cal = measureCalibration(many, (t) => (t === 'A' ? 'x' : 'y'), 0);
  assert.equal(cal.support.frequent, 40);
  assert.equal(cal.rate.frequent, 0.75);
  assert.equal(recordedRate(cal, 'frequent', 'x'), 1);
  assert.equal(recordedRate(cal, 'frequent', 'y'), 0.5);
  assert.equal(recordedRate(cal, 'occasional', undefined), undefined, 'no support: no rate');
  const shrunk = measureCalibration(many, (t) => (t === 'A' ? 'x' : 'y'), 20);
  assert.equal(recordedRate(shrunk, 'frequent', 'x'), (20 + 20 * 0.75) / 40);
});

test('annotationClasses keeps the highest class of duplicate annotations and skips NOT', () => {
  const d = { id: 'OMIM:1', name: 'x', onsets: [], inheritance: [], phenotypes: [
    { term: 'A', frequency: 0.17, frequencyText: 'HP:0040283', not: false },
    { term: 'A', frequency: 0.9, frequencyText: 'HP:0040281', not: false },
    { term: 'B', frequency: undefined, frequencyText: '', not: true },
  ] };
  assert.deepEqual([...annotationClasses(d, (t) => t)], [['A', 'very-frequent']]);
});
