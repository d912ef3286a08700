import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compileModel } from '../../core/compile.js';
import { makeModel } from '../../core/fixtures.js';
import { unanswerableByQuestion } from './run.js';

test('findings only a question reveals start skipped unless the record answers them; tests stay open', () => {
  const cm = compileModel(makeModel());
  const ids = (fis: number[]): string[] => fis.map((fi) => cm.findings[fi]!.def.id).sort();
  // The record holds fever (from the vital signs): asking about fever is answerable, the other questions are not.
  const skipped = ids(unanswerableByQuestion(cm, { present: [{ id: 'fever' }], absent: [], values: [] }));
  assert.deepEqual(skipped, ['dyspnea', 'dysuria', 'pain-site', 'risk']);
  assert.ok(!skipped.includes('ddimer-high'), 'a test result is revealed by ordering the test');
});
