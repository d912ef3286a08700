// Identifiers after an issuer's acronym with no colon (field-ids.ts, twenty-third pass): what the rule takes, and the
// measurements, codes, lots, amounts and phones it must leave alone. Sentences written for the test, in no data set.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { detectPhi } from './detect.js';
import { detectFieldIds } from './field-ids.js';
import { getDefaultLexicon } from './lexicon.js';
import type { PhiType } from './types.js';

const lex = getDefaultLexicon();
function fieldIds(text: string): string[] {
  const out: string[] = [];
  detectFieldIds(text, lex, (s: number, e: number, t: PhiType) => out.push(`${t}:${text.slice(s, e)}`));
  return out;
}
const covered = (text: string, value: string): boolean => {
  const at = text.indexOf(value);
  return detectPhi(text).some((s) => s.start <= at && s.end >= at + value.length);
};

test('digits after an issuer acronym at a field opening are an identifier', () => {
  for (const [text, value] of [
    ['Referral for Maria Santos, PhilHealth 03-118822991-4, hypertension.', '03-118822991-4'],
    ['Signed Dr A. Mensah, GMDC 33017.', '33017'],
    ['Nama pasien Ibu Sari, BPJS 0002217730041, kontrol DM.', '0002217730041'],
    ['Thai clinic card. HN 65-071193, follow-up in 2 weeks.', '65-071193'],
    ['Paciente Juan Rojas, RUNP 1.022.339.118, control de HTA.', '1.022.339.118'],
    ['Driver card checked. CNIC 42101-5532871-9, taxi company informed.', '42101-5532871-9'],
    ['Kiosk slip; AWB 176-55093318; cold chain kept.', '176-55093318'],
  ] as const) {
    assert.ok(fieldIds(text).some((s) => s.endsWith(`:${value}`)), text);
    assert.ok(covered(text, value), text);
  }
});

// (Colon-labelled lots, "Lot: 4417A", are the older field rule's and the vaccine-lot rule's business, not this rule's.)
test('lab tests, vitals, codes, lots, versions, phones and amounts stay as they are', () => {
  for (const text of [
    'CRP 120, WBC 14000, PLT 250000, VL 45000 copies/mL.',
    'BNP: 4417 and NT-proBNP 12000 on admission.',
    'LOT 224417 given left deltoid; BCG batch 22A41.',
    'Ref range: 3.5-5.0. LOINC: 2160-0. LOINC 2160-0. SNOMED 49436004.',
    'Version: 2.4.1. Hb: 124 g/L. Bed: 12. Ext: 4471.',
    'HIV RNA 150000, HBV DNA 20000 IU/mL, CD4 350.',
    'The laboratory is accredited to ISO 15189 and masks meet EN 14683.',
    'Claim paid in full; USD 12000; KES 45000 outstanding; IDR 1500000 co-payment.',
    'TEL 020 7946 0958 for results.',
    'Ferritin 12000 and LDH 12000 in HLH. HbA1c 53, COVID-19 negative, T2N0M0, BRCA1 c.1521_1523del.',
    'Years 2019-2024 reviewed. MDT 2026 agenda.',
    'PEFR 350 400 450 in clinic. BM 1200 1630 2030 0800 recorded.',
    'Home: 1120 Fifth Avenue, New York, NY 10128.',
  ]) assert.deepEqual(fieldIds(text), [], text);
});

test('an acronym inside a sentence, or a note in capitals, is no field label', () => {
  assert.deepEqual(fieldIds('She was started on the GLP 12000 protocol.'), []);
  assert.deepEqual(fieldIds('PATIENT SEEN. BPJS 0002217730041 ON FILE.'), []);
});
