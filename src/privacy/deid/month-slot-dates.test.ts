/**
 * Day-first dates whose month word no ICU table holds (month-slot-dates.ts, session 30): a day, one word and a
 * four-digit year are CLDR's `d MMMM y`, whatever the month's spelling; what stays: English and clinical words between
 * a number and a year, words in capitals or with a capital inside, capitals notes. Every text is invented.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { found, has } from '../../testkit/deid-pieces.js';

test('a day, a month word of a language ICU lacks or a transliterated one, and a year are a date', () => {
  assert.ok(has('Ngaka o bone mokuli ka 14 Motseanong 2026, o phela hantle.', '14 Motseanong 2026', 'DATE'));
  assert.ok(has('Exitirio: 21 Fevrouariou 2026, epanexetasi se mia evdomada.', '21 Fevrouariou 2026', 'DATE'));
  assert.ok(has('Vypysanyi 9 sichnia 2027 pid nahliad simeinoho likaria.', '9 sichnia 2027', 'DATE'));
  assert.ok(has('Kabul edildi 12-nji fewral 2027, ýagdaýy kanagatlanarly.', '12-nji fewral 2027', 'DATE'));
});

test('English and clinical words, words in capitals with a capital inside stay out of the slot', () => {
  for (const [text, piece] of [
    ['Seen 12 in 2019 for asthma, well since.', '12 in 2019'],
    ['Had 3 doses 2021 and a booster.', '3 doses 2021'],
    ['Scan 24. DaTscan 2023 was normal.', '24. DaTscan 2023'],
    ['Vitals 3 HUROV 2026 noted in the chart.', '3 HUROV 2026'],
  ] as const) {
    assert.ok(!has(text, piece), `${piece}: ${found(text).join(' | ')}`);
  }
});
