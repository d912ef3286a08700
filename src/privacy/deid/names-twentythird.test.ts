/**
 * Person names of the twenty-third session (issue 14, deid-names5): a surname written in capitals before the given name
 * (caps-surnames.ts), and the capitals headings, initialisms, drugs, organisms, signs, wards and results of the same
 * shape that must stay. Sentences invented here, copied from no data set; the first test fails on the session's start
 * tree.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectPhi } from './detect.js';

const names = (t: string): string[] => detectPhi(t).filter((s) => s.type === 'NAME').map((s) => t.slice(s.start, s.end));

test('a surname in capitals before the given name is part of the name', () => {
  assert.deepEqual(names('Ward list: WOJCIECHOWSKA, Agnieszka - day 2 post THR, mobilising with frame.'), ['WOJCIECHOWSKA, Agnieszka']);
  assert.deepEqual(names('Referral 4/12: from PAS OGUNLEYE Folasade 1962 K3310928 diabetes review'), ['OGUNLEYE Folasade']);
  assert.deepEqual(names('Sample label: VAN DER STRAATEN Marieke / 02-12-26 / FBC'), ['VAN DER STRAATEN Marieke']);
  assert.deepEqual(names('Theatre list: 1. McTAVISH, Eilidh Morag, knee scope; 2. DIMAANDAL-ILUSTRE, Ma. Lourdes, hernia.'), ['McTAVISH, Eilidh Morag', 'DIMAANDAL-ILUSTRE, Ma. Lourdes']);
  assert.deepEqual(names('Clinic list | NWACHUKWU, Chidera | 45F | new |'), ['NWACHUKWU, Chidera']);
});

test('capitals headings, initialisms, drugs, organisms, signs, wards and results stay', () => {
  assert.deepEqual(names('PLAN Continue metformin. HPV Negative. NOTE seen on the ward. CTPA Normal. SDEC Tomorrow.'), []);
  assert.deepEqual(names('Drugs: WARFARIN, Apixaban; ASPIRIN, Clopidogrel. STOPPED, Ramipril.'), []);
  assert.deepEqual(names('Organisms: MRSA, Klebsiella; ESBL, Pseudomonas; CULTURE, Enterococcus faecalis.'), []);
  assert.deepEqual(names('Signs: BABINSKI, Hoffmann; ROMBERG, Kernig; reflexes brisk.'), []);
  assert.deepEqual(names('Wards: AMU, Nightingale Ward; CCU, Cedar Unit. HANDOVER, Tuesday.'), []);
  assert.deepEqual(names('| Test | Result |\n| HBA1C | Raised |\n| FERRITIN | Low |\n| TSH, Normal |\nRESULTS, Thyroid function normal.'), []);
});

// Second reading (review-deid7): the capitals before a name that are a heading or a role, not a surname.
test('a role word or a heading in capitals before a title or a whole name is no surname', () => {
  assert.deepEqual(names('PHYSIO, Grace to mobilise with frame.'), ['Grace']);
  assert.deepEqual(names('Signed: HANDOVER Dr. Helen Marsh'), ['Dr. Helen Marsh']);
  // The surname in capitals before a given name alone, or an abbreviated given name, is still taken.
  assert.deepEqual(names('Ward list: WOJCIECHOWSKA, Agnieszka - day 2 post THR, mobilising with frame.'), ['WOJCIECHOWSKA, Agnieszka']);
});
