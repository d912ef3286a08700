/**
 * Dates in the CLDR formats of Japanese, Chinese, Korean and Greek (cldr-dates.ts, twenty-third pass), and what must
 * stay: years alone, durations, counts per day, doses, ratios, BP, power grades, scores, versions, ranges. Every date
 * and name is invented.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { found, has } from '../../testkit/deid-pieces.js';

test('CJK dates with their markers, with or without a year, and Greek genitive month dates', () => {
  assert.ok(has('退院サマリー: 入院 2026年10月2日、退院 2026年11月27日。', '2026年10月2日'));
  assert.ok(has('退院サマリー: 入院 2026年10月2日、退院 2026年11月27日。', '2026年11月27日'));
  assert.ok(has('訪問記録: 12月3日 ヘルパー訪問。', '12月3日'));
  assert.ok(has('出院日期：2025年3月14日，随访。', '2025年3月14日'));
  assert.ok(has('입원 2026년 12월 3일, 퇴원 예정 12월 9일.', '2026년 12월 3일'));
  assert.ok(has('입원 2026년 12월 3일, 퇴원 예정 12월 9일.', '12월 9일'));
  assert.ok(has('Date: 4 Δεκεμβρίου 2026\nPatient seen.', '4 Δεκεμβρίου 2026'));
  assert.ok(has('Εξιτήριο 15 Μαΐου 2025, επανέλεγχος.', '15 Μαΐου 2025'));
});

test('years alone, durations, counts, doses and values stay', () => {
  const dates = (t: string) => found(t).filter((p) => p.startsWith('DATE:'));
  assert.deepEqual(dates('2019年に糖尿病と診断。3か月後に再診。1日3回 5mg 服用。13月1日ではない。'), []);
  assert.deepEqual(dates('毎月1日に採血。3ヶ月間、1日2回。血圧 130/80。'), []);
  assert.deepEqual(dates('하루 3회 1일 2정 복용, 3개월 후 재진. 2020년 진단.'), []);
  assert.deepEqual(dates('Δεκεμβρίου χωρίς ημέρα; 4 Δεκεμβρίου χωρίς έτος; 2 Μαρτίου ml.'), []);
  assert.deepEqual(dates('Power 4/5, BP 132/84, 4/7 history, x2/52, PHQ-9 14, version 2.0.2026, range 120-140, 5/325 mg.'), []);
});
