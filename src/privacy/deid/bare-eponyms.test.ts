/**
 * An eponym alone in a record that names no one is no one (twenty-third session, deid-clean4), with the people it must
 * still take. The sentences are
 * written here after the kinds counted on the read letters (letters10-18), not copied from them.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectPhi, detectPhiForPatient } from './detect.js';
import { getDefaultLexicon } from './lexicon.js';

const found = (t: string): string[] => detectPhi(t).map((s) => `${s.type}:${t.slice(s.start, s.end)}`);
const names = (t: string): string[] => found(t).filter((s) => s.startsWith('NAME:'));

test('the eponym list holds the words these tests lean on, and a name list holds them too', () => {
  const lex = getDefaultLexicon();
  for (const w of ['weber', 'hughes', 'russell', 'gilbert']) assert.ok(lex.eponyms.has(w), w);
  assert.ok(lex.firstNames.has('weber') || lex.surnames.has('weber'));
});

test('an eponym standing alone in a PHI-free text is no one, beside a year too', () => {
  assert.deepEqual(names('Hughes disability grade 3 since the relapse in 2019.'), []);
  assert.deepEqual(names('Guillain-Barre syndrome after a chest infection. Hughes disability grade 3 on day 5.'), []);
  assert.deepEqual(names('Bites seen this year: cobra, krait and two of Russell\'s viper.'), []);
  assert.deepEqual(names('Eponymous hyperbilirubinaemias to revise: Crigler-Najjar, Gilbert, Dubin-Johnson, Rotor.'), []);
  assert.deepEqual(names('Otoscopy clear; Weber to the right, hearing reduced on that side.'), []);
  // Rinne is in no eponym list (the sources name the test only in definitions): flagged alone, with no person's cue beside
  // it, it no longer makes the record name someone (thirty-second session), so Weber beside it is no one.
  assert.ok(!names('Otoscopy clear; Weber and Rinne done, no asymmetry.').some((s) => s.includes('Weber')));
});

test('an eponym word stays a person with a title, a given name, a relation, an age or a verb', () => {
  assert.ok(names('Reviewed by Dr Weber in clinic.').some((s) => s.includes('Weber')));
  assert.ok(names('Seen in clinic; Dr Wells and Mr Gleason to follow up.').some((s) => s.includes('Wells')));
  assert.ok(names('Seen in clinic; Dr Wells and Mr Gleason to follow up.').some((s) => s.includes('Gleason')));
  assert.ok(names('Patient: Weber, Anna   seen today.').some((s) => s.includes('Weber')));
  assert.ok(names('Patient: Wells, Anna   seen today.').some((s) => s.includes('Wells')));
  assert.ok(names('Her son Russell (17) came with her to the clinic.').some((s) => s.includes('Russell')));
  assert.ok(names("Russell's mother phoned about the appointment.").some((s) => s.includes('Russell')));
  assert.ok(names('Gilbert (son) visited in the evening.').some((s) => s.includes('Gilbert')));
  assert.ok(names('Conn came in with her this morning.').some((s) => s.includes('Conn')));
  assert.ok(names('His key worker Benedikt helps with the shopping.').some((s) => s.includes('Benedikt')));
  const t = 'Mr Tom Hughes, 71, seen with his wife. Hughes agreed to the plan.';
  assert.equal(names(t).filter((s) => s.includes('Hughes')).length, 2);
});

test('another note of the record that names someone keeps the bare eponym word a person', () => {
  const [, second] = detectPhiForPatient(['Seen with Mrs Ellen Gilbert, daughter.', 'Gilbert phoned about the results.']);
  assert.ok((second ?? []).some((s) => s.type === 'NAME'));
});

test('a street named after a place is still taken', () => {
  assert.ok(found('Lives at 14 Ann Arbor Rd with her husband.').some((s) => s.startsWith('LOCATION:') && s.includes('Ann Arbor Rd')));
});

// Second reading (review-deid7): ward-note forms of a person an eponym word names, in a record with no other PHI.
test('an eponym word stays a person after a contact verb or "under", or before a state or a task', () => {
  for (const t of ['Hughes aware of the result.', 'Plan d/w Hughes, for repeat CT.', 'Admitted under Hughes for the bowel obstruction.',
    'Paged Hughes, awaiting call back.', 'Hughes to see the ECG before discharge.']) assert.deepEqual(names(t), ['NAME:Hughes'], t);
  // The signs and tests stay no one.
  assert.deepEqual(names('Otoscopy clear; Weber to the right, hearing reduced on that side.'), []);
  assert.deepEqual(names('Weber lateralised to the left, Rinne positive.'), []);
});

// Thirty-second session (deid-clean17): the words an English dictionary, a clinical vocabulary or a place list holds and
// no given-name list does, and names flagged alone beside them in a record that identifies no one. Sentences written
// here, not copied from any letter.
test('a dictionary or place word alone in a record that names no one is no one, and a name alone does not name someone', () => {
  assert.deepEqual(names('ARDS graded on the Berlin definition, revised in 2012.'), []);
  assert.deepEqual(names('Teaching list: the Oldfield Skin Assessment System and the Marrowby hand rule.').filter((s) => s.includes('Assessment')), []);
});

test('a record that names someone keeps the dictionary word: a title, a role slot, a verb, another identifier', () => {
  assert.deepEqual(names('Waiting for a Springfield step-down bed.'), []);
  assert.deepEqual(names('Mr Oyelaran-Pike waiting for a Springfield step-down bed.'), ['NAME:Oyelaran-Pike', 'NAME:Springfield']);
  const dated = found('Seen 03/11/2026: Berlin definition met, Haverfield ward.');
  assert.ok(dated.some((s) => s.startsWith('DATE:')));
  assert.ok(names('Her daughter Shepherd rang about the results.').some((s) => s.includes('Shepherd')));
});
