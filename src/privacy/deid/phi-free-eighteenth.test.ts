/**
 * PHI-free clinical sentences against this session's new rules (review-deid, eighteenth session): plates after a
 * vehicle or plate word, foreign health-card labels, capitals-prefix specimen numbers, Roman-numeral month dates and
 * spaced digit groups after a capitals label. Written by the reviewer, not drawn from any check set; each sentence
 * must report no span. The unit guards (a row of amounts, a dose times a count) and the plate guards (a dose, a
 * trainee grade, a measurement head) fail on the review's start tree.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectPhi, reportedSpans } from './detect.js';

const reported = (t: string): string[] => reportedSpans(detectPhi(t)).map((s) => `${s.type}:${t.slice(s.start, s.end)}`);

test('a row of amounts after a capitals label is no spaced identifier', () => {
  for (const t of ['Fluid IN 2500 1800 2200 ml over three days.', 'EPO 4000 10000 12000 units weekly were trialled.']) {
    assert.deepEqual(reported(t), [], t);
  }
  assert.deepEqual(reported('UBRN 0001 2345 6789 booked.'), ['ID:0001 2345 6789']);
});

test('a dose times a count is no Roman-numeral date', () => {
  assert.deepEqual(reported('Cholecalciferol 1 X 2000 IU daily.'), []);
  assert.deepEqual(reported('Seen 03.III.2025, then 3 XI 2024 u lekarza.'), ['DATE:03.III.2025', 'DATE:3 XI 2024']);
});

test('a dose, a trainee grade or a measurement after a vehicle word is no plate', () => {
  for (const t of ['Insulin: Actrapid reg 100U at night.', 'Reg ST3 ORTHO reviewed the films.', 'Hit by a car at 30 mph; ambulance GCS 14, BP 90/60.']) {
    assert.deepEqual(reported(t).filter((s) => s.startsWith('VEHICLE')), [], t);
  }
  assert.deepEqual(reported('Car reg AB12 CDE parked outside.'), ['VEHICLE:AB12 CDE']);
});

test('clinical numbers, codes and vehicle words report nothing', () => {
  const free = [
    'Fixed with a plate (LCP 3.5 mm) and two screws.',
    'Urine output UO 2100 1850 2400 ml over three days.',
    'ICD-10 I21.4, LOINC 2345-7, SNOMED CT 22298006.',
    'BRCA1 c.68_69delAG and KRAS G12C; HGVS NM_000059.4:c.5946delT.',
    'SBP-180-110 on arrival, HR 112.',
    'Troponin T 14 ng/L at 0 h, 45 ng/L at 3 h; range 0-14.',
    'Ambulance crew gave 10 mg morphine; car seat belt worn.',
    'CAR-T therapy with CD19 CAR T cells; tags HER2 3+.',
    'Seen by the medical reg (ST4) overnight.',
    'Tumour markers CA 19-9 37, CA-125 350, CEA 4.1.',
    'Platelets 150-400, WBC 4.0-11.0, Hb 120-160 g/L.',
    'BM 1200 1630 2030 0800 recorded.',
    'Bus pass holder; takes the bus 42 to clinic.',
    'Tagged with RFID, van transport arranged, taxi 2 pm.',
    'Stage IV disease since 2019; NYHA III; grade II 2021.',
  ];
  for (const t of free) assert.deepEqual(reported(t), [], t);
});
