/**
 * Image reports take the imaged organ as their nouns' site (`report-sites.ts`): a sited result phrase's
 * one-word part needs its site, and a bare head noun of a sign name in a report is not that sign. Read with
 * the shipped broad model's vocabulary; each case below was misread before the rule.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { noteReader } from '../../testkit/note-findings.js';
import { isBareHead, siteGate } from './report-sites.js';

const found = noteReader(60, 'male');

test('a one-word part of "<parts> on CT head" / "on MRI brain" needs the head or brain named', () => {
  for (const note of ['A CT scan of the chest shows an anterior mediastinal mass.', 'CT abdomen: 3 cm mass in the tail of the pancreas.', 'A CT of the abdomen shows a heterogeneous mass arising from the left kidney.']) {
    const f = found(note);
    assert.equal(f.has('ct-head-abnormal'), false, note);
    assert.equal(f.has('mri-brain-lesion'), false, note);
  }
  // Where the site is named the part is read as before.
  assert.equal(found('CT head: 2 cm mass in the left frontal lobe.').get('ct-head-abnormal'), true);
  assert.equal(found('A noncontrast CT of the head shows a mass in the sella turcica.').get('ct-head-abnormal'), true);
  assert.equal(found('MRI of the brain shows atrophy of the midbrain.').get('mri-brain-lesion'), true);
  assert.equal(found('CT head: no haemorrhage, no infarct.').get('ct-head-abnormal'), false);
  // A part of two or more words keeps the modality gate alone.
  assert.equal(found('MRI: periventricular white matter lesions.').get('mri-brain-lesion'), true);
  assert.equal(found('CXR: 4 cm right hilar mass.').get('cxr-mass'), true);
});

test('in an image report a bare head noun of a sign name is not the sign; outside one it is', () => {
  for (const note of ['MRI: bone marrow oedema at both sacroiliac joints.', 'Cardiac MRI: late gadolinium enhancement with oedema on T2.', 'MRI of the foot: marrow edema of the first metatarsal head.']) {
    const f = found(note);
    for (const id of ['peripheral-edema', 'ankle-swelling', 'leg-swelling']) assert.equal(f.has(id), false, `${note} ${id}`);
  }
  assert.equal(found('US: a 4 cm lesion in the liver.').has('skin-lesion'), false);
  assert.equal(found('X-ray: lytic lesions in the skull.').has('skin-lesion'), false);
  // Bedside words stay: an exam sentence, a sentence after the report, a clause after a semicolon.
  assert.equal(found('Legs: pitting oedema to the knees.').get('peripheral-edema'), true);
  assert.equal(found('CXR clear. Oedema to the knees.').get('peripheral-edema'), true);
  assert.equal(found('Echo not required; no murmur.').get('heart-murmur'), false);
  assert.equal(found('Skin: a 2 cm lesion on the forearm.').get('skin-lesion'), true);
  // A whole sign name in a report is read ("ascites" is its own name, not a head noun of a longer one).
  assert.equal(found('US abdomen: moderate ascites.').get('ascites'), true);
});

test('siteGate and isBareHead', () => {
  assert.ok(siteGate(['ct', 'head'])?.includes('brain'));
  assert.ok(siteGate(['chest', 'x', 'ray'])?.includes('cxr'));
  assert.equal(siteGate(['ct']), undefined);
  assert.equal(isBareHead('sign', ['peripheral', 'edema'], ['edema']), true);
  assert.equal(isBareHead('sign', ['swollen', 'lymph', 'node'], ['lymphadenopathy']), false);
  assert.equal(isBareHead('imaging', ['skin', 'lesion'], ['lesion']), false);
  assert.equal(isBareHead('sign', ['ascites'], ['ascites']), false);
});
