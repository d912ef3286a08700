/**
 * Polycystic ovarian morphology by the ultrasound's numbers (`ovarian-morphology.ts`): a follicle count per ovary of
 * 20 or more, or an ovarian volume of 10 mL or more with no cyst, is the model's "polycystic ovaries" (2023
 * international PCOS guideline); smaller numbers, other organs' numbers and other follicles read nothing.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { noteReader } from '../../testkit/note-findings.js';

const found = noteReader(24, 'female');
const PCOM = 'us-pelvic-mass';

test('a follicle count or an ovarian volume at the guideline threshold is polycystic ovarian morphology', () => {
  assert.equal(found('TVUS: 26 follicles R ovary, volume 8 mL.').get(PCOM), true);
  assert.equal(found('Transvaginal ultrasound shows more than 20 follicles in each ovary.').get(PCOM), true);
  assert.equal(found('Pelvic ultrasound: left ovarian volume 12 mL, 9 follicles.').get(PCOM), true);
  assert.equal(found('Ovaries 11ml and 13ml on transvaginal scan.').get(PCOM), true);
});

test('below the thresholds, an upper bound, or a cyst beside the volume reads nothing; the count keeps its context', () => {
  assert.equal(found('Transvaginal ultrasound shows 14 peripheral follicles in each ovary.').get(PCOM) ?? false, false);
  assert.equal(found('Pelvic US: uterus 4.2 cm, ovaries 3 mL with follicles.').get(PCOM) ?? false, false);
  assert.equal(found('TVUS: fewer than 20 follicles in each ovary.').get(PCOM) ?? false, false);
  assert.equal(found('US: right ovary volume 18 mL, corpus luteum seen.').get(PCOM) ?? false, false);
  assert.equal(found('Her sister has 25 follicles in each ovary.').get(PCOM) ?? false, false);
});

test('other organs and other follicles are not the ovary', () => {
  assert.equal(found('Bladder volume 300 mL; ovaries normal.').get(PCOM) ?? false, false);
  assert.equal(found('US: uterus 60 mL, ovaries normal.').get(PCOM) ?? false, false);
  assert.equal(found('Eversion of the lower lids shows 30 follicles.').get(PCOM) ?? false, false);
});
