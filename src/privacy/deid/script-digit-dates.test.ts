/**
 * Dates written with another script's digits (script-digit-dates.ts, session 35): the date readers read them once the
 * digits read as ASCII, with every offset kept; a number or year alone in those digits stays out. Every text is
 * invented; the date forms are ICU's own output for each locale's default numbering system.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { asciiDigits } from './script-digit-dates.js';
import { found, has } from '../../testkit/deid-pieces.js';

test('the digits of other scripts read as ASCII, one code unit for one', () => {
  assert.equal(asciiDigits('٣ ديسمبر ٢٠٢٦ / ۱۴۰۵ / ৩ / ३ / ２０ / ๙'), '3 ديسمبر 2026 / 1405 / 3 / 3 / 20 / 9');
  assert.equal(asciiDigits('plain 2026 text'), undefined);
});

test('Arabic, Persian, Bengali, Devanagari and fullwidth dates', () => {
  assert.ok(has('الموعد ٣ ديسمبر ٢٠٢٦ في العيادة', '٣ ديسمبر ٢٠٢٦', 'DATE'));
  assert.ok(has('تاریخ ۱۴۰۵/۰۹/۱۰ مراجعه', '۱۴۰۵/۰۹/۱۰', 'DATE'));
  assert.ok(has('সাপে কামড় (২ ডিসেম্বর ২০২৬), এএসভি দেওয়া হয়েছে', '২ ডিসেম্বর ২০২৬', 'DATE'));
  assert.ok(has('भेट २०२६ डिसेम्बर ३ मा भयो', '२०२६ डिसेम्बर ३', 'DATE'));
  assert.ok(has('受診 ２０２６年１２月３日 外来', '２０２６年１２月３日', 'DATE'));
  assert.ok(has('Seen on ٢٠٢٦-١٢-٠٣ at the clinic.', '٢٠٢٦-١٢-٠٣', 'DATE'));
});

test('numbers and years alone in other digits stay out of dates', () => {
  for (const text of ['الجرعة ٥ ملغ مرتين يوميا', 'فشار خون ۱۲۰/۸۰ بود', 'সাল ২০২৬ এ শুরু']) {
    assert.ok(!found(text).some((p) => p.startsWith('DATE')), `${text}: ${found(text).join(' | ')}`);
  }
});

test('Bikram Sambat and Bengali calendar dates in their own digits', () => {
  assert.ok(has('भर्ना मिति २०८३ मंसिर १७ मा भयो', '२०८३ मंसिर १७', 'DATE'));
  assert.ok(has('ভর্তি ১৮ অগ্রহায়ণ ১৪৩৩ তারিখে', '১৮ অগ্রহায়ণ ১৪৩৩', 'DATE'));
});
