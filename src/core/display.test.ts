import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clinicianWording, formatContribution, formatProbability } from './display.js';

test('probabilities are shown at an honest resolution', () => {
  assert.equal(formatProbability(1), '>99%');
  assert.equal(formatProbability(0.9999), '>99%');
  assert.equal(formatProbability(0.994), '99%');
  assert.equal(formatProbability(0.3749), '37%');
  assert.equal(formatProbability(0.04), '4%');
  assert.equal(formatProbability(0.0094), '0.9%');
  assert.equal(formatProbability(0.0004), '<0.1%');
  assert.equal(formatProbability(0), '<0.1%');
});

test('contributions are shown to one decimal and bounded', () => {
  assert.equal(formatContribution(55.28), '>+10');
  assert.equal(formatContribution(-12), '<-10');
  assert.equal(formatContribution(2.345), '+2.3');
  assert.equal(formatContribution(-0.04), '0.0');
  assert.equal(formatContribution(0.96), '+1.0');
});

test('next steps are named for a clinician, derived from the model, not per question', () => {
  const ask = (name: string, question: string) => clinicianWording(question, [{ name, question }]);
  assert.equal(ask('pain somewhere', 'Do you feel pain somewhere?'), 'Ask about pain location');
  assert.equal(ask('viral infection', 'Have you recently had a viral infection?'), 'Ask about viral infection');
  assert.equal(ask('stridor', 'Have you noticed a high pitched sound when breathing in?'), 'Ask about stridor');
  assert.equal(ask('d a diffuse (widespread) redness in one or both eyes', 'Have you noticed a diffuse (widespread) redness in one or both eyes?'), 'Ask about diffuse (widespread) redness in one or both eyes');
  assert.equal(ask('cystic fibrosis', 'Do you have cystic fibrosis?'), 'Ask about cystic fibrosis');
  assert.equal(clinicianWording('Ask about: fever', [{ name: 'fever', question: 'Ask about: fever' }]), 'Ask about fever');
  assert.equal(clinicianWording('12-lead ECG', [{ name: 'ST elevation' }]), '12-lead ECG');
  assert.equal(clinicianWording('Check vital signs and pulse oximetry', [{ name: 'fever' }, { name: 'tachycardia' }]), 'Check vital signs and pulse oximetry');
});
