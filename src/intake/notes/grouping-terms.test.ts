/**
 * A negated member of a grouping finding marks nothing absent; the group's own wording does, and an affirmed member
 * makes it present (`grouping-terms.ts`), read with the shipped broad model's vocabulary; my own sentences.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { noteReader } from '../../testkit/note-findings.js';
import { isGroupingFinding, isMemberTerm, namesResult, studyResultNames } from './grouping-terms.js';
import { phraseForms } from './tokenize.js';

const read = noteReader(50, 'female');

test('a negated member of a grouping finding leaves the group unread; an affirmed one makes it present', () => {
  assert.equal(read('Blood film: no schistocytes.').get('smear-abnormal'), undefined);
  assert.equal(read('Blood film: blasts, no schistocytes.').get('smear-abnormal'), true);
  assert.equal(read('Chest clear, no stridor.').get('abnormal-breathing-sounds'), undefined);
  assert.equal(read('Bilateral basal crackles.').get('abnormal-breathing-sounds'), true);
});

test('the group\'s own wording, negated, still marks it absent', () => {
  assert.equal(read('No abnormal breathing sounds.').get('abnormal-breathing-sounds'), false);
  assert.equal(read('No abnormal involuntary movements.').get('abnormal-involuntary-movements'), false);
});

test('grouping findings are those an abnormality word names; member terms are their other wordings', () => {
  assert.equal(isGroupingFinding({ name: 'abnormal blood film' }), true);
  assert.equal(isGroupingFinding({ name: 'EEG abnormality' }), true);
  assert.equal(isGroupingFinding({ name: 'infarct, mass or oedema on CT head', codes: [{ code: 'ct-head-abnormal' }] }), true);
  assert.equal(isGroupingFinding({ name: 'consolidation on chest X-ray', codes: [{ code: 'cxr-consolidation' }] }), false);
  const name = phraseForms('abnormal blood film');
  assert.equal(isMemberTerm(phraseForms('schistocytes'), name), true);
  assert.equal(isMemberTerm(name, name), false);
  assert.equal(isMemberTerm(phraseForms('normal film'), name), false);
  assert.equal(isMemberTerm(phraseForms('EEG abnormalities'), phraseForms('EEG abnormality')), false);
});

test('a negated sign of a study result leaves the result unread; the result named, or a sign affirmed, is read', () => {
  assert.equal(read('Ultrasound: gallstones, no pericholecystic fluid.').get('us-gallbladder-inflamed'), true);
  assert.equal(read('Ultrasound: no pericholecystic fluid.').get('us-gallbladder-inflamed'), undefined);
  assert.equal(read('No cholecystitis on ultrasound.').get('us-gallbladder-inflamed'), false);
  assert.equal(read('ECG: sinus rhythm, no LVH.').get('ecg-lvh'), false);
});

test('study results are imaging findings named "<result> on <study>"; a term names the result by a shared stem or initials', () => {
  const results = studyResultNames([
    { id: 'a', name: 'cholecystitis on ultrasound', kind: 'imaging' },
    { id: 'b', name: 'skin on arm or hand looks infected', kind: 'sign' },
    { id: 'c', name: 'pleural effusion on chest X-ray', kind: 'imaging' },
  ], (id) => id === 'c');
  assert.deepEqual([...results.keys()], ['a']);
  const cavity = phraseForms('cavitating lung lesion');
  assert.equal(namesResult(phraseForms('cavity'), cavity), true);
  assert.equal(namesResult(phraseForms('LVH'), phraseForms('left ventricular hypertrophy')), true);
  assert.equal(namesResult(phraseForms('positive stress test'), phraseForms('inducible ischaemia stress testing')), true);
  assert.equal(namesResult(phraseForms('pericholecystic fluid'), phraseForms('cholecystitis')), false);
});
