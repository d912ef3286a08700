import assert from 'node:assert/strict';
import { test } from 'node:test';
import { noteReader } from '../../testkit/note-findings.js';

// The built-in broad model as shipped: these rules read its own vocabulary.
const found = noteReader(60, 'male');

test('a pain quality is no finding of its own; tearing of the eyes still is', () => {
  assert.equal(found('Sudden tearing chest pain.').get('lacrimation'), undefined);
  assert.equal(found('Burning epigastric pain after meals.').has('lacrimation'), false);
  assert.equal(found('Itchy eyes with tearing.').get('lacrimation'), true);
});

test('pain radiating to a site names pain there', () => {
  assert.equal(found('Chest pain radiating to the back.').get('back-pain'), true);
  assert.equal(found('Chest pain radiating to the left arm.').get('arm-pain'), true);
});

test('a systolic difference over 20 mmHg between the arms; not for one arm or a small difference', () => {
  assert.equal(found('BP 182/104 right arm, 140/86 left arm.').get('pulse-deficit'), true);
  assert.equal(found('BP 150/90 right arm, 142/88 left arm.').get('pulse-deficit'), undefined);
  assert.equal(found('BP 182/104 right arm, 140/86 right arm on repeat.').get('pulse-deficit'), undefined);
});

test('a result phrase with modifiers between its words', () => {
  assert.equal(found('Duplex ultrasound: non-compressible left common femoral and popliteal veins.').get('us-dvt'), true);
  assert.equal(found('Duplex ultrasound: compressible femoral veins, no thrombus.').get('us-dvt'), undefined);
  assert.equal(found('Ultrasound: no non-compressible vein.').get('us-dvt'), false);
  // The gallbladder is not the urinary bladder across a gap.
  assert.equal(found('Ultrasound shows a distended gall bladder.').has('us-hydronephrosis'), false);
});

test('a result phrase across a decimal size: its point ends no phrase', () => {
  assert.equal(found('Duplex ultrasound: non-compressible 1.5 cm femoral vein.').get('us-dvt'), true);
  assert.equal(found('Duplex ultrasound: non-compressible. 5 cm femoral vein.').get('us-dvt'), undefined, 'a full stop still does');
});

test('a report label naming the organ and the term\'s modality joins them', () => {
  assert.equal(found('Thyroid ultrasound: 2.4 cm solid nodule in the right lobe.').get('thyroid-us-nodule'), true);
  // Negated on the organ's own study: the nodule is absent (organ-lesions.ts reads the bare lesion word by its organ).
  assert.equal(found('Thyroid ultrasound: normal, no nodule.').get('thyroid-us-nodule'), false);
  assert.equal(found('Thyroid exam: nodule on CT.').get('thyroid-us-nodule'), undefined, 'the label must name the term\'s own modality');
  const f = found('Pelvic ultrasound: 10 cm left adnexal mass.');
  assert.equal(f.get('us-pelvic-mass'), true, 'a modifier that starts a term of its own is read as that term');
});

test('negative values: a T-score and a base excess', () => {
  assert.equal(found('DXA: T-score -2.9 at the lumbar spine.').get('dexa-low-bone-density'), true);
  assert.equal(found('DXA: T-score -1.2 at the hip.').get('dexa-low-bone-density'), false);
  assert.equal(found('ABG: base excess -14.').get('bicarbonate-low'), true);
});

test('a graded value: glucose above 600 mg/dL', () => {
  assert.equal(found('Glucose 1050 mg/dL.').get('glucose-very-high'), true);
  assert.equal(found('Glucose 320 mg/dL.').get('glucose-very-high'), false);
  assert.equal(found('Glucose 32 mmol/L.').get('glucose-very-high'), false, '32 mmol/L is 577 mg/dL');
});

test('a graded value: aminotransferases above 1,000 U/L (ACG 2017), from ALT or AST', () => {
  assert.equal(found('ALT 1650 U/L, AST 1200 U/L.').get('aminotransferase-very-high'), true);
  assert.equal(found('AST 1320 U/L.').get('aminotransferase-very-high'), true);
  assert.equal(found('ALT 240 U/L.').get('aminotransferase-very-high'), false);
  assert.equal(found('ALT 240 U/L.').get('alt-high'), true);
});

test('a test named with an undecided result is not an affirmed finding', () => {
  assert.equal(found('Urine ketones trace.').has('urine-ketones-positive'), false);
});

test('a size past its cut-off grades the structure: aorta, spleen, appendix; normal sizes do not', () => {
  const f = found('Ultrasound: aorta 6.1 cm in diameter. Spleen 17 cm. A 9 mm appendix.');
  assert.equal(f.get('us-aaa'), true);
  assert.equal(f.get('splenomegaly'), true);
  assert.equal(f.get('ct-appendicitis'), true);
  const n = found('Ultrasound: spleen 11 cm, aorta 2.1 cm, appendix 4 mm.');
  assert.equal(n.has('us-aaa') || n.has('splenomegaly') || n.has('ct-appendicitis'), false);
});

test('"free" naming a thing is no negation cue: free fluid, free T4', () => {
  const f = found('Transvaginal ultrasound: empty uterus, left adnexal mass with free fluid in the pouch of Douglas.');
  assert.equal(f.get('us-pelvic-mass'), true);
  assert.equal(f.get('tvus-ectopic'), true, 'an empty uterus');
  assert.equal(found('TSH < 0.01 with free T4 4.8 ng/dL.').get('tsh-low'), true);
  assert.equal(found('Now pain free.').get('umls-c0030193'), false, '"pain free" still negates');
});

test('an adnexal mass alone is no ectopic pregnancy on ultrasound', () => {
  const f = found('Pelvic ultrasound: 10 cm left adnexal mass.');
  assert.equal(f.get('us-pelvic-mass'), true);
  assert.equal(f.has('tvus-ectopic'), false);
});

test('a word in a set phrase is no finding: "fall asleep" is no fall, "run-ins" no runs', () => {
  assert.equal(found('He struggles to fall asleep at night.').has('problems-with-movement'), false);
  assert.equal(found('He fell asleep at the wheel.').has('problems-with-movement'), false);
  assert.equal(found('He had a fall at home.').get('problems-with-movement'), true);
  assert.equal(found('He has had run-ins with neighbours.').has('diarrhea'), false);
});
