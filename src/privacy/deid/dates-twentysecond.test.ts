/**
 * Dates (issue 14; measured by deid-formats3 in session 21, adopted in session 22): an RFC 3339 date-time with a space for the T and its seconds, as systems
 * log it, and a T-form stamp ended by a colon, are one date span (patterns.ts ISO_TIME_AFTER); what must stay out: a
 * clock time without seconds after a date, a dose or a count after a date, and times, ranges and values on their own.
 * Every stamp is invented.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { found, has } from '../../testkit/deid-pieces.js';

test('a logged date-time with its seconds, or a T-form stamp before a colon, is one date', () => {
  assert.ok(has('IT audit line: 2026-12-04 23:17:55 user jm04 opened the record.', '2026-12-04 23:17:55', 'DATE'));
  assert.ok(has('Upload 2026-12-04 22:17:09.123 from the home hub.', '2026-12-04 22:17:09.123', 'DATE'));
  assert.ok(has('HEMS handover 2026-12-05T14:22Z: aircraft landed.', '2026-12-05T14:22Z', 'DATE'));
});

test('a clock time without seconds, a dose or a count after an ISO date stays out of it', () => {
  assert.deepEqual(found('Seen 2026-12-04 14:30 in clinic.').filter((p) => p.startsWith('DATE:')), ['DATE:2026-12-04']);
  assert.deepEqual(found('Started 2026-12-04 10 mg daily, 3 doses.').filter((p) => p.startsWith('DATE:')), ['DATE:2026-12-04']);
  assert.deepEqual(found('Obs at 23:17:55, HR 88, range 120-140, ICD-10 J18.9, PHQ-9 14, v1.2.3.').filter((p) => p.startsWith('DATE:')), []);
});
