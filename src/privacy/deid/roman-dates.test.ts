/**
 * A month in Roman numerals between the day and the year (more-dates.ts, eighteenth pass), and what must stay: stages,
 * grades and classes written in Roman numerals beside a year, doses, times, ranges and codes. Every date is invented.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { found, has } from '../../testkit/deid-pieces.js';

test('day, Roman-numeral month and year, one separator throughout', () => {
  assert.ok(has('Przyjęta 03.III.2025 do szpitala.', '03.III.2025', 'DATE'));
  assert.ok(has('Ricovero dal 3/XII/2024, dimessa.', '3/XII/2024', 'DATE'));
  assert.ok(has('Vyšetřena 3 XI 2024 v ambulanci.', '3 XI 2024', 'DATE'));
});

test('Roman numerals of stages, grades and classes beside a year, and mixed separators, are no dates', () => {
  const text = 'Stage III 2024 cohort, grade II 2019, NYHA class IV 2020, factor VIII 2023 levels, 3.III-2025 typo, ' +
    'ICD-10 C50.9, dose 2.5 mg at 14:30, range 10-20, PHQ-9 12.';
  assert.deepEqual(found(text).filter((s) => s.startsWith('DATE')), []);
});
