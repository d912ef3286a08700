/**
 * Ages over 89 in apposition to a name (appositive-ages.ts; session 30, deid-formats6): the apposition is read after the
 * name as finally drawn (a name the raw rules found only in part, completed by growth), and an age in words is read
 * whole after a bracket or comma. What stays: a number that is a street number, a measure or a percentage after a
 * name. Every text is invented. Both taking tests fail on main `0db4403` (checked).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { found, has } from '../../testkit/deid-pieces.js';

test('an age after a name completed by growth is read', () => {
  assert.ok(has('Rota: Edwy Callowan-Brink (96), Mill Lane.', '96', 'AGE'), found('Rota: Edwy Callowan-Brink (96), Mill Lane.').join(' | '));
});

test('an age in words after a bracket or a comma is read whole', () => {
  assert.ok(has('Card list: families of E. Crabtree (ninety-seven), L. Anyanwu (64).', 'ninety-seven', 'AGE'));
  assert.ok(has('Visit list: Mrs Ilse Drummond-Achterberg, ninety-eight, lives alone.', 'ninety-eight', 'AGE'));
});

test('numbers after a name that are no age stay out', () => {
  assert.ok(!has('Seen by Dr Callowan-Brink, 94 Harley Street.', '94', 'AGE'));
  assert.ok(!has('Spoke to Dr Callowan-Brink, 100 cc given.', '100', 'AGE'));
  assert.ok(!has('Called Dr Callowan-Brink (92% on air).', '92', 'AGE'));
});

test('an age over 89 after a name and a bare space is read where it closes its clause (hand-over lists)', () => {
  const t = 'Night handover - Bed 3 HARTLEY, Doreen 93 - #NOF day 2. Bed 4 Wilfred Ashcombe 96, confused overnight.';
  assert.ok(has(t, '93', 'AGE'), found(t).join(' | '));
  assert.ok(has(t, '96', 'AGE'), found(t).join(' | '));
  const u = 'Ward round: 2. Mr Raymond Tolland 97 - weight down 3 kg.';
  assert.ok(has(u, '97', 'AGE'), found(u).join(' | '));
});

test('the age after a name and a bare space closes a list item with any list mark (session 42)', () => {
  // An en or em dash with or without spaces, a double hyphen, a table's pipe; a surname in capitals after the given name.
  const t = 'Hand-over: Bed 2 Doreen Hartley 93 \u2013 fall at home. Bed 5 Wilfred Ashcombe 96\u2014confused. Bed 6 Enid Pryce 91 -- UTI.';
  for (const age of ['93', '96', '91']) assert.ok(has(t, age, 'AGE'), `${age}: ${found(t).join(' | ')}`);
  const u = 'Falls list | Bed 4 Hughes, Glenys 94 | NOF day 2 |';
  assert.ok(has(u, '94', 'AGE'), found(u).join(' | '));
  const w = 'Night: bed 7 Enid Pryce 91 ?UTI, bed 8 Ted Lowry 95 #NOF, bed 9 Iris Bell 92 / fall.';
  for (const age of ['91', '95', '92']) assert.ok(has(w, age, 'AGE'), `${age}: ${found(w).join(' | ')}`);
  const v = 'Ward round: 3. Mrs Bridie NOLAN 90 - weight loss 4 kg.';
  assert.ok(has(v, '90', 'AGE'), found(v).join(' | '));
});

test('a number after a name and a bare space that is no age stays out', () => {
  // A range with an en dash or a double hyphen, a table row of numbers, a maker's letters in capitals.
  assert.ok(!has('Target from Dr Callowan-Brink 90\u201395 systolic.', '90', 'AGE'));
  assert.ok(!has('Target from Dr Callowan-Brink 90 -- 95 systolic.', '90', 'AGE'));
  assert.ok(!has('Scores | Dr Callowan-Brink 92 | 88 | 91 |', '92', 'AGE'));
  assert.ok(!has('BP per Dr Callowan-Brink 95 / 60 lying.', '95', 'AGE'));
  assert.ok(!has('Rooms of Dr Callowan-Brink 92 #3 and 94.', '92', 'AGE'));
  assert.ok(!has('Unit kit: Gambro AK 96 \u2013 lines primed.', '96', 'AGE'));
  // A clinician's name: the number after it is a reading, a bleep or an extension.
  assert.ok(!has('Sats per Dr Okafor 92 - on air.', '92', 'AGE'));
  assert.ok(!has('Discussed with SHO Priya Raman 104 - aware of plan.', '104', 'AGE'));
  // A value with its unit or sign, a range, a series, a decimal, a clock time, a street number, an age under 90.
  assert.ok(!has('Sats per Dr Callowan-Brink 95% on air.', '95', 'AGE'));
  assert.ok(!has('Spoke to Dr Callowan-Brink 100 mg given.', '100', 'AGE'));
  assert.ok(!has('Target from Dr Callowan-Brink 90 - 95 systolic.', '90', 'AGE'));
  assert.ok(!has('Scores from Dr Callowan-Brink 92, 94 and 96.', '92', 'AGE'));
  assert.ok(!has('Temp per Mrs Ilse Drummond 98.6 today.', '98', 'AGE'));
  assert.ok(!has('Letter to Mr Raymond Tolland 92 Harley Street.', '92', 'AGE'));
  assert.ok(!has('Bed 5 Pritchard, Emyr 68 - COPD.', '68', 'AGE'));
  // A maker's model after its letters, an item of a list of capitalised names.
  assert.ok(!has('Unit kit: Fresenius 4008B, Gambro AK 96, Prismaflex; lines primed.', '96', 'AGE'));
  assert.ok(!has('Rota: Dr Callowan-Brink 92, Dr Ashcombe 94, Dr Tolland 96.', '92', 'AGE'));
});
