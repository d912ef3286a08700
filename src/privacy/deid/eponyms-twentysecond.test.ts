/**
 * A grading system named after a person, with its grade, is no one (issue 14, twenty-second session, deid-clean3):
 * "Robson group 1", "Hughes disability grade 4", "Charnley class B". Sentences written for the rule, not drawn from any
 * check set. The PHI-free ones fail on the start tree `63d2e27`; the person counter-cases (a title, a given name, a
 * clause about a person) must still report their names.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectPhi, reportedSpans } from './detect.js';

const reported = (t: string): string[] => reportedSpans(detectPhi(t)).map((s) => `${s.type}:${t.slice(s.start, s.end)}`);

test('an eponym with a grade word and its value names a classification', () => {
  for (const t of [
    'Guillain-Barré syndrome, Hughes disability grade 4. IVIg started.',
    'Labour: Robson group 1. Group B strep negative.',
    'Cup position 45 degrees. Charnley class B. Robot not used.',
    'Hip dysplasia, Crowe class II on the left.',
  ]) assert.deepEqual(reported(t), [], t);
});

test('a title, a given name or a clause keeps the person before a grade word', () => {
  assert.deepEqual(reported('Seen by Dr Hughes grade 4 today.'), ['NAME:Hughes']);
  assert.deepEqual(reported('Dr Wells saw her in clinic.'), ['NAME:Wells']);
  assert.deepEqual(reported('Mr Gleason attended with his wife.'), ['NAME:Gleason']);
  assert.deepEqual(reported('Anna Robson group 1 labour, midwife-led.'), ['NAME:Anna Robson']);
  assert.ok(reported('Wells, Anna reviewed the results.').includes('NAME:Anna'));
});
