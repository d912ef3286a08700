/**
 * Codes of capitals, a hyphen and four digits or more (hyphen-codes.ts; session 42, deid-ids8): read as identifiers
 * with no label; what stays: a year as the serial, three digits or fewer, a unit after the number, a standard's or a
 * drug maker's development code. Every text and code is invented. The taking test fails on main `741c4959` (checked).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { found, has } from '../../testkit/deid-pieces.js';

test('a code of capitals, a hyphen and four digits or more is read with no label', () => {
  const cases: readonly (readonly [string, string])[] = [
    ['Screening log: QVN-3391 Aurelio Penhaligon - eligible.', 'QVN-3391'],
    ['Worker Osric Tamblyn, badge QTR-5521, shift 4.', 'QTR-5521'],
    ['Swab sent (MB27-558120). Hourly drops.', 'MB27-558120'],
    ['Unknown male (ED alias XQ-TRM-8812), later named.', 'XQ-TRM-8812'],
  ];
  for (const [t, piece] of cases) assert.ok(has(t, piece, 'ID'), `${piece}: ${found(t).join(' | ')}`);
});

test('codes that name no one stay out', () => {
  assert.ok(!has('Spirometry by GLI-2012 equations, FEV1 low.', 'GLI-2012'));
  assert.ok(!has('Tumour marker CA-125 raised.', 'CA-125'));
  assert.ok(!has('Started on MK-3475 in the trial arm.', 'MK-3475'));
  assert.ok(!has('Packed as UN-3373 biological substance.', 'UN-3373'));
  assert.ok(!has('Trial drug QX-2000 mg daily.', 'QX-2000'));
});
