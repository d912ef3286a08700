/**
 * The edges of a found name (name-edges.ts, session 27): an initial or an abbreviated given name before it after a
 * word, and a patronymic word between a given name and the father's; what must stay: a letter that is a value (vitamin
 * D., type A.), a run of capitals, and a name in capitals. Every name is invented.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { nameEdges } from './name-edges.js';

/** The text of the span `nameEdges` grows from the found `piece` (a NAME). */
const grown = (t: string, piece: string): string => {
  const start = t.indexOf(piece);
  const [s] = nameEdges([{ start, end: start + piece.length, type: 'NAME' }], t);
  return s === undefined ? '' : t.slice(s.start, s.end);
};

test('an initial or an abbreviated given name before a found name is part of it', () => {
  assert.equal(grown('Scan reviewed by T. Gunawardane today.', 'Gunawardane'), 'T. Gunawardane');
  assert.equal(grown('Audit: user K. Souvannavong opened the chart.', 'Souvannavong'), 'K. Souvannavong');
  assert.equal(grown('Referral for Ma. Rosalinda Bautista, 52.', 'Rosalinda Bautista'), 'Ma. Rosalinda Bautista');
  assert.equal(grown('Seen with Md. Shafiqur Rahman at clinic.', 'Shafiqur Rahman'), 'Md. Shafiqur Rahman');
  assert.equal(grown('Cancelled: Ts. Oyuunchimeg, slot 4.', 'Oyuunchimeg'), 'Ts. Oyuunchimeg');
});

test('a patronymic word joins the name on either side', () => {
  assert.equal(grown('Letter to Dafydd ap Gruffudd, Bangor.', 'Dafydd'), 'Dafydd ap Gruffudd');
  assert.equal(grown('Letter to Dafydd ap Gruffudd, Bangor.', 'Gruffudd'), 'Dafydd ap Gruffudd');
  assert.equal(grown('Seen: Kipkemboi arap Kirui, 60.', 'Kipkemboi'), 'Kipkemboi arap Kirui');
  assert.equal(grown('Seen: Rajendran a/l Maniam and wife.', 'Rajendran'), 'Rajendran a/l Maniam');
  assert.equal(grown('Seen: Lakshmi d/o Ramasamy and son.', 'Ramasamy'), 'Lakshmi d/o Ramasamy');
});

test('a letter that is a value, a run of initials and a name in capitals stay as they are', () => {
  assert.equal(grown('Low vitamin D. Margaret rang about it.', 'Margaret'), 'Margaret');
  assert.equal(grown('Blood group A. Hollis to repeat.', 'Hollis'), 'Hollis');
  // "J.R." is two initials (name-heads.ts reads them); one of them is not an initial after a word.
  assert.equal(grown('Seen by J.R. Okonkwo today.', 'Okonkwo'), 'Okonkwo');
  assert.equal(grown('AS PER E. QUILLAN, CALL FAMILY.', 'QUILLAN'), 'QUILLAN');
  assert.equal(grown('Dr. Abernethy reviewed.', 'Abernethy'), 'Abernethy');
});
