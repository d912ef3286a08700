/**
 * A lesion word in an imaging report is sited by the organ its clause names (`organ-lesions.ts`): read as that
 * organ's imaging finding on its study, and not as a part sited in another body region.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { noteReader } from '../../testkit/note-findings.js';

const woman = noteReader(45, 'female');
const man = noteReader(65, 'male');

test('a lesion word with its organ named in the clause, on a study, is that organ\'s imaging finding', () => {
  assert.equal(woman('Transvaginal ultrasound: uterus 16 x 11 cm with three intramural and submucosal masses.').get('us-pelvic-mass'), true);
  assert.equal(woman('Transvaginal ultrasound: right ovary enlarged with a 5 cm dermoid cyst.').get('us-pelvic-mass'), true);
  assert.equal(woman('US: solid nodule in the right thyroid lobe.').get('thyroid-us-nodule'), true);
  assert.equal(man('CT: 3 cm hypoattenuating mass in the head of the pancreas.').get('imaging-abdominal-mass'), true);
  assert.equal(man('CT: 2 cm nodule in the left adrenal gland.').get('imaging-abdominal-mass'), true);
});

test('a lesion sited in another organ is no CT head or chest finding of the same word', () => {
  const f = man('CT: 3 cm hypoattenuating mass in the head of the pancreas.');
  assert.equal(f.has('ct-head-abnormal'), false);
  assert.equal(woman('Ultrasound: 2 cm solid nodule in the thyroid isthmus.').has('cxr-mass'), false);
  // The part keeps its reading where the organ is its own region, or where no organ is named.
  assert.equal(man('CXR: 3 cm mass in the right lung.').get('cxr-mass'), true);
  assert.equal(man('CT head: ring-enhancing mass in the left parietal lobe.').get('ct-head-abnormal'), true);
  assert.equal(man('CXR: 3 cm mass in the right upper lobe.').get('cxr-mass'), true);
});

test('second reader: no study, the pronoun "us", or an organ of another group read no organ finding', () => {
  // On examination, not on a study.
  assert.equal(woman('Exam: firm nodule in the right thyroid lobe.').has('thyroid-us-nodule'), false);
  assert.equal(woman('She told us about a lump; uterus felt enlarged with a mass.').has('us-pelvic-mass'), false);
  // The nearest organ decides: a liver lesion on a pelvic scan is no pelvic mass.
  const f = woman('Ultrasound: uterus normal; 3 cm lesion in the liver.');
  assert.equal(f.has('us-pelvic-mass'), false);
  assert.equal(f.get('imaging-abdominal-mass'), true);
  // Negated on the study: the organ's finding is absent.
  assert.equal(woman('Pelvic ultrasound: no ovarian mass.').get('us-pelvic-mass'), false);
});
