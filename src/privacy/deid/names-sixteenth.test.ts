/**
 * Person names of the sixteenth session (issue 14, deid-lnames), from the general forms behind letters10/11's NAME
 * misses. Each rule has a case it must find and one it must leave. The names are invented and held by no list
 * (checked first), or are real spellings whose letters are the point (Vietnamese).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectPhi } from './detect.js';
import { foldAccents } from './fold.js';
import { getDefaultLexicon } from './lexicon.js';
import { has } from '../../testkit/deid-pieces.js';

const pieces = (text: string): string[] => detectPhi(text).map((s) => text.slice(s.start, s.end));

test('the invented names are on no list', () => {
  const lex = getDefaultLexicon();
  for (const w of ['velunka', 'quorvash', 'oderino', 'tamsk', 'brivenna', 'zhalmor']) assert.ok(!lex.firstNames.has(w) && !lex.surnames.has(w) && !lex.places.has(w), w);
});

test('Vietnamese letters with two marks fold to their base letter, so the name is read whole', () => {
  assert.equal(foldAccents('Tuấn Huỳnh Nguyễn Ngọc ẁ'), 'Tuan Huynh Nguyen Ngoc w');
  assert.equal(foldAccents('Tuấn').length, 'Tuấn'.length);
  assert.ok(has('Dad Tuấn happy to take him home.', 'Tuấn', 'NAME'));
  assert.ok(has('ED note: pt Đoàn Hữu Thành, ninety, brought by EMS.', 'Đoàn Hữu Thành', 'NAME'));
});

test('a word a name list holds, or one a verb of what a person did follows, is a name at a sentence opening', () => {
  const lex = getDefaultLexicon();
  assert.ok(lex.firstNames.has('ingemar') && !lex.common.has('ingemar') && !lex.clinical.has('ingemar'));
  assert.ok(has('Seen 12/03/2024. Ingemar on the day unit needs a wheelchair.', 'Ingemar', 'NAME'));
  assert.ok(has('Seen 12/03/2024. Velunka interpreted for her mother.', 'Velunka', 'NAME'));
  assert.ok(has('Seen 12/03/2024. Brivenna phones most evenings.', 'Brivenna', 'NAME'));
});

test('an order, a test or a device opening a sentence before what is done to it stays readable', () => {
  assert.ok(!pieces('Seen 12/03/2024. Quorvash booked for next week.').includes('Quorvash'));
  // Eighteenth session: a device's name, not the invented Zhalmor, whose letters read as a name's (name-shape.ts).
  assert.ok(!pieces('Seen 12/03/2024. Pipelle arranged via the GP.').includes('Pipelle'));
  assert.ok(!pieces('Seen 12/03/2024. Oderino for review next week.').includes('Oderino'));
  assert.ok(!pieces('Seen 12/03/2024. Quorvash reviewed, no change.').includes('Quorvash'));
});

test('a sentence-opening word before where a person is, a modal or an auxiliary is a name', () => {
  assert.ok(has('Seen 12/03/2024. Velunka in side room 4 spiked a temperature.', 'Velunka', 'NAME'));
  assert.ok(has('Seen 12/03/2024. Brivenna is 4 and was screened.', 'Brivenna', 'NAME'));
  assert.ok(has('Seen 12/03/2024. Quorvash - family meeting at three.', 'Quorvash', 'NAME'));
  assert.deepEqual(pieces('Seen yesterday. Hepatosplenomegaly is noted on exam.'), []);
});

test('an eponym beside a found name is its surname, unless a clinical head or a possessive follows it', () => {
  const t = (rest: string): string => `Mircea - please fax the discharge for Floarea ${rest} to her GP on +40 21 555 0119.`;
  assert.ok(has(t('Stanescu'), 'Floarea Stanescu', 'NAME'));
  assert.ok(!pieces(t('Lobo disease notes')).some((p) => p.includes('Lobo')));
  assert.ok(!pieces(t('Lobo\'s disease notes')).some((p) => p.includes('Lobo')));
});

test('an eponym is a surname on a clinic list and before a found given name too', () => {
  assert.ok(has('Clinic 09:00 Stanescu\n09:15 Zhalmor, Dr Jones.', 'Stanescu', 'NAME'));
  assert.ok(has('Mircea - please fax the discharge for Stanescu Floarea to her GP on +40 21 555 0119.', 'Stanescu Floarea', 'NAME'));
});

test('the addressee opening a message typed in lower case is a name', () => {
  assert.ok(pieces('velunka: can u swap on call with me? i need the car').some((p) => p.startsWith('velunka')));
  assert.ok(pieces('quorvash can u chase the ferritin pls').includes('quorvash'));
  assert.ok(pieces('brivenna 44m, back pain 3 weeks, no red flags').includes('brivenna'));
  assert.deepEqual(pieces('creatinine: 88, stable. can u check the potassium tomorrow'), []);
  assert.deepEqual(pieces('bloods can u chase them pls'), []);
});

test('a name in its own script in brackets after a found name, and a user name in an audit line, are names', () => {
  assert.ok(has('Zhalmor Oderino (邹文杰) rang about a repeat prescription.', '邹文杰', 'NAME'));
  assert.ok(has('Portal audit: user velunka.q accessed the record at 02:13.', 'velunka.q', 'NAME'));
  assert.ok(has('Record viewed by user qoderino on the night shift.', 'qoderino', 'NAME'));
  assert.deepEqual(pieces('The user was logged out after the audit (審核).'), []);
  assert.deepEqual(pieces('Training for user access: see the intranet.'), []);
});

test('a surname-first field in capitals ends at a gap of two spaces, a form\'s next field', () => {
  assert.ok(has('Lab: QUORVASH, T   Spec C25-119402   Collected 08:10\nLithium 1.9 mmol/L.', 'QUORVASH, T', 'NAME'));
  assert.deepEqual(pieces('Note: CHEST PAIN, SOB   resolved overnight.'), []);
});
