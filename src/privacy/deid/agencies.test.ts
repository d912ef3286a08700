/**
 * Agencies and regulators by their acronym (agencies.ts) name no one and are no place; the number after a register's
 * acronym is still reported, and a person written with a title stays a person.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { found, has } from '../../testkit/deid-pieces.js';

test("a national agency's or regulator's acronym names no one", () => {
  assert.deepEqual(found('Levetiracetam 500 mg BD. DVLA informed by the patient.'), []);
  assert.deepEqual(found('Reported to the FDA and the MHRA.'), []);
  assert.ok(!found('Signed: Dr Ruth Akande, GMC 7034125.').some((f) => f.startsWith('LOCATION:') || f === 'NAME:GMC'));
  assert.ok(has('Signed: Dr Ruth Akande, GMC 7034125.', '7034125'));
  assert.ok(has('Mr Gmc was seen.', 'Gmc', 'NAME'));
});

test('in a note written in capitals, an acronym after a title or a given name is a surname, not the agency', () => {
  assert.ok(has('SON BILL NICE VISITED TODAY.', 'BILL NICE', 'NAME'));
  assert.ok(has('MR NICE AWARE OF PLAN.', 'NICE', 'NAME'));
  // The agency itself, after a verb or in a phrase, still names no one.
  assert.deepEqual(found('DISCUSSED WITH NICE GUIDANCE. NOTIFIED DVLA. John informed DVLA.').filter((p) => !p.endsWith('John')), []);
});

test("a national charity's or volunteer service's full name names no one, in any case; a person beside it still does", () => {
  assert.deepEqual(found('Seen by Meals on Wheels and the Visiting Nurse Association.'), []);
  assert.deepEqual(found('AMERICAN RED CROSS NOTIFIED FOR MILITARY FAMILY.'), []);
  assert.ok(has('Mr Cross from the Red Cross called.', 'Cross', 'NAME'));
  assert.ok(has('Dr Macmillan reviewed the wound.', 'Macmillan', 'NAME'));
});
