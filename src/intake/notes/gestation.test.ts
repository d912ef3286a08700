import assert from 'node:assert/strict';
import { test } from 'node:test';
import { noteReader } from '../../testkit/note-findings.js';

// The built-in broad model as shipped: "pregnant" is its finding `pregnant` (pregnancy, kind history).
const woman = noteReader(30, 'female');

test('a gestational age written of the patient is her current pregnancy (ICD-10-CM Z3A, weeks of gestation)', () => {
  for (const note of [
    '32F, G2P1, 30+3 weeks, headache.',
    'Seen at 34 + 2 wks with headache.',
    'A 30-year-old woman at 34 weeks\' gestation comes with headache.',
    'A 30-year-old woman, gravida 2, para 1, at 28 weeks of gestation, has a headache.',
    '28F, 34 weeks gestation, headache.',
    '29F, G1, 31 weeks, headache.',
    '28F, primigravida at 36 weeks, headache.',
  ]) assert.equal(woman(note).get('pregnant'), true, note);
});

test('a negation cue of another finding in the sentence does not deny the gestation', () => {
  const f = woman('31F G1P0 at 32+4 weeks, headache-free, no visual disturbance.');
  assert.equal(f.get('pregnant'), true);
  assert.equal(f.get('headache'), false);
});

test('a birth\'s, a newborn\'s or a past pregnancy\'s gestation is not a current pregnancy', () => {
  for (const note of [
    'Born at 38+2 weeks, now jaundiced.',
    'She delivered at 39 weeks\' gestation; now headache.',
    'History of stillbirth at 36 weeks\' gestation. Headache.',
    'Miscarriage at 10+2 weeks last year. Headache.',
    '29F, G2P2, 6 weeks postpartum, headache.',
    'G2P2, 30 weeks ago she had surgery. Headache.',
  ]) assert.notEqual(woman(note).get('pregnant'), true, note);
  assert.notEqual(noteReader(0.01, 'male')('Boy born at 39 weeks\' gestation, 34 weeks\' gestation by dates.').get('pregnant'), true, 'male');
  assert.notEqual(noteReader(0.01, 'female')('Girl, 3 days old, 36+1 weeks, feeding poorly.').get('pregnant'), true, 'a newborn');
});

test('weeks outside a pregnancy\'s span, and weeks that are a duration, are not read', () => {
  assert.notEqual(woman('G1, 48 weeks, headache.').get('pregnant'), true, 'beyond 42 weeks');
  assert.notEqual(woman('Cough for 3 weeks, headache.').get('pregnant'), true, 'a duration');
});
