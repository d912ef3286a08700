/**
 * Facility and business names read by their head noun (facility-heads.ts, session 24): what it takes (a name no word
 * list holds before a care, school, business or club head) and what stays (a head after generic, clinical or eponym
 * words only). Every name and place is invented.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { found, has } from '../../testkit/deid-pieces.js';

const places = (t: string) => found(t).filter((p) => p.startsWith('LOCATION:'));

test('facility and business names are read by their head', () => {
  assert.ok(has('Ardmore Day Nursery rang about a rash.', 'Ardmore Day Nursery', 'LOCATION'));
  assert.ok(has('Okonjo & Sons Funeral Directors have been told.', 'Okonjo & Sons Funeral Directors', 'LOCATION'));
  assert.ok(has('Trevithick Solicitors hold the LPA.', 'Trevithick Solicitors', 'LOCATION'));
  assert.ok(has('Penhallow Primary asked for a care plan.', 'Penhallow Primary', 'LOCATION'));
  assert.ok(has('Llanwern Cricket Club first aider called 999.', 'Llanwern Cricket Club', 'LOCATION'));
  assert.ok(has('Caerleon health centre, nurse review booked.', 'Caerleon health centre', 'LOCATION'));
  assert.ok(has('Rosslare Maternity discharge summary attached.', 'Rosslare Maternity', 'LOCATION'));
  assert.ok(has('Pendlebury Farm, where he works, has cattle.', 'Pendlebury Farm', 'LOCATION'));
  assert.ok(has('Ystrad Mynach Garage owner is the next of kin.', 'Ystrad Mynach Garage', 'LOCATION'));
});

test('a head after generic, clinical or eponym words only stays', () => {
  for (const t of ['The Surgery rang to confirm.', 'Hospital at Home team visited.', 'Eye Unit review in 6 weeks.',
    'Day Nursery staff noted a rash.', 'Primary Care team aware.', 'Whipple Surgery in 2019.', 'Bariatric Surgery follow up.',
    'Medical School teaching.', 'Spinal Surgery review.', 'Royal College guidance followed.', 'Community Hospital bed requested.',
    'Minor Injuries Unit seen.', 'Renal Unit aware.', 'Funeral Directors contacted by the family.', 'Cricket Club injury last week.',
    'Sixth Form College student.', 'Nursing Home placement sought.']) assert.deepEqual(places(t), [], t);
});
