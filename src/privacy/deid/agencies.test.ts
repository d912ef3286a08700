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
