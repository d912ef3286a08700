/**
 * Payer names (payers.ts): a health insurer's or public programme's name labels the member number after it and names
 * no one; a given name that is also an insurer's short name ("Aviva") stays a name. Every number here is invented.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { found, has } from '../../testkit/deid-pieces.js';

test("a payer's name labels the member number after it, with no label word between", () => {
  assert.ok(has('Cigna U7714 2091 01 - prior authorisation needed', 'U7714 2091 01', 'HEALTH_PLAN'));
  assert.ok(has('secondary AARP AA 418 220 917', 'AA 418 220 917', 'HEALTH_PLAN'));
  assert.ok(has('Private cover with Bupa 71840225-B, pre-authorised.', '71840225-B', 'HEALTH_PLAN'));
  assert.ok(has('Billed to Kaiser Permanente 000188402215 as primary.', '000188402215', 'HEALTH_PLAN'));
});

test('a payer names no one: not a name or a place, unless a facility word follows', () => {
  assert.deepEqual(found('Private cover with Bupa, pre-authorised for two sessions.'), []);
  assert.deepEqual(found('Prior authorisation from UnitedHealthcare is pending.'), []);
  assert.deepEqual(found('Billed to Kaiser Permanente as primary.'), []);
  assert.ok(has('Admitted to Kaiser Permanente Medical Center on Monday.', 'Kaiser Permanente Medical Center', 'LOCATION'));
  // A plan number's digit groups stop before a count ("12 visits"): the count's number is not taken into the plan number.
  assert.deepEqual(found('Cigna U7714 2091 12 visits left'), ['HEALTH_PLAN:U7714 2091']);
});

test('a given name that an insurer also goes by alone stays a person (the insurer is listed by its full name)', () => {
  assert.deepEqual(found('Daughter Aviva called today about the plan.'), ['NAME:Aviva']);
  assert.ok(has('Private cover with Aviva Health 71840225, pre-authorised.', '71840225', 'HEALTH_PLAN'));
});

test("a given name that opens a payer's full name before its number is the payer, not a person", () => {
  assert.deepEqual(found('Oscar Health 1234-5678-90 is the plan on file.'), ['HEALTH_PLAN:1234-5678-90']);
  assert.ok(!found('Secondary cover Molina Healthcare 44-12-998.').some((p) => p.startsWith('NAME')));
  assert.deepEqual(found('Oscar said he would call back.'), ['NAME:Oscar']);
});

test("a payer's short name after a title is a surname (review of the fourteenth pass)", () => {
  assert.deepEqual(found('Ms Anthem called about her bill.'), ['NAME:Anthem']);
  assert.deepEqual(found('Mr Humana was seen today.'), ['NAME:Humana']);
  assert.deepEqual(found('Covered by Humana; Anthem denied the claim.'), []);
});
