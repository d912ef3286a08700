import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { FindingDef } from '../../core/model.js';
import { noteReader } from '../../testkit/note-findings.js';
import { buildLexicon } from './lexicon.js';
import { extractFindings } from './extract.js';
import { foldWord, sharedTerms, termKey } from './term-variants.js';
import { phraseForms } from './tokenize.js';

// The built-in broad model as shipped: "dry mouth" (hp-xerostomia) and "mouth dryness" (mouth-dryness) are two
// findings of one complaint, as are "decreased breath sounds" and "breath sounds decreased" (umls-c0238844).
const found = noteReader(40, 'female');

test('a wording in other word forms or order reads both findings', () => {
  for (const note of ['She has a dry mouth.', 'She reports mouth dryness.']) {
    const f = found(note);
    assert.equal(f.get('hp-xerostomia'), true, note);
    assert.equal(f.get('mouth-dryness'), true, note);
  }
  const f = found('There are decreased breath sounds at the right base.');
  assert.equal(f.get('abnormal-breathing-sounds'), true);
  assert.equal(f.get('umls-c0238844'), true);
  assert.equal(found('He has a resting tremor of the right hand.').get('umls-c0234379'), true);
});

test('negation and another person apply to the shared reading as to the exact one', () => {
  const neg = found('She denies dry mouth.');
  assert.equal(neg.get('hp-xerostomia'), false);
  assert.equal(neg.get('mouth-dryness'), false);
  const other = found('Her mother has a dry mouth.');
  assert.equal(other.has('mouth-dryness'), false);
  assert.equal(other.has('hp-xerostomia'), false);
  assert.equal(found('No decreased breath sounds.').get('umls-c0238844'), false);
});

test('other body parts are other wordings: dry eyes or dry skin are no dry mouth', () => {
  for (const note of ['She has dry eyes.', 'Her skin is dry.', 'She has dry, cracked lips.']) assert.equal(found(note).has('mouth-dryness'), false, note);
});

test('words fold to their root by one ending; a short root keeps the word', () => {
  assert.equal(foldWord('dryness'), 'dry');
  assert.equal(foldWord('dry'), 'dry');
  assert.equal(foldWord('decreased'), foldWord('decrease'));
  assert.equal(foldWord('lethargic'), foldWord('lethargy'));
  assert.equal(foldWord('resting'), 'rest');
  assert.equal(foldWord('running'), 'run');
  assert.equal(foldWord('red'), 'red');
  assert.equal(foldWord('bled'), 'bled');
});

test('keys: order-free, but a hyphenated compound keeps its order; one-word terms and numbers make no key', () => {
  assert.equal(termKey('mouth dryness', phraseForms('mouth dryness')), termKey('dry mouth', phraseForms('dry mouth')));
  assert.notEqual(termKey('left-to-right shunt', phraseForms('left-to-right shunt')), termKey('right-to-left shunt', phraseForms('right-to-left shunt')));
  // "wind" (flatulence) and "winded" (short of breath), "spots" and "spotting": a single word's derivation changes its sense.
  assert.equal(termKey('winded', phraseForms('winded')), undefined);
  assert.equal(termKey('spotting', phraseForms('spotting')), undefined);
  assert.equal(termKey('type 2 diabetes', phraseForms('type 2 diabetes')), undefined);
});

test('shared terms pair findings, never a finding with itself, each other finding once per term', () => {
  const t = (findingId: string, term: string): { findingId: string; term: string; forms: string[] } => ({ findingId, term, forms: phraseForms(term) });
  const out = sharedTerms([t('a', 'mouth dryness'), t('a', 'dry mouth'), t('b', 'dry mouth'), t('b', 'dryness of the mouth'), t('c', 'dry eyes')]);
  assert.deepEqual(out.map((x) => `${x.term.term}>${x.findingId}`), ['mouth dryness>b', 'dry mouth>b', 'dry mouth>a', 'dryness of the mouth>a']);
});

test('the option off (the model build) reads the exact terms only', () => {
  const findings: FindingDef[] = [
    { id: 'mouth-dryness', name: 'mouth dryness', kind: 'symptom', valueType: 'binary' },
    { id: 'xerostomia', name: 'dry mouth', kind: 'sign', valueType: 'binary' },
  ] as FindingDef[];
  const ids = (on: boolean): string[] => {
    const r = extractFindings('Dry mouth.', buildLexicon({ id: 't', version: '1', findings }, { sharedTerms: on }));
    return r.ok ? r.value.mentions.map((m) => m.findingId).sort() : [];
  };
  assert.deepEqual(ids(true), ['mouth-dryness', 'xerostomia']);
  assert.deepEqual(ids(false), ['xerostomia']);
});

test('one phrase naming several findings: each carries the others (samePhrase, same value); other phrases do not', () => {
  const findings: FindingDef[] = [
    { id: 'mouth-dryness', name: 'mouth dryness', kind: 'symptom', valueType: 'binary' },
    { id: 'xerostomia', name: 'dry mouth', kind: 'sign', valueType: 'binary' },
    { id: 'fever', name: 'fever', kind: 'symptom', valueType: 'binary' },
    { id: 'thirst', name: 'thirst', kind: 'symptom', valueType: 'binary' },
  ] as FindingDef[];
  const lex = buildLexicon({ id: 't', version: '1', findings });
  const obs = (text: string): unknown[] => {
    const r = extractFindings(text, lex);
    return r.ok ? [...r.value.findings] : [];
  };
  assert.deepEqual(obs('Dry mouth and fever.'), [
    { id: 'mouth-dryness', present: true, samePhrase: ['xerostomia'] },
    { id: 'xerostomia', present: true, samePhrase: ['mouth-dryness'] },
    { id: 'fever', present: true },
  ]);
  assert.deepEqual(obs('She denies a dry mouth.'), [
    { id: 'mouth-dryness', present: false, samePhrase: ['xerostomia'] },
    { id: 'xerostomia', present: false, samePhrase: ['mouth-dryness'] },
  ]);
  // Two phrases, two findings each of its own: no set.
  assert.deepEqual(obs('Fever and thirst.'), [{ id: 'fever', present: true }, { id: 'thirst', present: true }]);
});

test('a phrase that each finding lists as its own term counts as before: no set', () => {
  const findings: FindingDef[] = [
    { id: 'fever', name: 'fever', synonyms: ['pyrexia'], kind: 'symptom', valueType: 'binary', leak: 0.05 },
    { id: 'raised-temperature', name: 'raised temperature', synonyms: ['pyrexia'], kind: 'sign', valueType: 'binary', leak: 0.05 },
  ] as FindingDef[];
  const r = extractFindings('Pyrexia since Monday.', buildLexicon({ id: 't', version: '1', findings }));
  assert.deepEqual(r.ok ? r.value.findings : [], [{ id: 'fever', present: true }, { id: 'raised-temperature', present: true }]);
});
