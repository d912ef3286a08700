import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeModel } from '../../testkit/model-fixture.js';
import { runSpeed } from './speed.js';

test('the speed report has notes throughput (plain and values) and step quantiles, wall and CPU', () => {
  const r = runSpeed(makeModel(), { mb: 0.02, cases: 20 });
  for (const n of [r.notes.plain, r.notes.values]) {
    assert.ok(n.notes >= 1 && n.noteChars > 0);
    assert.ok(n.mbPerSecWall > 0 && n.mbPerSecCpu > 0);
  }
  assert.ok(r.notes.values.findingsPerNote >= 0);
  assert.equal(r.step.steps, (20 - 2) * 5, 'the first tenth of the cases warms up and is not timed');
  assert.ok(r.step.p50MsWall <= r.step.p99MsWall && r.step.p99MsWall <= r.step.maxMsWall);
});
