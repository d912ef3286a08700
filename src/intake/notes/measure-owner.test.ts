/**
 * What a measurement belongs to (`measure-owner.ts`), read with the shipped broad model: a valve area to the
 * valve named with it, a QRS width in a paced rhythm to the pacemaker.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { noteReader } from '../../testkit/note-findings.js';

const found = noteReader(60, 'male');

test('a valve area belongs to the valve named with it: a mitral valve area is no aortic stenosis', () => {
  for (const note of [
    'Echo: mitral valve area 1.0 cm2, mean gradient 12 mmHg.',
    'Echo: rheumatic mitral stenosis, valve area 1.0 cm2 by planimetry.',
    'Echo: tricuspid valve area 1.0 cm2.',
    'Echo: pulmonary valve area 0.8 cm2.',
  ]) assert.equal(found(note).has('echo-aortic-stenosis'), false, note);
  for (const note of [
    'Echo: aortic valve area 0.8 cm2.',
    'Echo: valve area 0.8 cm2.',
    'Echo: mitral valve normal, aortic valve area 0.8 cm2.',
    'Echo: severe aortic stenosis, valve area 0.7 cm2, mitral valve normal.',
    'Echo: pulmonary artery pressure 45 mmHg, valve area 0.8 cm2.',
  ]) assert.equal(found(note).get('echo-aortic-stenosis'), true, note);
});

test('a QRS width in a paced rhythm is the paced complex, no conduction disturbance', () => {
  assert.equal(found('ECG: paced rhythm, QRS 120 ms.').has('ecg-conduction-abnormality'), false);
  assert.equal(found('Pacemaker check: ventricular paced rhythm, QRS 150 ms.').has('ecg-conduction-abnormality'), false);
  assert.equal(found('ECG: sinus rhythm, QRS 150 ms.').get('ecg-conduction-abnormality'), true);
});
