/**
 * Second reading of the twentieth session's name and place rules (review-deid): what must stay (a status word after a
 * place's comma, a scan or score after a capitals prefix that is also a clinical abbreviation, the kinase's inhibitor)
 * and the PHI the same rules must still take. Sentences written here for the review, copied from no data set.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectPhi, detectPhiForPatient } from './detect.js';

const found = (t: string): string[] => detectPhi(t).map((s) => `${s.type}:${t.slice(s.start, s.end)}`);

test('a past participle after a place and its comma is a status, not its town; a town still is', () => {
  assert.deepEqual(found('Back from Leeds General Infirmary, Discharged.'), ['LOCATION:Leeds General Infirmary']);
  assert.deepEqual(found("Admitted to St Mary's, Confirmed."), ["LOCATION:St Mary's"]);
  assert.deepEqual(found('Seen at Royal Infirmary, Observed.'), ['LOCATION:Royal Infirmary']);
  assert.deepEqual(found('Lives at Brindle House Care Home, Reading.'), ['LOCATION:Brindle House Care Home', 'LOCATION:Reading']);
  assert.deepEqual(found('Moved from Leeds General Infirmary, Pocklington.'), ['LOCATION:Leeds General Infirmary', 'LOCATION:Pocklington']);
});

test('a capitals prefix that is also a clinical abbreviation: the scan, score or drug after it is no establishment', () => {
  for (const t of ['USS Pelvis shows fibroids.', 'USS Gallbladder: stones.', 'USS Thyroid nodule.', 'Baby with NAS Score 8, on morphine.', 'RAF Inhibitor therapy.']) {
    assert.deepEqual(found(t), [], t);
  }
});

test('establishments named by their prefix are still taken: a proper word, a listed name or place, two words', () => {
  assert.deepEqual(found('HMP Cranford inmate.'), ['LOCATION:HMP Cranford']);
  assert.deepEqual(found('NAS Pensacola nurse.'), ['LOCATION:NAS Pensacola']);
  assert.deepEqual(found('RAF Linwood pilot.'), ['LOCATION:RAF Linwood']);
  assert.deepEqual(found('Camp Bastion veteran.'), ['LOCATION:Camp Bastion']);
  assert.deepEqual(found('Fort Worth follow up.'), ['LOCATION:Fort Worth']);
});

test('diacritic words: an eponym with its term stays out of the name, a clinical loan word stays, the name is taken', () => {
  assert.deepEqual(found('Dr Jones Ménière disease.'), ['NAME:Jones']);
  assert.deepEqual(found('Dr Nguyễn reviewed the café-au-lait macules.'), ['NAME:Nguyễn']);
});

test('the text before folding reaches the diacritic rule on both paths, one note and a patient\'s notes (c8c6640)', () => {
  const t = 'Referred by Dr Quenbrilla Sơn.';
  assert.deepEqual(found(t), ['NAME:Dr Quenbrilla Sơn']);
  const [first] = detectPhiForPatient([t, 'Seen again today.']);
  assert.deepEqual((first ?? []).map((s) => t.slice(s.start, s.end)), ['Dr Quenbrilla Sơn']);
});
