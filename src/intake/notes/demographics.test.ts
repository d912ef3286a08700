import { test } from 'node:test';
import assert from 'node:assert/strict';
import { statedDemographics } from './demographics.js';

const ageSex = (t: string): [number | undefined, string | undefined] => {
  const d = statedDemographics(t);
  return [d.age?.value, d.sex?.value];
};

test('age and sex written out, in shorthand and in obstetric notation', () => {
  assert.deepEqual(ageSex('A 67 year old man presents with chest pain.'), [67, 'male']);
  assert.deepEqual(ageSex('A 67-year-old African American man'), [67, 'male']);
  assert.deepEqual(ageSex('24M with cough for 3 days'), [24, 'male']);
  assert.deepEqual(ageSex('a 3-week-old girl is brought in'), [0.0575, 'female']);
  assert.deepEqual(ageSex('A 29-year-old G2P1 woman at 30 weeks'), [29, 'female']);
  assert.deepEqual(ageSex('A 29-year-old G3P2 undergoes a cesarean section'), [29, 'female']);
  assert.deepEqual(ageSex('An 18-month-old boy'), [1.5, 'male']);
  assert.deepEqual(ageSex('Patient is 45 years of age. She reports fatigue.'), [45, 'female']);
});

test('the patient brought by someone is the patient; a temperature in F is not an age', () => {
  assert.deepEqual(ageSex('A 32-year-old woman brings her 2-month-old son because of poor feeding.'), [0.1667, 'male']);
  const d = statedDemographics('Temperature 98.6 F, pulse 80. He has a cough and he is tired; his wife says so.');
  assert.equal(d.age, undefined);
  assert.equal(d.sex?.value, 'male');
});

test('spans point at the stated text; nothing stated gives nothing', () => {
  const t = 'Seen today: a 54-year-old woman.';
  const d = statedDemographics(t);
  assert.equal(t.slice(d.age!.span[0], d.age!.span[1]), '54-year-old');
  assert.equal(d.age!.rule, 'age-phrase');
  assert.deepEqual(statedDemographics('Cough and fever.'), {});
});

test('a newborn delivered to a stated-age mother is the patient, not the mother', () => {
  const d = statedDemographics('A 2200-g (4-lb 14-oz) newborn is delivered at term to a 37-year-old primigravid woman. Examination shows that he is small.');
  assert.equal(d.age?.value, 0.01);
  assert.equal(d.sex?.value, 'male');
  assert.deepEqual(ageSex('A 2-day-old newborn girl is brought by her 30-year-old mother.'), [0.0055, 'female']);
});
