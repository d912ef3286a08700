/**
 * Second reading of the zero-padded sequence rule (sequence-ids.ts) and two leftovers (review-deid10, session 24):
 * PHI-free ward, lab, pharmacy, theatre and form sentences whose zero-padded codes name a thing, not a person; the
 * identifiers that must still be taken; the Colombian grid's two-digit distance; "Alder" as a ward. Every code is invented.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { found, has } from '../../testkit/deid-pieces.js';

const IDS = /^(?:ID|MRN|DEVICE|ACCOUNT|LICENSE|HEALTH_PLAN|VEHICLE):/;
const ids = (text: string): string[] => found(text).filter((s) => IDS.test(s));

test('a zero-padded code after an English noun naming a thing stays', () => {
  for (const text of [
    'ECG: 12-lead, channel CH-001 noisy, lead V-002 artefact; repeat.',
    'Followed SOP-0015 for central line care. Sepsis pathway as per guideline GL-0047.',
    'Enrolled on MK-0431 trial arm; no adverse events. Trial protocol ACTRN-012 on file.',
    'Protocol EORTC-0012 cycle 3 given.',
    'Analyser AU-0680 calibration failed. Sample run on analyser XN-0550; flags none.',
    'Pump firmware FW-0012 updated. Reagent RGT-0098 reordered by pharmacy.',
    'Instrument tray TRAY-0045 incomplete. Tray ORTH-0045 sent for resterilisation.',
    'Fridge FR-003 temperature 5C, within range. Ventilator VENT-003 settings unchanged, PEEP 5.',
    'Slide S-004 shows granulomas; block A-001 for immunohistochemistry. Blocks A1-A4 and B-001 processed.',
    'Tube EDTA-004 haemolysed. Capnography probe CO2-008 replaced. Syringe driver SD-007 re-sited, rate 2 ml/h.',
    'Audit AUD-0042 of hand hygiene: 94% compliance. Project PRJ-0417 quality improvement data collected.',
    'MRI sequence T2-001 and DWI-002 reviewed. CT series SE-003 image IM-045. Cell line MCF-007 used as control.',
    'Infusion set IV-0023 changed at 08:00. Swab set SW-0012 sent. Cylinder O2-004 empty, replaced.',
  ]) assert.deepEqual(ids(text), [], text);
});

test('a care unit, an HLA locus or the WHO old allele notation as the prefix stays', () => {
  assert.deepEqual(ids('Bed-state: AMU-012 free, AMU-014 cleaning. Transferred to ICU-004 for monitoring. OPD-003 clinic cancelled.'), []);
  assert.deepEqual(ids('HLA class II DRB1-0401 and DQB1-0302 typed.'), []);
});

test('a zero-padded code after a person, a record or an identifier noun is still taken', () => {
  assert.ok(has('Participant ABC-0093 attended the week 4 visit.', 'ABC-0093', 'ID'));
  assert.ok(has('Screening log: SCR-0447 eligible, randomised.', 'SCR-0447', 'ID'));
  assert.ok(has('Folder NAUTH/26/04471 reviewed.', 'NAUTH/26/04471', 'ID'));
  assert.ok(has('Study number STU-0045 on the consent form.', 'STU-0045', 'ID'));
  assert.ok(has('Photo taken on ward tablet asset TAB-MI-0417, uploaded.', 'TAB-MI-0417'));
  assert.ok(has('| site 07 | NB07-0218 | 03/12/2026 |', 'NB07-0218', 'ID'));
});

test('a Colombian grid address needs a two- or three-digit distance', () => {
  assert.ok(has('Vive en Calle 5 # 38-14, Bogotá.', 'Calle 5 # 38-14', 'LOCATION'));
  assert.ok(has('Dirección: Carrera 43A # 14-109.', 'Carrera 43A # 14-109', 'LOCATION'));
  assert.ok(!found('Cl. 98 No. 2-3').some((s) => s.startsWith('LOCATION:Cl.')));
  assert.ok(!found('Lives at Diagonal 2 # 12-4 with family.').some((s) => s.includes('# 12-4')));
});

test('a capitalised word after an English preposition before a number is no age noun', () => {
  assert.ok(!found('Transferred to Alder 102 overnight.').some((s) => s.startsWith('AGE:')));
  assert.ok(has('Alder: 95 år', '95', 'AGE'));
  assert.ok(has('Patient, Alder 96, indlagt.', '96', 'AGE'));
  assert.ok(has('Alter: 94, Pflegeheim.', '94', 'AGE'));
});
