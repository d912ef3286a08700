/**
 * Person names of the twenty-fourth session (issue 14, deid-names6): the subject named right after a note's heading
 * (heading-subjects.ts), and the drugs, devices, eponyms, scores, organisms and wards in the same slot that must stay.
 * Sentences invented here, copied from no data set; the first test fails on the session's start tree.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectPhi } from './detect.js';

const names = (t: string): string[] => detectPhi(t).filter((s) => s.type === 'NAME').map((s) => t.slice(s.start, s.end));

test("the subject named after a note's heading, before a person's age, place or verb, is a name", () => {
  assert.deepEqual(names('Podiatry triage: keolani 8yo ingrown toenail, mum present.'), ['keolani']);
  assert.deepEqual(names('Podiatry triage: keolani 8 y/o ingrown toenail, mum present.'), ['keolani']);
  assert.deepEqual(names('SALT swallow screen: ndeye (bed 14) failed water test, NBM.'), ['ndeye']);
  assert.deepEqual(names('Safeguarding concern: tavitao, 14, told the school nurse.'), ['tavitao']);
  assert.deepEqual(names('Phone call (daughter present): ostapchuk rang about the new tablets.'), ['ostapchuk']);
});

test("drugs, devices, eponyms, scores, organisms and wards after a heading stay", () => {
  assert.deepEqual(names('Contraception clinic: Nexplanon 3y, due for change. Mirena (5 y) in situ.'), []);
  assert.deepEqual(names('Sleep clinic: Epworth (14) high, refer for study.'), []);
  assert.deepEqual(names('Back pain clinic: Oswestry (42) improved from 56.'), []);
  assert.deepEqual(names('Diabetes: Libre (14) day sensor applied.'), []);
  assert.deepEqual(names('Neonatal: Vapotherm (cot 3) weaned to low flow.'), []);
  assert.deepEqual(names('Neonatal unit: Optiflow, 2, weaned overnight.'), []);
  assert.deepEqual(names('Growth clinic: Omnitrope (year 2) dose unchanged.'), []);
  assert.deepEqual(names('Audiology: Rinne positive both sides, Weber central.'), []);
  assert.deepEqual(names('Microbiology: Klebsiella (ESBL) in urine, Enterococcus in wound.'), []);
  assert.deepEqual(names('Ward round: Nightingale (bed 4) stable, Cedar (bed 2) for home.'), []);
  assert.deepEqual(names('Results: HbA1c 48, TSH 2.1, Ferritin (12) low.'), []);
  assert.deepEqual(names('Dental triage: Augmentin 5 days, review if swelling spreads.'), []);
  assert.deepEqual(names('Ward handover: Bay 3 (bed 4) stable, Vapotherm weaned.'), []);
});
