/**
 * Exercise-test results (`exercise-test.ts`): an ST finding written of an exercise ECG, or the test's verdict word,
 * is the model's stress-test finding (ACC/AHA 2002 exercise-testing guideline).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { noteReader } from '../../testkit/note-findings.js';

const found = noteReader(58, 'male');

test('an ST depression written of an exercise ECG is a positive stress test, and keeps its own ECG finding', () => {
  const f = found('Exercise ECG (Bruce): 2.5 mm horizontal ST depression V4-V6 at 7 METs with chest tightness.');
  assert.equal(f.get('stress-test-positive'), true);
  assert.equal(f.get('ecg-st-depression'), true);
  assert.equal(found('During an exercise treadmill test he develops 2-mm horizontal ST depression.').get('stress-test-positive'), true);
  assert.equal(found('Exercise test positive for ischaemia at 5 METs.').get('stress-test-positive'), true);
});

test('a negative verdict or a denied ischaemic change is a negative stress test', () => {
  assert.equal(found('Resting ECG normal. Exercise ECG to 10.1 METs negative.').get('stress-test-positive'), false);
  assert.equal(found('Exercise treadmill test: 11 min Bruce, no ischaemic change.').get('stress-test-positive'), false);
});

test('no exercise test named: an ST finding is the ECG\'s only, and "exercise tolerance" is no test', () => {
  const rest = found('Resting ECG: ST depression in V5.');
  assert.equal(rest.get('ecg-st-depression'), true);
  assert.equal(rest.has('stress-test-positive'), false);
  assert.equal(found('Exercise tolerance 2 blocks, ST depression on ECG.').has('stress-test-positive'), false);
  assert.equal(found('During a forearm exercise test, venous ammonia rises.').has('stress-test-positive'), false);
  // "ETT" in a ward or ICU note is the endotracheal tube.
  assert.equal(found('ETT in situ, ECG: ST elevation in V2-V4.').has('stress-test-positive'), false);
});
