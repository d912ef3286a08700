/**
 * Date intervals in the CLDR interval shapes (interval-dates.ts, session 26, deid-dates9): two full numeric dates
 * joined by a hyphen, numeric month-year ranges, and a dotted day-month whose year the second date carries. What
 * stays: pressures, identifiers with a date inside, decimals, dates out of order, lot codes. Every text is invented.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { found, has } from '../../testkit/deid-pieces.js';

test('two full numeric dates joined by a hyphen are two dates', () => {
  const text = 'On leave 21/07/2026-04/08/2026, then clinic.';
  assert.ok(has(text, '21/07/2026', 'DATE') && has(text, '04/08/2026', 'DATE'));
  const iso = 'Course 2026-03-02-2026-03-09 completed.';
  assert.ok(has(iso, '2026-03-02', 'DATE') && has(iso, '2026-03-09', 'DATE'));
});

test('numeric month-year ranges are two dates', () => {
  const text = 'Treated abroad 09.2023-02.2024 for TB.';
  assert.ok(has(text, '09.2023', 'DATE') && has(text, '02.2024', 'DATE'));
  const slashed = 'Chemotherapy 11/2025 – 03/2026 completed.';
  assert.ok(has(slashed, '11/2025', 'DATE') && has(slashed, '03/2026', 'DATE'));
});

test('a dotted day-month takes its year from the interval\'s second date', () => {
  assert.ok(has('Aufenthalt vom 14.03. bis 21.03.2026 im Haus.', '14.03.', 'DATE'));
  assert.ok(has('Inpatient 3.4.–9.4.2026, discharged home.', '3.4.', 'DATE'));
});

test('pressures, identifiers, decimals, lots and dates out of order stay out of this rule', () => {
  const text = 'BP 120/80-130/85 sitting. Ref 12/10/2026-3 filed. Doses 3.2024-5.2024 mmol. ' +
    'Lot A12.2024-05.2024 used. Swap 21/07/2027-04/08/2026 typed. Range 11.2025-03.2025 typed.';
  const dates = found(text).filter((p) => p.startsWith('DATE:'));
  for (const piece of ['DATE:80-130', 'DATE:3.2024', 'DATE:5.2024', 'DATE:12.2024', 'DATE:05.2024', 'DATE:21/07/2027', 'DATE:11.2025', 'DATE:03.2025']) {
    assert.ok(!dates.includes(piece), piece);
  }
});
