import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lowerBound } from './lower-bound.js';

test('lowerBound finds the first item that does not sort before the key', () => {
  const words = ['ab', 'abc', 'b', 'bd', 'c'];
  assert.equal(lowerBound(words.length, (i) => (words[i] as string) < 'b'), 2);
  assert.equal(lowerBound(words.length, (i) => (words[i] as string) < 'bb'), 3);
  assert.equal(lowerBound(words.length, (i) => (words[i] as string) < 'a'), 0);
  assert.equal(lowerBound(words.length, (i) => (words[i] as string) < 'd'), 5);
  assert.equal(lowerBound(0, () => true), 0);
});

test('lowerBound on starts with repeats returns the first of equal keys', () => {
  const starts = [1, 4, 4, 4, 9];
  assert.equal(lowerBound(starts.length, (i) => (starts[i] as number) < 4), 1);
  assert.equal(lowerBound(starts.length, (i) => (starts[i] as number) < 5), 4);
});
