import assert from 'node:assert/strict';
import { test } from 'node:test';
import { auditQuantities } from './quantity-audit.js';

test('the quantity audit: nothing recognised is silently dropped, and the common panels are read', () => {
  const rows = auditQuantities();
  assert.ok(rows.length >= 400);
  assert.deepEqual(rows.filter((r) => r.status === 'silently-dropped').map((r) => r.form.text), []);
  const count = (s: string): number => rows.filter((r) => r.status === s).length;
  // At the sixteenth session's end: 397 in the model, 39 listed as not in it, 8 listed as not judged; not read by design: ranges 'WBC 12-14', 'Fib', 'BE', bare 'PT' (words shared with English).
  assert.ok(count('in-model') >= 397, `in-model ${count('in-model')}`);
  assert.ok(count('not-read') <= 11, `not-read ${count('not-read')}`);
  for (const panel of ['hepatic', 'lipid', 'inflammatory', 'glucose/HbA1c', 'thyroid', 'pregnancy', 'infectious']) {
    assert.deepEqual(rows.filter((r) => r.form.panel === panel && r.status !== 'in-model').map((r) => r.form.text), [], panel);
  }
});
