/**
 * Dates whose CLDR long format has literals of its own (literal-dates.ts, session 29): CJK year-month-day with and
 * without the year, era years and the weekday, Korean, Latvian, Lithuanian, Basque and Catalan dates are whole dates;
 * what stays: a year or a month alone, durations, a Basque or Catalan shape whose word is no month, years outside the
 * date. Every text is invented; the date forms are ICU's own output or the writers' plain forms of them.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { found, has } from '../../testkit/deid-pieces.js';

test('CJK and Korean year-month-day dates, with or without the year, are whole dates', () => {
  assert.ok(has('入院 2026年10月2日、退院予定。', '2026年10月2日', 'DATE'));
  assert.ok(has('复诊日期: 2026年12月3日星期四, 带检查单。', '2026年12月3日星期四', 'DATE'));
  assert.ok(has('訪問記録: 12月3日 ヘルパー訪問。', '12月3日', 'DATE'));
  assert.ok(has('門診 民國115年12月3日 追蹤。', '民國115年12月3日', 'DATE'));
  assert.ok(has('Home visit 115年12月3日; wound dressed.', '115年12月3日', 'DATE'));
  assert.ok(has('외래 방문 2026년 12월 3일 목요일 예정.', '2026년 12월 3일 목요일', 'DATE'));
  assert.ok(has('다음 진료 12월 3일 오전.', '12월 3일', 'DATE'));
});

test('Latvian, Lithuanian, Basque and Catalan long dates are whole dates', () => {
  assert.ok(has('Komisijas datums: 2026. gada 3. decembrī, poliklīnika.', '2026. gada 3. decembrī', 'DATE'));
  assert.ok(has('Izrakstīts 2026. gada 21. maijs mājās.', '2026. gada 21. maijs', 'DATE'));
  assert.ok(has('Išrašyta 2026 m. gruodžio 3 d. namo.', '2026 m. gruodžio 3 d.', 'DATE'));
  assert.ok(has('Kontsulta 2026ko abenduaren 3an, ospitalean.', '2026ko abenduaren 3an', 'DATE'));
  assert.ok(has('Data: 2026(e)ko maiatzaren 21(a).', '2026(e)ko maiatzaren 21(a)', 'DATE'));
  assert.ok(has('Alta 3 de desembre de 2026 a casa.', '3 de desembre de 2026', 'DATE'));
  assert.ok(has('Visita el 14 d’abril del 2027 amb analítica.', '14 d’abril del 2027', 'DATE'));
});

test('years, months and counts alone, and shapes whose word is no month, stay out', () => {
  for (const text of [
    '治疗3个月后复查, 每日一次。',
    '患者2026年起出现症状。',
    '3年前手术, 12月复查。',
    '증상은 3개월 전부터.',
    'Pacients 2026ko taldearen 3 kideak.',
    'Van venir 3 de la tarda del 2026 grup.',
  ]) assert.ok(!found(text).some((p) => /[月월]|ko |de la/.test(p)), `${text}: ${found(text).join(' | ')}`);
});
