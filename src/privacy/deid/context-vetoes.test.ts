/**
 * Tests of the over-redaction context vetoes (issue 14, sixteenth pass, deid-free): tests read as findings, named tests,
 * things placed, device makers, analyte abbreviations, medicines before their dose, disc levels; and the person or date
 * counter-cases in the same places.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dropEponyms } from './eponyms.js';
import { getDefaultLexicon } from './lexicon.js';
import { keepClinicalNumbers } from './identifiers.js';
import { trimNameTails } from './context-vetoes.js';
import type { PhiType } from './types.js';

const lex = getDefaultLexicon();
/** Whether a span over `word` in `text` (first occurrence) survives dropEponyms. */
const kept = (text: string, word: string, type: PhiType = 'NAME'): boolean => {
  const start = text.indexOf(word);
  return dropEponyms([{ start, end: start + word.length, type }], text, lex).length === 1;
};
const dateKept = (text: string, v: string): boolean => {
  const start = text.indexOf(v);
  return keepClinicalNumbers([{ start, end: start + v.length, type: 'DATE' }], text).length === 1;
};

test('a bedside test or sign read as a finding is no one, alone or in a list', () => {
  assert.equal(kept('Wrist: Phalen and Tinel positive on the left.', 'Phalen'), false);
  assert.equal(kept('Wrist: Phalen and Tinel positive on the left.', 'Tinel'), false);
  assert.equal(kept('Knee stable. Lachman, Pivot and McMurray negative.', 'McMurray'), false);
  assert.equal(kept('Negative Lachman and Drawer.', 'Lachman'), false);
  assert.equal(kept('Hearing: Schwabach as expected.', 'Schwabach'), false);
  assert.equal(kept('Tolosa Hunt excluded on MRI.', 'Tolosa'), false);
  assert.equal(kept('Canadian rules negative, no imaging.', 'Canadian', 'LOCATION'), false);
});

test('a person before a result word stays a person', () => {
  assert.equal(kept('Kowalczyk negative for influenza this morning.', 'Kowalczyk'), true);
  assert.equal(kept('Mrs Okonkwo negative, relieved.', 'Okonkwo'), true);
  assert.equal(kept('Spoke with Zbigniew and Halina about the plan.', 'Halina'), true);
  assert.equal(kept('Negative Zbigniew said he would call.', 'Zbigniew'), true);
});

test('a named test through descriptive or model words is no one', () => {
  assert.equal(kept('Aged 3: Boston developmental screen passed.', 'Boston', 'LOCATION'), false);
  assert.equal(kept('Octopus G1 perimetry test normal.', 'Octopus'), false);
  assert.equal(kept('Newborn: Bayley card sent.', 'Bayley'), false);
  assert.equal(kept('Lives in Boston with her son; developmental screen due.', 'Boston', 'LOCATION'), true);
  assert.equal(kept('Called Harold Jenkins test results back.', 'Harold Jenkins'), true);
});

test('a thing placed or removed is no one; a person placed on or in something stays', () => {
  assert.equal(kept('Abscess drained. Penrose placed.', 'Penrose'), false);
  assert.equal(kept('Mepilex Border applied over the sacrum.', 'Mepilex Border'), false);
  assert.equal(kept('Kowalczyk placed on the waiting list.', 'Kowalczyk'), true);
  assert.equal(kept('Margaret placed in respite.', 'Margaret'), true);
});

test('a device maker and model where a device is named is no one; a person before a device stays', () => {
  assert.equal(kept('CRT-D (Abbott Gallant HF) interrogated.', 'Abbott Gallant'), false);
  assert.equal(kept('Cochlear implant: device Nucleus Kanso, working well.', 'Nucleus Kanso'), false);
  assert.equal(kept('Aids: Oticon More serial 88123X (R).', 'Oticon More'), false);
  assert.equal(kept('Knee replacement with Zimmer Rosa robot.', 'Zimmer Rosa'), false);
  assert.equal(kept('Dorothy Pemberton serial 4471 on the form.', 'Dorothy Pemberton'), true);
  assert.equal(kept('ICD check for Dr Abbott today.', 'Abbott'), true);
});

test('an analyte abbreviation before its value or in a ratio is no hospital; a hospital abbreviation stays', () => {
  assert.equal(kept('Day 3 bloods: LH:FSH 2.1, AMH 1.4 ng/mL.', 'FSH', 'LOCATION'), false);
  assert.equal(kept('Day 3 bloods: LH:FSH 2.1, AMH 1.4 ng/mL.', 'AMH', 'LOCATION'), false);
  assert.equal(kept('Transferred from MGH 2 days ago.', 'MGH', 'LOCATION'), true);
  assert.equal(kept('Follow-up at BWH next week.', 'BWH', 'LOCATION'), true);
});

test('a medicine before its dose form, strength with thousands, or after a dose with its frequency is no one', () => {
  assert.equal(kept('Constipation. Laxido Orange 1 sachet twice daily.', 'Laxido Orange'), false);
  assert.equal(kept('Pancreatic insufficiency: Nutrizym 10,000 2 with meals.', 'Nutrizym'), false);
  assert.equal(kept('Ramipril 5 mg OD, Microgynon.', 'Microgynon'), false);
  assert.equal(kept('Gave 5 mg at 10:00, Maria aware.', 'Maria'), true);
});

test('a spinal disc level is no date; a date after a letter that is no vertebra stays', () => {
  assert.equal(dateKept('MRI: L3/4 and L4/5 canal stenosis.', '4/5'), false);
  assert.equal(dateKept('ACDF at C6/7.', '6/7'), false);
  assert.equal(dateKept('T12/1 wedge fracture.', '12/1'), false);
  assert.equal(dateKept('Seen 4/5, review 6/7.', '4/5'), true);
  assert.equal(dateKept('L4/9 results pending.', '4/9'), true);
  assert.equal(dateKept('Clinic C 4/5 booked.', '4/5'), true);
});

test('a person who places or removes something stays a person', () => {
  assert.equal(kept('Kowalczyk removed the drain at noon.', 'Kowalczyk'), true);
  assert.equal(kept('Wound review: Penrose removed today.', 'Penrose'), false);
});

test('a product before its preparation form is no one; a person before it after "by" stays', () => {
  assert.equal(kept('Sacrum red: Proshield ointment applied.', 'Proshield'), false);
  assert.equal(kept('Reviewed by Brivenna cream to be applied.', 'Brivenna'), true);
  assert.equal(kept("Brivenna's cream on her locker.", 'Brivenna'), true);
});

test('a capitalised word before a version number is no ward unless a place word stands before', () => {
  assert.equal(kept('Pump: Tandem Mobi started; Medtrum 3 discussed.', 'Medtrum', 'LOCATION'), false);
  assert.equal(kept('Interim scan: Lugano 3 response.', 'Lugano', 'LOCATION'), false);
  assert.equal(kept('Transferred to Quartermain 2 overnight, stable.', 'Quartermain', 'LOCATION'), true);
  assert.equal(kept('PT TO QUARTERMAIN 2 TONIGHT', 'QUARTERMAIN', 'LOCATION'), true);
});

test('a language before "interpreter" or in brackets after a verb of translating is no one; the interpreter named after stays', () => {
  assert.equal(kept('Tigrinya interpreter Selam present throughout.', 'Tigrinya'), false);
  assert.equal(kept('Grandson translates (Hmong) at each visit.', 'Hmong'), false);
  assert.equal(kept('Tigrinya interpreter Selam present throughout.', 'Selam'), true);
});

test('a tendon condition is no one', () => {
  assert.equal(kept('Calf pain: Achilles tendinopathy, eccentric loading.', 'Achilles'), false);
});

test('a weekday or a lower-case English word at the end of a name span is cut off; particles stay', () => {
  const cut = (text: string, v: string, mixed = true): string => {
    const start = text.indexOf(v);
    const [s] = trimNameTails([{ start, end: start + v.length, type: 'NAME' }], text, lex, mixed);
    return s ? text.slice(s.start, s.end) : '';
  };
  assert.equal(cut('I will see Mr Okafor Tuesday.', 'Okafor Tuesday'), 'Okafor');
  assert.equal(cut('Reviewed by Dr Haldane early today.', 'Haldane early'), 'Haldane');
  assert.equal(cut('Seen with Pieter van Dijk.', 'Pieter van'), 'Pieter van');
  assert.equal(cut('SEEN BY DR HALDANE early', 'HALDANE early', false), 'HALDANE early');
});

test('seventeenth pass: a scale, score, index or classification is a test head; a place or person before it in its own slot stays', () => {
  assert.equal(kept('Screened with the Oslo Perinatal Mood Scale at 6 weeks.', 'Oslo', 'LOCATION'), false);
  assert.equal(kept('Hadley Frailty Index 0.3, stable.', 'Hadley'), false);
  assert.equal(kept('Lives in Oslo; mood scale due.', 'Oslo', 'LOCATION'), true);
  assert.equal(kept('Kingsmere Hospital Assessment Unit took her.', 'Kingsmere', 'LOCATION'), true);
  assert.equal(kept('Reviewed by Mr Tennant Frailty Score 5.', 'Tennant'), true);
});

test('seventeenth pass: a word of capitals before a small number in mixed-case text is a score, not a ward, unless a place word stands before', () => {
  assert.equal(kept('Frailty screen done; VELORA 6 today, was 4.', 'VELORA', 'LOCATION'), false);
  assert.equal(kept('Transferred to WESTERHOLT 4 overnight, stable.', 'WESTERHOLT', 'LOCATION'), true);
  assert.equal(kept('PT SEEN ON WESTERHOLT 4 TODAY', 'WESTERHOLT', 'LOCATION'), true);
  assert.equal(kept('Back from VELORA 2 weeks ago, well.', 'VELORA', 'LOCATION'), true);
});
