import { test } from 'node:test';
import assert from 'node:assert/strict';
import { featureRows, featureVocabulary } from './feature-vocabulary.js';

test('the vocabulary keeps features seen in minCount examples, counted once per example, sorted', () => {
  const { vocab, index } = featureVocabulary([{ features: ['b', 'a', 'b'] }, { features: ['c', 'b'] }, { features: ['a'] }], 2);
  assert.deepEqual(vocab, ['a', 'b']);
  assert.deepEqual([...index], [['a', 0], ['b', 1]]);
});

test('feature rows drop features outside the vocabulary and keep order and repeats', () => {
  const { index } = featureVocabulary([{ features: ['x', 'y'] }], 1);
  assert.deepEqual(featureRows(['y', 'z', 'x', 'y'], index), [1, 0, 1]);
});
