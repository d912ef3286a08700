import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatContribution, formatProbability } from './display.js';

test('probabilities are shown at an honest resolution', () => {
  assert.equal(formatProbability(1), '>99%');
  assert.equal(formatProbability(0.9999), '>99%');
  assert.equal(formatProbability(0.994), '99%');
  assert.equal(formatProbability(0.3749), '37%');
  assert.equal(formatProbability(0.04), '4%');
  assert.equal(formatProbability(0.0094), '0.9%');
  assert.equal(formatProbability(0.0004), '<0.1%');
  assert.equal(formatProbability(0), '<0.1%');
});

test('contributions are shown to one decimal and bounded', () => {
  assert.equal(formatContribution(55.28), '>+10');
  assert.equal(formatContribution(-12), '<-10');
  assert.equal(formatContribution(2.345), '+2.3');
  assert.equal(formatContribution(-0.04), '-0.0');
  assert.equal(formatContribution(0.96), '+1.0');
});
