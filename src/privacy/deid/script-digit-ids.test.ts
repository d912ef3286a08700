/**
 * Phones and identifiers written with another script's digits (script-digit-ids.ts, session 39): the phone and
 * identifier readers read them once the digits read as ASCII, and a label in another script gives its run of five
 * digits or more; dates, ratios, counts with units and amounts stay out. Every text and number is invented.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { asciiDigits } from './script-digit-dates.js';
import { detectScriptDigitIds } from './script-digit-ids.js';
import type { PhiSpan } from './types.js';
import { found, has } from '../../testkit/deid-pieces.js';

const spans = (text: string): string[] => {
  const out: PhiSpan[] = [];
  const ascii = asciiDigits(text);
  if (ascii !== undefined) detectScriptDigitIds(text, ascii, (start, end, type) => out.push({ start, end, type }), 'mixed');
  return out.map((s) => `${s.type}:${text.slice(s.start, s.end)}`);
};

test('a phone after a phone word, in Arabic, Persian and Devanagari digits', () => {
  assert.ok(has('المريض من القرية؛ هاتف ٥٥٣ ٢١٠ ٦٤٧؛ الموعد غدا', '٥٥٣ ٢١٠ ٦٤٧', 'PHONE'));
  assert.ok(has('بیمار، تلفن ۰۹۳۵ ۲۱۸ ۷۷۰۴.', '۰۹۳۵ ۲۱۸ ۷۷۰۴', 'PHONE'));
  assert.ok(has('रुग्ण घरी गेला; मोबाइल ९३२१० ५५८१७.', '९३२१० ५५८१७', 'PHONE'));
});

test('the value of a label in another script, in that script\'s digits', () => {
  assert.ok(has('रुग्ण घरी गेला. आधार ३३०२ ७१८५ ६६४०. डॉक्टर आले', '३३०२ ७१८५ ६६४०', 'ID'));
  assert.ok(has('رقم الملف: ٣٠٧-٢٢٩١-٥٨؛ الحالة مستقرة', '٣٠٧-٢٢٩١-٥٨', 'ID'));
  assert.ok(has('کارت ملی ۲۲۵۰۴۸۱۷۳۹ ثبت شد', '۲۲۵۰۴۸۱۷۳۹', 'ID'));
});

test('dates, ratios, short numbers, counts with units and amounts stay out', () => {
  for (const text of [
    'تاریخ ۱۴۰۳/۰۷/۲۲ مراجعه',
    'فشار خون ۱۱۰/۷۰ بود',
    'النبض ١٢٠-١٣٠ في الدقيقة',
    'الصفائح ٢٢٠٠٠٠ /مم٣',
    'المبلغ ٤٥٠٠٠ ريال',
    'खर्च ३२००० रुपये',
    'الوزن ٧٢ كغ والعمر ٤٥',
    'السكر ١٥٠٠٠ mg',
  ]) {
    assert.deepEqual(spans(text), [], text);
  }
});

test('a Latin-script label, a run a letter touches, and the ASCII text\'s own numbers are left to the other rules', () => {
  assert.deepEqual(spans('Lab result ٥٥٣٢١٠٦٤٧ pending'), []);
  assert.deepEqual(spans('الرمز AB٥٥٣٢١٠٦٤٧ فقط'), []);
  assert.deepEqual(spans('هاتف 553 210 647'), []);
  assert.deepEqual(spans('No other digits here 553 210 647'), []);
  assert.ok(!found('فشار خون ۱۱۰/۷۰ بود').some((p) => p.startsWith('ID') || p.startsWith('PHONE')));
});
