/**
 * A name or place span ends where the next field begins (next-field.ts): a column break before the next column's
 * label, a sex letter after the name's comma before the age; what must stay: a piece of two words after a break, a
 * piece that no label follows, a name's own initial, other types. Every name is invented.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { trimNextField } from './next-field.js';
import type { PhiSpan } from './types.js';

/** The text of the span `trimNextField` leaves of the found `piece` (of `type`). */
const trimmed = (t: string, piece: string, type: PhiSpan['type'] = 'NAME'): string => {
  const start = t.indexOf(piece);
  const [s] = trimNextField([{ start, end: start + piece.length, type }], t);
  return s === undefined ? '' : t.slice(s.start, s.end);
};

test('a column break before the next field\'s label ends a name or a place', () => {
  assert.equal(trimmed('Patient: Oriel Vantacombe  Hosp no. RW0448917\n', 'Oriel Vantacombe  Hosp', 'LOCATION'), 'Oriel Vantacombe');
  assert.equal(trimmed('Name: Perpetua Lindqvar  Study date: 08-Jul-25\n', 'Perpetua Lindqvar  Study'), 'Perpetua Lindqvar');
  assert.equal(trimmed('Rank/Name: Cpl Dunstan Orrowe\tUnit: 2nd Bn\n', 'Cpl Dunstan Orrowe\tUnit'), 'Cpl Dunstan Orrowe');
  assert.equal(trimmed('Name: Siti Aminah Zulkarnov  MyKad 880417-02-5562\n', 'Siti Aminah Zulkarnov  MyKad'), 'Siti Aminah Zulkarnov');
  assert.equal(trimmed('QUARRENDE, Tamsin   F   44810297   12/05/1961\n', 'QUARRENDE, Tamsin   F'), 'QUARRENDE, Tamsin');
});

test('a sex letter after the name\'s comma before the age ends the name', () => {
  assert.equal(trimmed('Ravindu Kestrelle, M 52 - BP 182/110', 'Ravindu Kestrelle, M'), 'Ravindu Kestrelle');
  assert.equal(trimmed('Patient: Eleni Vathoupoulou, F/93, AMKA 2106', 'Eleni Vathoupoulou, F'), 'Eleni Vathoupoulou');
});

test('what stays: two words after a break, no label after the piece, an initial, other types', () => {
  assert.equal(trimmed('Caregiver: Tiwonge   Village Mkanda, TA Kachindamoto', 'Tiwonge   Village Mkanda', 'LOCATION'), 'Tiwonge   Village Mkanda');
  assert.equal(trimmed('Tue  Nkemdarow / Ceridwen   bleep 1447\n', 'Tue  Nkemdarow'), 'Tue  Nkemdarow');
  assert.equal(trimmed('Signed: Aurelio Brandt  Quinones\n', 'Aurelio Brandt  Quinones'), 'Aurelio Brandt  Quinones');
  assert.equal(trimmed('Seen by Hallveig Strand, M. today', 'Hallveig Strand, M'), 'Hallveig Strand, M');
  assert.equal(trimmed('Seen by STRAND, M on the ward', 'STRAND, M'), 'STRAND, M');
  assert.equal(trimmed('CTPA: 28 Feb 2025   Acc CT998140\n', '28 Feb 2025   Acc', 'DATE'), '28 Feb 2025   Acc');
});
