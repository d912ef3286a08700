/**
 * IBANs in the ISO 13616 paper format (iban.ts) and the long bare identification numbers patterns.ts reads since
 * session 28 (13-20 digits: ISO/IEC 7812 card numbers, national registers, the EHIC card number). What stays: a
 * country-code shape of the wrong registered length, rows of four-digit values, code-system values (GTIN, SNOMED CT,
 * ISBN) and runs longer than any identification number. Every number is invented.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { found, has } from '../../testkit/deid-pieces.js';

test('an IBAN in groups of four, of its country\'s registered length, is an account number', () => {
  assert.ok(has('Refund to IBAN FR76 3000 6000 0112 3456 7890 189 by transfer.', 'FR76 3000 6000 0112 3456 7890 189', 'ACCOUNT'));
  assert.ok(has('Rückerstattung auf DE12 5001 0517 0648 4898 90 erfolgt.', 'DE12 5001 0517 0648 4898 90', 'ACCOUNT'));
  assert.ok(has('Konto: NO83 3000 1234 567, takk.', 'NO83 3000 1234 567', 'ACCOUNT'));
  // A year after the account is no part of it.
  assert.ok(has('IBAN GB33 BUKB 2020 1555 5555 55 2026 fee waived.', 'GB33 BUKB 2020 1555 5555 55', 'ACCOUNT'));
});

test('identification numbers of 13 to 20 digits without a known label are identifiers', () => {
  assert.ok(has('Пациент, ЕМБГ 1707950450013, примен.', '1707950450013'));
  assert.ok(has('Karte 80276000012345678901 gültig bis 2030.', '80276000012345678901'));
  assert.ok(found('Cartão SUS 700501234567890, retorno.').some((p) => p.endsWith('700501234567890')));
});

test('wrong lengths, value rows, code-system values and longer runs stay out', () => {
  const text = 'Shape NO83 3000 1234 56 of the wrong length. Fluids IN 1200 1300 1400 1500 ml. GTIN 05012345678900 on the box, SNOMED CT 1240581000000104, ' +
    'ISBN 9780123456789. Sequence 123456789012345678901234 read.';
  assert.deepEqual(found(text).filter((p) => /ACCOUNT|ID|SSN|HEALTH_PLAN/.test(p)), []);
});
