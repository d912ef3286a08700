import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalizeWord, tokenize } from './tokenize.js';
import { findSections, sectionsAndBreaks } from './sections.js';

function sentencesOf(text: string): string[] {
  const t = tokenize(text, sectionsAndBreaks(text).breaks);
  const out: string[] = [];
  for (let s = 0; s < t.sentences; s++) {
    const a = t.sentStart[s] as number;
    const b = (t.sentStart[s + 1] as number) - 1;
    out.push(text.slice(t.start[a], t.end[b]));
  }
  return out;
}

test('tokens carry offsets into the original text and normalised forms', () => {
  const text = 'Pt  has FEVERS, coffee-ground emesis; rashes.';
  const t = tokenize(text);
  const words = [...t.norm];
  assert.deepEqual(words, ['pt', 'has', 'fever', ',', 'coffee', 'ground', 'emesis', ';', 'rash', '.']);
  for (let i = 0; i < t.count; i++) {
    const raw = text.slice(t.start[i], t.end[i]);
    assert.equal(raw.length > 0, true);
  }
  assert.equal(text.slice(t.start[2], t.end[2]), 'FEVERS');
});

test('normalisation strips regular plurals and keeps -ss, -us, -is words', () => {
  assert.equal(normalizeWord('Headaches'), normalizeWord('headache'));
  assert.equal(normalizeWord('rashes'), normalizeWord('rash'));
  assert.equal(normalizeWord('fevers'), 'fever');
  assert.equal(normalizeWord('allergies'), 'allergy');
  assert.equal(normalizeWord('abscess'), 'abscess');
  assert.equal(normalizeWord('sinusitis'), 'sinusitis');
  assert.equal(normalizeWord('2019'), '<year>');
});

test('sentences end at full stops, blank lines, list items and headers but not at abbreviations', () => {
  assert.deepEqual(sentencesOf('Seen by Dr. Smith today. No fever.'), ['Seen by Dr. Smith today.', 'No fever.']);
  assert.deepEqual(sentencesOf('Fever: none\nCough: yes'), ['Fever: none', 'Cough: yes']);
  assert.deepEqual(sentencesOf('cough for two\ndays with fever'), ['cough for two\ndays with fever']);
  assert.deepEqual(sentencesOf('no fever\n\ncough'), ['no fever', 'cough']);
  assert.deepEqual(sentencesOf('COMPLICATIONS: None  POSTOPERATIVE DIAGNOSIS: polyp'), ['COMPLICATIONS:', 'None', 'POSTOPERATIVE DIAGNOSIS:', 'polyp']);
});

test('section headers are found with and without colons', () => {
  const text = 'HPI: cough.\nPast Medical History: asthma\nFAMILY HISTORY\nmother with asthma\nPhysical Exam: clear\nA/P: viral URI';
  const kinds = findSections(text).map((s) => s.kind);
  assert.deepEqual(kinds, ['none', 'hpi', 'pmh', 'fh', 'exam', 'assessment']);
  // A lower-case phrase without a colon is not a header.
  assert.deepEqual(findSections('he has a family history\nof asthma').map((s) => s.kind), ['none']);
});

test('control characters and replacement characters do not break tokenisation', () => {
  const t = tokenize('\u0000\u0001fever\ufffd\ufffd cough\u00a0rash');
  assert.ok(t.norm.includes('cough'));
  assert.ok(t.norm.includes('rash'));
});

test('a full stop after a unit letter that follows a number ends the sentence; after an initial it does not', () => {
  assert.equal(tokenize('24 h urine protein 6.2 g. Albumin 1.9 g/dL.').sentences, 2);
  assert.equal(tokenize('Seen by Dr. J. Smith today.').sentences, 1);
  assert.equal(tokenize('Take 1 g. Then rest.').sentences, 2);
});

test('British medical spellings normalise to the American forms, other words are untouched', () => {
  const pairs: [string, string][] = [
    ['papilloedema', 'papilledema'], ['Anaemia', 'anemia'], ['hypokalaemia', 'hypokalemia'], ['oesophagitis', 'esophagitis'],
    ['coeliac', 'celiac'], ['leucocytosis', 'leukocytosis'], ['tachypnoeic', 'tachypneic'], ['diarrhoea', 'diarrhea'],
    ['paediatric', 'pediatric'], ['faecal', 'fecal'], ['paraesthesia', 'paresthesia'], ['haemorrhage', 'hemorrhage'],
    ['tumours', 'tumor'], ['labour', 'labor'], ['caecum', 'cecum'], ['gynaecomastia', 'gynecomastia'],
    ['oestrogen', 'estrogen'], ['foetal', 'fetal'], ['amoebic', 'amebic'], ['colour', 'color'],
    ['behaviour', 'behavior'], ['odour', 'odor'], ['humour', 'humor'], ['haemoglobinaemia', 'hemoglobinemia'],
  ];
  for (const [british, american] of pairs) assert.equal(normalizeWord(british), normalizeWord(american), british);
  assert.equal(normalizeWord('toes'), 'toe');
  assert.equal(normalizeWord('hour'), 'hour');
  assert.equal(normalizeWord('aerobic'), 'aerobic');
  // Words whose ae / oe / our is not a British spelling stay as written.
  for (const w of ['shoe', 'poetry', 'joel', 'noel', 'aorta', 'four', 'pour', 'phoenix']) assert.equal(normalizeWord(w), w);
  assert.equal(normalizeWord('does'), 'doe'); // plural stripping only, as before
  assert.equal(normalizeWord('hours'), 'hour');
});
