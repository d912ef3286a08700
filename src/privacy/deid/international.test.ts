import assert from 'node:assert/strict';
import { test } from 'node:test';
import { detectPhi } from './detect.js';
import { found, has } from '../../testkit/deid-pieces.js';

test('UK and Canadian postcodes are ZIPs; doses and grades in capitals are not', () => {
  assert.ok(has('14 Harrowgate Close, Pickering, YO18 7QT', 'YO18 7QT', 'ZIP'));
  assert.ok(has('Leeds LS6 2AB', 'LS6 2AB', 'ZIP'));
  assert.ok(has('Ottawa ON K1A 0B6', 'K1A 0B6', 'ZIP'));
  assert.deepEqual(found('VIT B12 1MG PO DAILY, T2 N0 M0, GRADE 3'), []);
});

test('international and trunk-prefixed phone numbers; short numbers and doses stay', () => {
  assert.ok(has('next of kin (07700 900461).', '07700 900461', 'PHONE'));
  assert.ok(has('Surgery 020 7946 0958 or +44 20 7946 0958', '+44 20 7946 0958', 'PHONE'));
  assert.ok(has('Surgery 020 7946 0958 today', '020 7946 0958', 'PHONE'));
  assert.deepEqual(found('gave 0.5 mg, then 025 units; K 4.1'), []);
});

test('the value after an identifier label is taken whatever its shape', () => {
  assert.ok(has('NHS No 485 777 3456', '485 777 3456', 'HEALTH_PLAN'));
  assert.ok(has('Accession: SP24-018833', 'SP24-018833', 'ID'));
  assert.ok(has('given at the clinic. Lot U7734AA.', 'U7734AA', 'DEVICE'));
  assert.ok(has('secondary Medicaid MCD 77-3390182.', 'MCD 77-3390182', 'HEALTH_PLAN'));
});

test('label words before counts, ranges, doses and words are left', () => {
  assert.deepEqual(found('another episode 130-140 beats, case 2 of 3, a lot better, group A strep'), []);
  assert.deepEqual(found('lot 5000 units given; visit 12 weeks'), []);
});

test('an ISO date is a date, not an identifier', () => {
  assert.ok(has('Seen on 2024-03-17.', '2024-03-17', 'DATE'));
});

test('day-first dates whose day cannot be a month; ratios without a year stay', () => {
  assert.ok(has('Seen 17/03/2024 and 25-12-23.', '17/03/2024', 'DATE'));
  assert.ok(has('Seen 17/03/2024 and 25-12-23.', '25-12-23', 'DATE'));
  assert.deepEqual(found('ratio 17/3, BP 25/12 is odd, 13/12/5 split'), []);
  assert.deepEqual(found('placed on AC 600x20/5/50%, then CPAP/PS 16/5/40% tolerating'), []);
});

test('web addresses without a scheme and IPv6 addresses; clock times and abbreviations stay', () => {
  assert.ok(has('Results at portal.northbaycardio.com/results today', 'portal.northbaycardio.com/results', 'URL'));
  assert.ok(has('login from 2001:db8::8a2e:370:7334 flagged', '2001:db8::8a2e:370:7334', 'IP'));
  assert.deepEqual(found('at 12:30:45 gave 1 tab q.d. p.o., e.g. i.v. fluids'), []);
});

test('plan numbers as payers write them: a capitals code and digit groups, a payer name first, a check group last', () => {
  const hasSpan = (text: string, piece: string): boolean => detectPhi(text).some((s) => text.slice(s.start, s.end) === piece);
  assert.ok(hasSpan('Member ID: ZGP 4412 8890 01', 'ZGP 4412 8890 01'));
  assert.ok(hasSpan('coverage ID MDCR 5521 7730 1A', 'MDCR 5521 7730 1A'));
  assert.ok(hasSpan('Insurance: Humana H1234-567', 'H1234-567'));
  assert.ok(hasSpan('Medicare card 2123 45670 1', '2123 45670 1'));
  assert.ok(hasSpan('Medical aid number: 00447821/03', '00447821/03'));
  // Counts, doses and plans of care after the same labels stay.
  assert.deepEqual(detectPhi('Insurance: Medicare Part B. Group therapy at 10. Plan: 2 tabs 3 times 4 days. Policy 3 of 5.'), []);
});

test('a landline with its trunk and area code in brackets is a phone number; a bracketed count is not', () => {
  const text = 'Ph (02) 9876 5432 or (020) 7946 0958; given (0) 2 doses; (05) 12';
  const found = detectPhi(text).map((s) => `${s.type}:${text.slice(s.start, s.end)}`);
  assert.deepEqual(found, ['PHONE:(02) 9876 5432', 'PHONE:(020) 7946 0958']);
});

test('a record number and its two-digit check group after an identifier label; ranges and seasons stay', () => {
  assert.ok(has('Pt ID: 7731-04    Ward: 4C', '7731-04'));
  assert.ok(has('Patient ID 4418-22, bed 12', '4418-22'));
  assert.ok(has('Knee system implanted, REF 7200-45, LOT K88120.', '7200-45'));
  assert.deepEqual(found('Na 131 (ref 135-145), K 4.1 (ref 3.5-5.0)'), []);
  assert.ok(!found('Case 2019-20 season review').some((p) => p.includes('2019-20')));
});
