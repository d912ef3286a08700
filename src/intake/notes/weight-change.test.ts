import assert from 'node:assert/strict';
import { test } from 'node:test';
import { noteReader } from '../../testkit/note-findings.js';

// The built-in broad model as shipped: "weight loss" is its finding `recent-weight-loss`.
const found = noteReader(60, 'female');

test('a weight written with an earlier one 5% or more higher is weight loss (Gaddey & Holder 2014)', () => {
  for (const note of ['Weight dropped from 60 to 52 kg.', 'Weight has fallen from 72 kg to 64 kg over 4 months.', 'Weight 52 kg, down from 60 kg three months ago.', 'Weight 150 lb, down from 170 lb.']) {
    assert.equal(found(note).get('recent-weight-loss'), true, note);
  }
  assert.equal(found('Weight 70 kg (previously 71 kg).').has('recent-weight-loss'), false, 'under 5%');
});

test('"lost N kg" is weight loss when it is 5% of the weight, or 3 kg when no weight is written', () => {
  assert.equal(found('Lost 8 kg in 3 months.').get('recent-weight-loss'), true);
  assert.equal(found('She lost 10 lbs.').get('recent-weight-loss'), true);
  assert.equal(found('Weight 80 kg, lost 2 kg.').has('recent-weight-loss'), false);
  assert.equal(found('Lost 1 kg.').has('recent-weight-loss'), false);
});

test('pounds are converted by the UCUM factor (0.45359237 kg), the one ucum.ts gives every reading', () => {
  // 6.6138 lb is 2.99997 kg by UCUM, just under the 3 kg threshold (a 4-digit 0.4536 made it 3.00002).
  assert.equal(found('Lost 6.6138 lb.').has('recent-weight-loss'), false);
  assert.equal(found('Lost 6.62 lb.').get('recent-weight-loss'), true);
  assert.equal(found('Lost 7 pounds.').get('recent-weight-loss'), true, 'a unit spelled out');
});
