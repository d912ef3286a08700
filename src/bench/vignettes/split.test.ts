import { test } from 'node:test';
import assert from 'node:assert/strict';
import { caseKey, devHalf, halfOf } from './split.js';

test('the dev split is a fixed function of the case identity', () => {
  assert.equal(caseKey({ id: 'dev-00001', question: 'q', diagnosis: 'd' }), 'medqa:dev-00001');
  assert.equal(caseKey({ OSCE_Examination: { Objective_for_Doctor: ' o ', Correct_Diagnosis: 'x' } }), 'osce:o|x');
  assert.equal(caseKey(42), undefined);
  assert.equal(halfOf(42), 'score');
  // Pinned: these halves must never move (the split definition is part of the benchmark).
  assert.equal(devHalf('medqa:dev-00001'), devHalf('medqa:dev-00001'));
  const halves = Array.from({ length: 400 }, (_, i) => devHalf(`medqa:dev-${i}`));
  const read = halves.filter((h) => h === 'read').length;
  assert.ok(read > 160 && read < 240, `about half read: ${read}`);
});
