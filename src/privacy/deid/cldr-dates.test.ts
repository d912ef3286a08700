/**
 * Month-name dates of more languages in their CLDR long formats (cldr-dates.ts, twenty-first pass), and what must
 * stay: a month name that is a word without a whole date, doses, values, times, ranges, codes and scores. Every date
 * and name is invented.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { found, has } from '../../testkit/deid-pieces.js';

test('day, month and year in the CLDR forms of more languages', () => {
  assert.ok(has('Rozpoznanie: niewydolność serca. Data: 4 grudnia 2026. Lek. Nowak.', '4 grudnia 2026'));
  assert.ok(has('Externat la Spitalul Județean Pitești 5 decembrie 2026.', '5 decembrie 2026'));
  assert.ok(has('Hjemmesygepleje, journalnotat 4. december 2026: Sigvald K.', '4. december 2026'));
  assert.ok(has('Propuštěn 12. prosince 2026 do domácí péče.', '12. prosince 2026'));
  assert.ok(has('Kotiutettu 4. joulukuuta 2026 kotihoitoon.', '4. joulukuuta 2026'));
  assert.ok(has('Выписан 5 декабря 2026 г. под наблюдение.', '5 декабря 2026'));
  assert.ok(has('Control HTA 1 dic 2026. Traslado 4-dic-2026.', '1 dic 2026'));
  assert.ok(has('Control HTA 1 dic 2026. Traslado 4-dic-2026.', '4-dic-2026'));
  assert.ok(has('Admitted Disyembre 1, 2026 for CAP.', 'Disyembre 1, 2026'));
  assert.ok(has('Vào viện ngày 20 tháng 11 năm 2026, ra viện sau.', 'ngày 20 tháng 11 năm 2026'));
});

test('month words without a whole date, and values shaped like dates, stay', () => {
  const dates = (t: string) => found(t).filter((p) => p.startsWith('DATE:'));
  assert.deepEqual(dates('Mart 4 was the ward; maj 12 mg; ocak 3 times; dic 2 tabs; mai 4 doses; 4 mart tablets.'), []);
  assert.deepEqual(dates('PHQ-9 14, ICD-10 J18.9, LOINC 2345-7, BRCA1 c.68_69del, range 120-140, version 2.0.2026.'), []);
  assert.deepEqual(dates('Dose 10 mg at 09:15; Na 140; CA 19-9 37; ref 3.5-5.0; GCS 15; 20 tháng thuốc.'), []);
});
