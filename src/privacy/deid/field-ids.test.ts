/**
 * Tests of field-ids.ts: an identifier after any field label no list holds, and the measurements, codes, settings and
 * ranges beside labels that stay.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectFieldIds } from './field-ids.js';
import { getDefaultLexicon } from './lexicon.js';
import type { PhiType } from './types.js';

const lex = getDefaultLexicon();
const found = (text: string): string[] => {
  const out: string[] = [];
  detectFieldIds(text, lex, (s: number, e: number, t: PhiType) => out.push(`${t}:${text.slice(s, e)}`));
  return out;
};

test('an identifier shape after a field label and a colon, "#" or a numbering word is an identifier, typed by the label', () => {
  assert.deepEqual(found('RN: 4402 7719'), ['MRN:4402 7719']);
  assert.deepEqual(found('Coverage ID: 58813. Prior auth pending.'), ['HEALTH_PLAN:58813']);
  assert.deepEqual(found('Our ref no. GP/4471/KT. Thank you.'), ['ID:GP/4471/KT']);
  assert.deepEqual(found('Specimen ID S24-11893 haemolysed.'), ['ID:S24-11893']);
  assert.deepEqual(found('Insurance: Keystone, ID ZGP 8812 4410, primary.'), ['ID:ZGP 8812 4410']);
  assert.deepEqual(found('FIN: 22019834  Encounter type: outpatient'), ['ACCOUNT:22019834']);
});

test('measurement labels, settings, ranges, decimals, dates, prose and short numbers stay', () => {
  for (const text of ['Platelets: 250000', 'Billing code: 99214', 'Reference range: 150000-400000', 'ID: TMAX 101.2',
    'CV: HR 80-90 SR', 'CURRENT VENT SETTINGS: A/C 8X650X50', 'GU: U/O 40-80CC/HR', 'VENT SETTINGS: 40/1000/15 A/C',
    'Adm: 12/02/2024', 'SOCIAL: DAUGHTER-KRISSY 301 944', 'NURSING NOTE 1900-0700', 'Dose: 240 mg', 'Weight: 82.4 kg',
    'He has no 12345']) assert.deepEqual(found(text), [], text);
});
