import assert from 'node:assert/strict';
import { test } from 'node:test';
import { noteReader } from '../../testkit/note-findings.js';
import { addPairTerm, agrees, stemOf, type PairIndex } from './loose-pairs.js';
import { phraseForms } from './tokenize.js';

// The built-in broad model as shipped: the rule reads its own two-word terms.
const found = noteReader(40, 'female');

test('two content words of a term, apart, reordered or inflected, read the term', () => {
  assert.equal(found('She finds it difficult to chew and swallow solid foods.').get('difficulty-in-swallowing'), true);
  assert.equal(found('On examination, the eyes and oral cavity appear dry.').get('hp-keratoconjunctivitis-sicca'), true);
  assert.equal(found('Rectal examination shows perianal skin ulcers.').get('skin-ulcer'), true);
});

test('a negated clause, another person, a far word or a clause break read nothing', () => {
  assert.equal(found('She does not find it difficult to chew and swallow solid foods.').has('difficulty-in-swallowing'), false);
  assert.equal(found('Her mother finds it difficult to chew and swallow.').has('difficulty-in-swallowing'), false);
  assert.equal(found('She finds it difficult to chew her food, eat slowly, and then to swallow.').has('difficulty-in-swallowing'), false);
  assert.equal(found('She finds it difficult to chew, but she can swallow.').has('difficulty-in-swallowing'), false);
});

test('words that share five letters but not six are different words; a qualifier of the term is kept', () => {
  // "conceiving" is no "concentrating" (difficulty concentrating); "abnormal liver enzymes" needs "abnormal".
  assert.equal(found('She reports difficulty conceiving for two years.').has('inattention'), false);
  assert.equal(found('Liver enzymes were sent.').has('hp-elevated-hepatic-transaminase'), false);
  assert.equal(agrees('vomiting', 'vomit'), true);
  assert.equal(agrees('conceiving', 'concen'), false);
});

test('a loose reading in a past history is dropped; the same words today are read', () => {
  assert.equal(found('Past medical history: difficult to chew and swallow.').has('difficulty-in-swallowing'), false);
  assert.equal(found('She had difficulty in breathing 10 years ago.').has('shortness-of-breath'), false);
  assert.equal(found('She has had difficulty in breathing since yesterday.').get('shortness-of-breath'), true);
});

test('two words each inside an exact reading are two findings, not one', () => {
  const f = found('He has chest pain and shortness of breath.');
  assert.equal(f.get('shortness-of-breath'), true);
  assert.equal(f.has('hurts-to-breath'), false);
});

test('a finding the note already names is decided by its exact words', () => {
  // Negated exactly, then said loosely in an affirmed clause: the exact negation stands.
  assert.equal(found('No difficulty swallowing. She finds it difficult to chew and swallow.').get('difficulty-in-swallowing'), false);
});

test('three or four content words of a term within one clause read the term; two of them do not', () => {
  assert.equal(found('He has been passing a lot of urine.').get('polyuria'), true);
  assert.equal(found('The pain is moving from the umbilicus to the right lower quadrant.').get('lower-abdominal-pain'), true);
  assert.equal(found('She has had a change in her mental status.').get('umls-c0856054'), true);
  assert.equal(found('She has had a change in her diet.').has('umls-c0856054'), false);
});

test('a word under six letters meets a longer one only through a short ending', () => {
  assert.equal(agrees('vomiting', 'vomit', 5), true);
  assert.equal(agrees('under', 'underd', 14), false);
  assert.equal(found('There is a painless swelling under the left lower jaw.').has('hp-micrognathia'), false);
});

test('the index keeps terms of two to four content words, each pair both ways, by stem', () => {
  const index: PairIndex = new Map();
  const entry = { findingId: 'x', term: 'difficulty swallowing', source: 'name' as const };
  addPairTerm(index, phraseForms('difficulty swallowing'), entry);
  addPairTerm(index, phraseForms('pain'), { ...entry, findingId: 'y' });
  addPairTerm(index, phraseForms('pain in the left lower leg at night'), { ...entry, findingId: 'z' });
  assert.deepEqual([...index.keys()].sort(), ['diffi', 'swall']);
  assert.equal(index.get('swall')!.get('diffi')![0]!.entry.findingId, 'x');
  addPairTerm(index, phraseForms('pain after meals'), { ...entry, findingId: 'w' });
  assert.equal(index.get('pain')!.get('meal')![0]!.rest![0]!.key, 'after');
  assert.equal(index.get('after')!.get('meal')![0]!.rest![0]!.key, 'pain');
  addPairTerm(index, phraseForms('red blood cell casts'), { ...entry, findingId: 'v' });
  assert.deepEqual(index.get('cell')!.get('cast')![0]!.rest!.map((r) => r.key), ['red', 'blood']);
  assert.equal(stemOf('urination'), stemOf('urinate'));
  assert.equal(stemOf('dry'), 'dry');
});
