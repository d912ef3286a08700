/**
 * Bowel dilatation in imaging reports (`bowel-dilatation.ts`): a dilatation word of a bowel segment, or a segment's
 * calibre above the 3-6-9 rule, on a named study is the model's bowel obstruction on imaging.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { noteReader } from '../../testkit/note-findings.js';

const found = noteReader(70, 'female');
const OBSTRUCTION = 'ct-abdomen-obstruction';

test('a dilated bowel segment written apart from its dilatation word is read on an imaging study', () => {
  assert.equal(found('AXR: grossly dilated loop of large bowel rising out of the pelvis.').get(OBSTRUCTION), true);
  assert.equal(found('Abdominal X-ray: colon dilated to the hepatic flexure.').get(OBSTRUCTION), true);
  assert.equal(found('CT abdomen: marked distension of the jejunum and ileum.').get(OBSTRUCTION), true);
  assert.equal(found('AXR: no colonic dilatation.').get(OBSTRUCTION), false);
});

test('a segment\'s calibre above the 3-6-9 rule is dilated; within it, nothing is read', () => {
  assert.equal(found('CT abdomen: caecum 11 cm, no perforation.').get(OBSTRUCTION), true);
  assert.equal(found('AXR: transverse colon 80 mm.').get(OBSTRUCTION), true);
  assert.equal(found('CT abdomen: caecum 7 cm, appendix normal.').has(OBSTRUCTION), false);
  assert.equal(found('AXR: small bowel 2.5 cm.').has(OBSTRUCTION), false);
});

test('other organs, no bowel word, or no study: no bowel finding', () => {
  assert.equal(found('Ultrasound: dilated common bile duct 11 mm with a stone.').has(OBSTRUCTION), false);
  assert.equal(found('Ultrasound: distended bladder, loops of bowel unremarkable.').has(OBSTRUCTION), false);
  assert.equal(found('Abdomen distended and tympanic; AXR requested.').has(OBSTRUCTION), false);
  assert.equal(found('Distended colon palpable in the left flank.').has(OBSTRUCTION), false);
  assert.equal(found('Sigmoid colon distended at sigmoidoscopy.').has(OBSTRUCTION), false);
});
