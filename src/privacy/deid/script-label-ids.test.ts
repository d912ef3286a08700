/**
 * Identifiers after a label in a script other than Latin (script-label-ids.ts, session 39): an identifier-shaped value
 * in ASCII digits right after such a word is an ID; dates, counts, values with units or currencies and values after a
 * Latin-script word stay out. Every text and number is invented.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { detectScriptLabelIds } from './script-label-ids.js';
import type { PhiSpan } from './types.js';
import { found, has } from '../../testkit/deid-pieces.js';

const spans = (text: string): string[] => {
  const out: PhiSpan[] = [];
  detectScriptLabelIds(text, (start, end, type) => out.push({ start, end, type }));
  return out.map((s) => `${s.type}:${text.slice(s.start, s.end)}`);
};

test('a card, policy or scheme number after a label in Cyrillic, Arabic script, Thai, Devanagari or Han', () => {
  assert.deepEqual(spans('Выписан домой. Полис ОМС 5520 1187 3094 6612. Врач дежурный.'), ['ID:5520 1187 3094 6612']);
  assert.deepEqual(spans('زخم پا؛ شناختی کارڈ 42101-5583920-7؛ واپس گھر'), ['ID:42101-5583920-7']);
  assert.deepEqual(spans('ผู้ป่วยกลับบ้าน; บัตรประชาชน 1 2207 00318 55 6.'), ['ID:1 2207 00318 55 6']);
  assert.deepEqual(spans('घर भेजा. भामाशाह KQRTX2291. ठीक है'), ['ID:KQRTX2291']);
  assert.deepEqual(spans('出院。医保卡号：33018820561744。'), ['ID:33018820561744']);
  assert.ok(has('ผู้ป่วยกลับบ้าน; บัตรประชาชน 1 2207 00318 55 6.', '1 2207 00318 55 6'));
  assert.ok(found('Выписан домой. Полис ОМС 5520 1187 3094 6612. Врач.').some((p) => p.endsWith('5520 1187 3094 6612')));
});

test('dates, counts, short numbers, units, currencies and Latin labels stay out', () => {
  for (const text of [
    'тромбоциты 250000 в мкл',
    'вирусная нагрузка 1200000 копий',
    'дата 02.12.2026, осмотр',
    'сумма 12000000 руб',
    'الوزن 72000000 غرام',
    'ناتج 12345678%',
    'Aadhaar 12345678901',
    'код AB12 только',
    'ΑΜΚΑ 1234567',
  ]) {
    assert.deepEqual(spans(text), [], text);
  }
});
