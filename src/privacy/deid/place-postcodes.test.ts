/**
 * Postcodes right after a place found (address.ts `detectPlacePostcodes`): the UPU's five digits written three and two,
 * Poland's dashed codes and six-digit codes; and what stays: doses, years and four-digit numbers after a place. Every
 * address is invented.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { found, has } from '../../testkit/deid-pieces.js';

test('a spaced, dashed or six-digit postcode after a place', () => {
  assert.ok(has('Lives at Storgatan 14, Kiruna, 981 38, with her son.', '981 38', 'ZIP'));
  assert.ok(has('Address: Odos Solonos 12, Kolonaki, 106 71. Lives alone.', '106 71', 'ZIP'));
  assert.ok(has('Adres: ul. Polna 7, Kraków, 30-004. Mieszka sama.', '30-004', 'ZIP'));
  assert.ok(has('Address: 22 MG Road, Bengaluru, 560004.', '560004', 'ZIP'));
});

test('a dose, a year or a four-digit number after a place is no postcode', () => {
  const text = 'Moved to Bengaluru, 2019. Seen in Kiruna, 100 mg daily. Lives in Kraków, 120 00 mmHg.';
  assert.deepEqual(found(text).filter((s) => s.startsWith('ZIP')), []);
});
