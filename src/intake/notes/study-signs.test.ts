/**
 * A bare "oedema" in an imaging report is the study's tissue finding, not peripheral oedema (`study-signs.ts`),
 * read with the shipped broad model's vocabulary; my own sentences.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { noteReader } from '../../testkit/note-findings.js';
import { tokenize } from './tokenize.js';
import { isStudySignWord, onStudy, studySignTerm } from './study-signs.js';

const found = noteReader(50, 'female');
const SIGN = ['peripheral-edema', 'leg-swelling', 'ankle-swelling'];

test('oedema that an MRI or CT shows in a tissue is not peripheral oedema', () => {
  for (const note of [
    'MRI thighs: symmetric muscle oedema.',
    'MRI: bone marrow oedema at both sacroiliac joints.',
    'MRI: marrow oedema on T2/STIR with low T1 signal in the 1st metatarsal head.',
    'Cardiac MRI: late gadolinium enhancement of the lateral wall with oedema on T2.',
    'CT abdomen: bowel wall oedema in the terminal ileum.',
  ]) {
    const f = found(note);
    for (const id of SIGN) assert.equal(f.get(id), undefined, `${note}: ${id}`);
  }
});

test('oedema found on examination stays the sign, with a study named elsewhere', () => {
  for (const note of [
    'Oedema to mid-calf bilaterally.',
    'Ankle oedema, CXR normal.',
    'Blood film normal, oedema of both legs.',
    'CXR: cardiomegaly. Oedema to the knees.',
    'MRI: normal. Pitting oedema to the knees.',
  ]) assert.equal(found(note).get('peripheral-edema'), true, note);
  // A longer term of the sign is read on a study too.
  assert.equal(found('CT: pedal oedema.').get('peripheral-edema'), true);
  // Negated on examination, still marked absent.
  assert.equal(found('No oedema.').get('peripheral-edema'), false);
});

test('an imaging finding keeps its own result word on its study', () => {
  assert.equal(found('CT head: cerebral oedema with effacement of the sulci.').get('ct-head-abnormal'), true);
});

test('the clause rule: a study before the word across commas, after it only up to a comma', () => {
  const at = (text: string): boolean => {
    const t = tokenize(text);
    const i = t.norm.indexOf('edema');
    assert.ok(i >= 0);
    return onStudy(t, i);
  };
  assert.equal(at('MRI: T2 hyperintensity, marrow oedema, no collection.'), true);
  assert.equal(at('Marrow oedema on STIR.'), true);
  assert.equal(at('Oedema to the knees, CT chest awaited.'), false);
  assert.equal(at('Oedema to the knees; CT chest clear.'), false);
  assert.equal(isStudySignWord(['edema']), true);
  assert.equal(isStudySignWord(['pitting', 'edema']), false);
});

test('the skin\'s lesion, plaque and spot words on a study are the study\'s findings, not skin findings', () => {
  for (const note of [
    'MRI brain: multiple periventricular T2 lesions, one enhancing.',
    'X-ray skull: multiple punched-out lytic lesions.',
    'CXR: calcified pleural plaques along both diaphragms.',
    'MRI pituitary: preserved posterior bright spot.',
  ]) {
    const f = found(note);
    for (const id of ['skin-lesion', 'scaly-plaques', 'skin-rash']) assert.equal(f.get(id), undefined, `${note}: ${id}`);
  }
  // On examination, and a term that names the skin or a kind of lesion, they stay read.
  assert.equal(found('Several raised scaly plaques on both elbows.').get('scaly-plaques'), true);
  assert.equal(found('A skin lesion on the left shin, CT chest normal.').get('skin-lesion'), true);
  assert.equal(found('CT chest normal. Target lesions on the palms.').get('target-lesions'), true);
});

test('a target lesion on an abdominal study is the target sign, not the skin\'s target lesions; beside an organ it is neither', () => {
  for (const note of ['Abdominal US: 3 cm target lesion in the right upper quadrant.', 'Ultrasound of the abdomen shows a target-like lesion in the right lower quadrant.']) {
    const f = found(note);
    assert.equal(f.get('target-lesions'), undefined, note);
    assert.equal(f.get('ct-abdomen-obstruction'), true, note);
  }
  const liver = found('CT abdomen: multiple target lesions in the liver.');
  assert.equal(liver.get('target-lesions'), undefined);
  assert.equal(liver.get('ct-abdomen-obstruction'), undefined);
  // "US" is the study only in capitals.
  assert.equal(found('She told us of target lesions on her palms.').get('target-lesions'), true);
});

test('the shape-led terms and the sign they read', () => {
  assert.equal(isStudySignWord(['target', 'lesion']), true);
  assert.equal(isStudySignWord(['target', 'like', 'lesion']), true);
  assert.equal(isStudySignWord(['skin', 'lesion']), false);
  assert.equal(isStudySignWord(['purpuric', 'lesion']), false);
  assert.equal(studySignTerm(['target', 'like', 'lesion']), 'target sign');
  assert.equal(studySignTerm(['lesion']), undefined);
});
