import assert from 'node:assert/strict';
import { test } from 'node:test';
import { noteReader } from '../../testkit/note-findings.js';

// The built-in broad model as shipped: "acute rise in creatinine" is its finding (tests.json, KDIGO 2012).
const found = noteReader(70, 'male');

test('creatinine at least 1.5 times its stated baseline is an acute rise (KDIGO 2012)', () => {
  assert.equal(found('Cr 2.6 mg/dL, up from 1.1.').get('creatinine-rise'), true);
  assert.equal(found('Creatinine 3.0 mg/dL from a baseline of 1.1.').get('creatinine-rise'), true);
  assert.equal(found('Creatinine 3.4 mg/dL (baseline 1.0).').get('creatinine-rise'), true);
});

test('below 1.5 times, or a next value that is no baseline: no rise', () => {
  assert.equal(found('Creatinine 1.2 mg/dL (baseline 1.0).').has('creatinine-rise'), false);
  assert.equal(found('Creatinine 2.1 mg/dL, 30 minutes later BUN 40.').has('creatinine-rise'), false);
  const f = found('Creatinine 2.1 mg/dL, BUN 30 mg/dL.');
  assert.equal(f.get('creatinine-high'), true);
  assert.equal(f.has('creatinine-rise'), false);
});

test('a rise written inside the reading ("rose from 0.9 to 3.8") counts when it is 1.5 times or more', () => {
  const f = found('Creatinine rose from 0.9 to 3.8 mg/dL.');
  assert.equal(f.get('creatinine-rise'), true);
  assert.equal(f.get('creatinine-high'), true, 'the value after "to" is the current one');
  assert.equal(found('Creatinine went up from 1.8 to 2.0 mg/dL.').has('creatinine-rise'), false);
});

test('a time cue of the baseline dates the baseline, not the rise or the current value', () => {
  for (const note of ['Creatinine 312 umol/L (baseline 96 three months ago).', 'Creatinine 3.4 mg/dL (baseline 1.0 two months ago), K 5.9.', 'Cr 2.6, up from 1.1 last month, K 5.9.']) {
    const f = found(note);
    assert.equal(f.get('creatinine-rise'), true, note);
    assert.equal(f.get('creatinine-high'), true, note);
  }
  // A past history told before the value still dates it.
  assert.notEqual(found('Creatinine 1.0 mg/dL three years ago.').get('creatinine-high'), true);
});

test('a bracket\'s dated earlier value: the date is that value\'s, and a creatinine\'s is its baseline within months', () => {
  // The historical cue inside the brackets dates the bracket's own number, not the current reading before them.
  const na = found('Na 118 mmol/L (135 a month ago).');
  assert.equal(na.get('sodium-low'), true);
  const plt = found('Platelets 1,140 x10^9/L (918 three months ago, 880 last year).');
  assert.equal(plt.get('platelets-high'), true);
  assert.equal(found('Hb 100 g/L (baseline 140 two years ago).').get('hemoglobin-low'), true);
  // With no value of its own inside, a bracketed time still dates what it follows.
  assert.equal(found('Seizure.').get('seizures'), true);
  assert.equal(found('Seizure (2 years ago).').has('seizures'), false);
  // A dated earlier creatinine within months is a baseline (KDIGO 2012: AKI and acute kidney disease, 3 months).
  const cr = found('Creatinine 2.3 mg/dL (0.8 three months ago).');
  assert.equal(cr.get('creatinine-high'), true);
  assert.equal(cr.get('creatinine-rise'), true);
  assert.equal(found('Creatinine 250 umol/L (80 a month ago).').get('creatinine-rise'), true);
  // A year back is chronic kidney disease's time scale; an undated bracketed number is no baseline.
  assert.equal(found('Creatinine 250 umol/L (80 last year).').has('creatinine-rise'), false);
  assert.equal(found('Creatinine 250 umol/L (80), urea 20.').has('creatinine-rise'), false);
});
