/**
 * The feature noun after a place's name (place-features.ts, session 31): a found place or name grows over the
 * lower-case kind of feature written after it; what must stay: a noun that opens a longer phrase ("road traffic
 * collision", "town centre"), a person's estate, an institution's lower-case word. Every name and place is invented.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { found, has } from '../../testkit/deid-pieces.js';

test('a lower-case feature noun after a found place or name is part of it', () => {
  assert.ok(has('Ambulance: pt Kwame Osei found at Eastgate bus station, GCS 14.', 'Eastgate bus station', 'LOCATION'));
  assert.ok(has('Claim: RTC on 14/03/2025 at Beacon Hill roundabout, Trewint; whiplash.', 'Beacon Hill roundabout', 'LOCATION'));
  assert.ok(has('Kenya run sheet: RTA at Kisumu-Busia road near Maseno. Open femur.', 'Kisumu-Busia road', 'LOCATION'));
  // A name read as a person's becomes a place with its noun.
  assert.ok(has('Rig medical: Tarrock Installation: Brora Alpha platform Result: fit.', 'Brora Alpha platform', 'LOCATION'));
});

test('a noun opening a longer phrase, an estate after a person, or a lower-case institution word stays', () => {
  assert.deepEqual(found('Mr Hallam Jones road traffic collision yesterday.'), ['NAME:Mr Hallam Jones']);
  assert.deepEqual(found('Seen in Leeds town centre on Monday.'), ['LOCATION:Leeds']);
  assert.deepEqual(found('Solicitor: the late Mr Ellery Jones estate is settled.'), ['NAME:Mr Ellery Jones']);
  assert.ok(!found('Transferred from franklin square hosp today.').some((p) => p.endsWith('hosp')));
});
