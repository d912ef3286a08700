import assert from 'node:assert/strict';
import { test } from 'node:test';
import { noteReader } from '../../testkit/note-findings.js';

const found = noteReader(45, 'female');

test('a cortisol after low-dose dexamethasone is judged at 1.8 ug/dL, not the morning range (Endocrine Society 2008)', () => {
  for (const note of ['8 am cortisol after 1 mg dexamethasone 9.2 ug/dL.', 'Cortisol after 1 mg dexamethasone 254 nmol/L.', 'Overnight dexamethasone suppression test: cortisol 12 ug/dL.', '1 mg DST cortisol 6.1 ug/dL.']) {
    const f = found(note);
    assert.equal(f.get('cortisol-high'), true, note);
    assert.equal(f.get('cortisol-low'), false, note);
  }
  // Suppressed: neither raised nor (as the morning range would say) low.
  for (const note of ['Cortisol after overnight dexamethasone 0.9 ug/dL.', 'Post-dexamethasone cortisol 30 nmol/L.']) {
    const f = found(note);
    assert.equal(f.get('cortisol-high'), false, note);
    assert.equal(f.get('cortisol-low'), false, note);
  }
});

test('a censored cortisol after dexamethasone is judged by its bound: "<1.0" is suppressed, ">10" raised, "<5" undecided', () => {
  for (const note of ['Post-dexamethasone cortisol <1.0 ug/dL.', 'Cortisol after 1 mg dexamethasone <1 ug/dL.']) {
    const f = found(note);
    assert.equal(f.get('cortisol-high'), false, note);
    assert.equal(f.get('cortisol-low'), false, note);
  }
  assert.equal(found('Cortisol after 1 mg dexamethasone >10 ug/dL.').get('cortisol-high'), true);
  const f = found('Cortisol after 1 mg dexamethasone <5 ug/dL.');
  assert.equal(f.has('cortisol-high'), false);
  assert.equal(f.has('cortisol-low'), false);
});

test('dexamethasone as a treatment, and the high-dose test, are not the screening test', () => {
  assert.equal(found('Cortisol 3 ug/dL, on dexamethasone for COPD.').get('cortisol-low'), true);
  const f = found('Cortisol after 8 mg dexamethasone 9.2 ug/dL.');
  assert.equal(f.has('cortisol-high'), false);
  assert.equal(f.has('cortisol-low'), false);
});
