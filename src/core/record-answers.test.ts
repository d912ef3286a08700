import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compileModel } from './compile.js';
import { diagnoseBelief } from './diagnose.js';
import { loadModel } from '../testkit/builtin-models.js';
import { beliefFromCase } from './posterior.js';
import { answeredFindings, withRecordAnswers } from './record-answers.js';

const model = loadModel('primary-care');
const cm = compileModel(model);
const ids = (fis: readonly number[]): string[] => fis.map((fi) => cm.findings[fi]!.def.id);

test('vital signs partly in the record count as taken: the rest are not asked again', () => {
  const obs = [{ id: 'fever', present: true }, { id: 'hypoxemia', present: true }, { id: 'tachypnea', present: true }, { id: 'cough', present: true }];
  const skipped = ids(answeredFindings(cm, obs));
  assert.ok(skipped.includes('tachycardia') && skipped.includes('hypotension'), skipped.join(' '));
  const d = diagnoseBelief(withRecordAnswers(beliefFromCase(cm, { age: 66, sex: 'female', findings: obs })), { mode: 'no-budget' });
  assert.ok(!d.nextActions.some((a) => a.actionId === 'exam:vitals'), d.nextActions.map((a) => a.actionId).join(' '));
});

test('one result shared with a larger panel does not mark the panel done', () => {
  // A sodium alone is 2 of the metabolic panels' 10-14 results: those panels stay orderable.
  const skipped = ids(answeredFindings(cm, [{ id: 'sodium-low', present: true }]));
  assert.ok(!skipped.includes('potassium-high'), skipped.join(' '));
  assert.deepEqual(answeredFindings(cm, []), []);
});
