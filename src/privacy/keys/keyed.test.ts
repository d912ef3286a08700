import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dateShiftDays, keyFromText, MAX_SHIFT_DAYS } from './keyed.js';

test('date shift is deterministic, non-zero, in range and depends on key and patient', () => {
  const k1 = keyFromText('key-one-0123456789abc')!;
  const k2 = keyFromText('key-two-0123456789abc')!;
  const seen = new Set<number>();
  for (let i = 0; i < 200; i++) {
    const d = dateShiftDays(k1, `patient-${i}`);
    assert.ok(d !== 0 && Math.abs(d) <= MAX_SHIFT_DAYS);
    assert.equal(d, dateShiftDays(k1, `patient-${i}`));
    seen.add(d);
  }
  assert.ok(seen.size > 150, 'offsets should vary across patients');
  let differ = 0;
  for (let i = 0; i < 20; i++) if (dateShiftDays(k1, `p${i}`) !== dateShiftDays(k2, `p${i}`)) differ++;
  assert.ok(differ >= 18);
});

test('short keys are rejected', () => {
  assert.equal(keyFromText('short'), undefined);
});
