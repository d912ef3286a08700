/**
 * The safe-list rule for names no list holds, in a person context (unknown-words.ts): what it finds, and what it
 * must leave (clinical words, typos of words, roles, drugs after a cue). Every name here is invented for the test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectPhi, detectPhiForPatient } from './detect.js';
import { getDefaultLexicon } from './lexicon.js';
import { detectUnknownWords, unknownNameWord } from './unknown-words.js';

function rule(text: string): string[] {
  const out: string[] = [];
  detectUnknownWords(text, getDefaultLexicon(), (s, e) => out.push(text.slice(s, e)));
  return out;
}

test('two words ending on an unknown word after a contact phrase are a name, in any letter case', () => {
  assert.deepEqual(rule('site is wnl. will consult with patty vroheller re skin care.'), ['patty vroheller']);
  assert.deepEqual(rule('contact was made with martin quarey from ethics.'), ['martin quarey']);
  assert.deepEqual(rule('PLAN DISCUSSED W/ LEONA ZABOWICK, PT AWARE.'), ['LEONA ZABOWICK']);
  assert.deepEqual(rule('pt seen by orvanski today.'), ['orvanski']);
  assert.deepEqual(rule('PAGED QUORVANSKI X2 RE: BP. COVERING FOR TEMBROWE TONIGHT.'), ['QUORVANSKI', 'TEMBROWE']);
  assert.deepEqual(rule('resp therapist daskalidi in to suction.'), ['daskalidi']);
  // The rule is what finds them: the detector without it leaves these names.
  for (const [text, name] of <[string, string][]>[['contact was made with windy quarey from ethics.', 'windy quarey'], ['will consult with vroheller re skin care.', 'vroheller'],
    ['case reviewed with tembrowe (sw) this am', 'tembrowe']]) {
    const at = text.indexOf(name);
    const covers = (on: boolean): boolean => detectPhi(text, { unknownWords: on }).some((s) => s.start <= at && s.end >= at + name.length);
    assert.ok(covers(true), name);
    assert.ok(!covers(false), name);
  }
});

test('a name before a role in brackets is a clinician', () => {
  assert.deepEqual(rule('POSSIBLE CT GUIDED TAP...RICK CUVARRIA (RESIDENT) WORKING ON IT'), ['RICK CUVARRIA']);
  assert.deepEqual(rule('case reviewed with tembrowe (sw) this am'), ['tembrowe']);
});

test('clinical words, typos of words, roles and drugs after a cue stay', () => {
  assert.deepEqual(rule('will consult with wound nurse re skin care.'), []);
  assert.deepEqual(rule('dr. x met with famil at bedside.'), []);
  assert.deepEqual(rule('spoke with renal fellow about hemodialysis.'), []);
  assert.deepEqual(rule('MET W/ CASEWORKER TODAY.'), []);
  assert.deepEqual(rule('PAGED NEUROSURG X2. CALLED CARDIOTHOR RE: PLAN.'), []);
  assert.deepEqual(rule('dressing covering dehisence of suture line. paged ho x2.'), []);
  assert.deepEqual(rule('discussed with pharmacy re vancomycin level.'), []);
  assert.deepEqual(rule('METROGEL FOLLOWED BY XEROFOAM AND DSD BID.'), []);
  assert.deepEqual(rule('pt seen by cardiology (fellow) this am.'), []);
  assert.equal(unknownNameWord(getDefaultLexicon(), 'thrombocytopenia', true), false);
  assert.equal(unknownNameWord(getDefaultLexicon(), 'discharg', true), false);
  // One edit from a word is a typo when the word stands alone, a possible surname after a given name.
  assert.equal(unknownNameWord(getDefaultLexicon(), 'hollerr', true), false);
  assert.equal(unknownNameWord(getDefaultLexicon(), 'hollerr', false), true);
});

test('a place no list holds after a travel, transfer or living verb, in notes without letter case', () => {
  assert.deepEqual(rule('family drove up from quorvale today.'), ['quorvale']);
  assert.deepEqual(rule('WIFE IS STAYING AT A HOTEL IN BRANDOWICK SPRINGS.'), ['BRANDOWICK SPRINGS']);
  assert.deepEqual(rule('accepted at tessmere for rehab.'), ['tessmere']);
  // Clinical shorthand after the same prepositions is no place: no travel or living verb before it.
  assert.deepEqual(rule('plan to extubate in am. crackles bilat. foley to grav. oob to chair.'), []);
  assert.deepEqual(rule('pt transferred to micu from ccu.'), []);
});

test('the last of a list of people after a found name, across notes of one patient too', () => {
  const text = 'He wants Suzette and Boulder to decide. Wife Marguerite and Cardiology aware. Dr. Quorvanski and Memorial Hospital called.';
  const names = detectPhi(text).filter((s) => s.type === 'NAME').map((s) => text.slice(s.start, s.end));
  assert.ok(names.includes('Boulder'), names.join('|'));
  assert.ok(!names.some((n) => /Cardiology|Memorial/.test(n)), names.join('|'));
  const alone = 'He wants Suzette and Boulder to decide.';
  assert.ok(!detectPhi(alone, { unknownWords: false }).some((s) => alone.slice(s.start, s.end) === 'Boulder'));
  assert.ok(detectPhi(alone).some((s) => alone.slice(s.start, s.end) === 'Boulder'));
  const [, second] = detectPhiForPatient(['Son Brondell called.', 'Brondell and Moose were in.'], {});
  assert.ok(second?.some((s) => s.start === 'Brondell and '.length), 'the tail after a propagated name');
});

test('after a care role (RN, SW, case manager, chaplain) an unknown word is the person; the role before a word is not', () => {
  assert.deepEqual(rule('report given to rn selvara at 1900.'), ['selvara']);
  assert.deepEqual(rule('SW DELMORN FOLLOWING FOR DISPO.'), ['DELMORN']);
  assert.deepEqual(rule('case manager delmorn aware of plan.'), ['delmorn']);
  assert.deepEqual(rule('RN aware. sw following. case manager notified. rn reports pt slept.'), []);
});

test('a town before the local service named after it, and after native/resident of, is a place', () => {
  assert.deepEqual(rule('BRANDOWICK EMS BROUGHT PT IN AT 0300.'), ['BRANDOWICK']);
  assert.deepEqual(rule('pt is a retired Tessmere police officer.'), ['Tessmere']);
  assert.deepEqual(rule('pt is a native of Brandowick, lives alone.'), ['Brandowick']);
  assert.deepEqual(rule('pt is from brandowick originally.'), ['brandowick']);
  // Not a clinical or English word before the service, nor a lowercase word in a mixed-case note.
  assert.deepEqual(rule('Called EMS. local police were called. The pain is from pancreatitis.'), []);
});
