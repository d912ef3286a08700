/**
 * Lung-function numbers (`lung-function.ts`, ATS/ERS 2005) and table entries of the twenty-seventh session
 * (oxygen desaturation index, anti-TPO in IU/mL, MSU/CSU urine cultures).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { noteReader } from '../../testkit/note-findings.js';

const found = noteReader(50, 'female');

test('a TLC, or an FVC with a normal ratio, below 80% of predicted is a restrictive pattern', () => {
  assert.equal(found('Spirometry: FEV1 2.4 L (64%), FVC 2.9 L (61%), ratio 0.84.').get('spirometry-restriction'), true);
  assert.equal(found('FEV1/FVC 0.81, FVC 71% predicted.').get('spirometry-restriction'), true);
  assert.equal(found('TLC 61% predicted.').get('spirometry-restriction'), true);
  // A low ratio is obstruction; no ratio, or a normal FVC or TLC, says nothing here.
  const obstructed = found('FEV1/FVC 0.55, FVC 60% predicted.');
  assert.equal(obstructed.get('spirometry-obstruction'), true);
  assert.equal(obstructed.has('spirometry-restriction'), false);
  assert.equal(found('FVC 2.4 L (58% predicted), NIF -28.').has('spirometry-restriction'), false);
  assert.equal(found('TLC 85% predicted.').has('spirometry-restriction'), false);
});

test('ODI per hour, anti-TPO in IU/mL and MSU/CSU cultures are read; Oswestry ODI and a bare number are not', () => {
  assert.equal(found('Overnight oximetry: ODI 40/h.').get('sleep-study-apnea'), true);
  assert.equal(found('ODI 38.').has('sleep-study-apnea'), false);
  assert.equal(found('Oswestry: ODI 42%.').has('sleep-study-apnea'), false);
  assert.equal(found('Anti-TPO 880 IU/mL.').get('tpo-antibody-positive'), true);
  assert.equal(found('TPO antibodies 20 IU/mL.').get('tpo-antibody-positive'), false);
  assert.equal(found('CSU: Klebsiella >10^5 CFU/mL.').get('urine-culture-positive'), true);
  assert.equal(found('MSU no growth.').get('urine-culture-positive'), false);
});
