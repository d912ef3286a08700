/**
 * The result tables' LOINC codes are well formed: every code is digits, a dash and the mod-10 check digit LOINC
 * computes from them (LOINC Users' Guide, "Calculating Mod 10 check digits"). Codes in the tables come partly from
 * general knowledge (marked K in docs/fhir.md), so a mistyped digit would silently keep a FHIR Observation from ever
 * being read; the check digit catches most such slips.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BP_PANEL_CODES, TESTS } from './loinc-tests.js';

/** LOINC's mod-10 check digit of a code's number part (the Luhn scheme: every second digit from the right doubled). */
function loincCheckDigit(digits: string): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    const d = Number(digits[digits.length - 1 - i]);
    const v = i % 2 === 0 ? d * 2 : d;
    sum += v > 9 ? v - 9 : v;
  }
  return (10 - (sum % 10)) % 10;
}

test('the check digit scheme matches known LOINC codes', () => {
  for (const code of ['2345-7', '718-7', '2160-0', '94531-1', '8867-4', '3187-2']) {
    const [num, check] = code.split('-');
    assert.equal(loincCheckDigit(num ?? ''), Number(check), code);
  }
  assert.notEqual(loincCheckDigit('2345'), 6, 'a wrong check digit is refused');
});

test('every LOINC code in the result tables carries its correct check digit', () => {
  const codes = [...TESTS.flatMap((t) => t.loinc), ...BP_PANEL_CODES];
  assert.ok(codes.length > 50);
  const bad = codes.filter((c) => {
    const m = /^(\d{1,7})-(\d)$/.exec(c);
    return !m || loincCheckDigit(m[1] ?? '') !== Number(m[2]);
  });
  assert.deepEqual(bad, []);
});
