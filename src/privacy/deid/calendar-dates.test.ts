/**
 * Dates of the other calendars and scripts (calendar-dates.ts, session 35): Solar Hijri, Hijri and Buddhist-era
 * numeric dates, Thai month names and abbreviations, Persian, Hijri, Levantine and Ethiopian month names, the year first
 * with a non-Latin month, the French first of the month, and the weekday-led forms (a two-letter CLDR abbreviation
 * before a dotted day and month; a wide weekday before a day and a month word). What stays: the same numbers with a
 * year no calendar has, a month name with no day or year, an English or Romanian word before a dotted date, a
 * ratio. Every text is invented; the date forms are ICU's own output or the writers' plain forms of them.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { found, has } from '../../testkit/deid-pieces.js';

test('Solar Hijri, Hijri and Buddhist-era numeric dates', () => {
  assert.ok(has('Angiography done; date 1405/09/12; follow-up in clinic.', '1405/09/12', 'DATE'));
  assert.ok(has('Influenza vaccine given 22/06/1448 H at the centre.', '22/06/1448', 'DATE'));
  assert.ok(has('Bloods drawn. Date 4/12/2569. Seen in OPD.', '4/12/2569', 'DATE'));
  assert.ok(has('Seen on 03\u200F/12\u200F/2026 in clinic.', '03\u200F/12\u200F/2026', 'DATE'));
});

test('Thai, Persian, Hijri, Levantine and Ethiopian month names', () => {
  assert.ok(has('Injury at the farm; 14 เม.ย. 2569; ward 3.', '14 เม.ย. 2569', 'DATE'));
  assert.ok(has('วัคซีน MMR2 1 ธ.ค. 2569 ที่ รพ.สต.', '1 ธ.ค. 2569', 'DATE'));
  assert.ok(has('นัด 3 ธันวาคม พ.ศ. 2569 ตรวจเลือด', '3 ธันวาคม พ.ศ. 2569', 'DATE'));
  assert.ok(has('Admitted 12 Azar 1405 to the cardiac unit.', '12 Azar 1405', 'DATE'));
  assert.ok(has('بستری در تاریخ 12 آذر 1405 انجام شد', '12 آذر 1405', 'DATE'));
  assert.ok(has('الموعد 3 محرم 1448 هـ في العيادة', '3 محرم 1448', 'DATE'));
  assert.ok(has('التاريخ 3 كانون الأول 2026. الطبيب', '3 كانون الأول 2026', 'DATE'));
  assert.ok(has('Seen Hedar 24, 2019 E.C. at the health post.', 'Hedar 24, 2019 E.C.', 'DATE'));
  assert.ok(has('Next visit Tahsas 12. Health worker on leave.', 'Tahsas 12', 'DATE'));
});

test('the year first with a non-Latin month, and the French first of the month', () => {
  assert.ok(has('Reviewed 2026 ഡിസംബർ 3 in clinic.', '2026 ഡിസംബർ 3', 'DATE'));
  assert.ok(has('Vu le 1er décembre 2026 aux urgences.', '1er décembre 2026', 'DATE'));
  assert.ok(has('Sortie mardi 1er décembre, 23 h 10.', 'mardi 1er décembre', 'DATE'));
});

test('a weekday before a dotted date or before a day and a month word', () => {
  assert.ok(has('Transferred So 28.06. to the district hospital.', 'So 28.06.', 'DATE'));
  assert.ok(has('Wound check at the harbour clinic; ti 14.7.2026.', 'ti 14.7.2026', 'DATE'));
  assert.ok(has('Cita de control martes 26 de mayo en el centro.', 'martes 26 de mayo', 'DATE'));
  assert.ok(has('Kontroll onsdag 3. mars på poliklinikken.', 'onsdag 3. mars', 'DATE'));
});

test('numbers without a calendar year, words before a dotted date, months alone, a ratio stay out of dates', () => {
  const cases: [string, string][] = [
    ['Ratio 12/06/1200 on the old scale.', '1200'],
    ['Dilution 3/4/2700 of the stock.', '2700'],
    ['Azar said the pain was worse in Esfand; fasting discussed.', 'Esfand'],
    ['Programat pe 11.12. la clinica.', 'pe'],
    ['From 3.7. to 14.7. on leave.', 'to'],
    ['Dose 26 de mayo clinic.', 'mayo'],
    ['Sene 3 tablets given.', 'Sene'],
  ];
  for (const [text, word] of cases) assert.ok(!found(text).some((p) => p.startsWith('DATE') && p.includes(word)), `${text}: ${found(text).join(' | ')}`);
});

test('a weekday alone as a field of a list of fields; in running text it stays', () => {
  assert.ok(has('Sepsis, lactate 4.4; Wansbeck ward; Thursday.', 'Thursday', 'DATE'));
  assert.ok(has('Adrenaline 0.5 mg IM; torsdag; own GP informed.', 'torsdag', 'DATE'));
  assert.ok(!has('Her operation is moved to the 29th. Thanks, Anna', 'Anna', 'DATE'));
  for (const text of ['Anxious to go home Monday.', 'Plan: trache thursday. GI: ok.', 'Withdraw care "Tuesday, Wednesday, or Thursday".']) {
    assert.ok(!found(text).some((p) => p.startsWith('DATE')), `${text}: ${found(text).join(' | ')}`);
  }
});
