/**
 * A brand written with its generic name in brackets, either way round, is a medicine, no one (issue 14, twenty-fifth
 * session, deid-clean6: medicine-names.ts `genericBeside`); a person written with a role, a relation or a medicine in
 * brackets is still taken. Brand names are real; people and dates are invented.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { found, has } from '../../testkit/deid-pieces.js';

test('a brand with its generic in brackets, or in brackets after its generic, stays', () => {
  assert.deepEqual(found('Brands and generics: Eliquis (apixaban), Lixiana (edoxaban), Pradaxa (dabigatran), Januvia (sitagliptin), Trulicity (dulaglutide).'), []);
  assert.deepEqual(found('Bone health: alendronate weekly, denosumab (Prolia) 6-monthly; INR under 4 for extraction.'), []);
  // In a note that names someone, the patient is taken and the brand is not.
  const note = 'Reviewed Halina Wozniak on 3 Dec 2026. Anticoagulation: Eliquis (apixaban) and Jardiance (empagliflozin) continue.';
  assert.deepEqual(found(note), ['NAME:Halina Wozniak', 'DATE:3 Dec 2026']);
});

test('a person with a role, a relation or a medicine in brackets is still taken', () => {
  assert.ok(has('Seen with Anna Kowalczyk (daughter) on 3 Dec 2026.', 'Anna Kowalczyk', 'NAME'));
  assert.ok(has('Clinic list 3 Dec 2026: Eliquis (apixaban) for Marek Nowak (apixaban) and Ewa Nowak.', 'Marek Nowak', 'NAME'));
  assert.ok(found('Handed to Nowak (apixaban) on 3 Dec 2026.').some((s) => s.includes('Nowak')));
  assert.ok(has('Dr Lixiana (edoxaban clinic) rang on 3 Dec 2026.', 'Lixiana'));
});
