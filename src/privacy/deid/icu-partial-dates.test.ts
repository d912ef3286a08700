/**
 * Dates without a year or without a day in the CLDR formats of Node's ICU locales (icu-partial-dates.ts, session 28):
 * ICU's MMMMd and yMMMM skeletons are dates, with the weekday before them; what stays: numbers before month words that
 * are also clinical or English words, capitals, a given name after a bed number, years alone, doses and counts.
 * Every text is invented; the date forms are ICU's own output.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { found, has } from '../../testkit/deid-pieces.js';
import { ICU_MONTHS, ICU_MONTHS_YEAR } from './icu-months.js';

test('a day and a month name without the year, in the CLDR MMMMd forms, are a date', () => {
  assert.ok(has('Controllo il giovedì 10 dicembre in ambulatorio.', 'giovedi 10 dicembre', 'DATE') ||
    has('Controllo il giovedì 10 dicembre in ambulatorio.', 'giovedì 10 dicembre', 'DATE'));
  assert.ok(has('Próxima consulta: viernes 11 de diciembre, traer análisis.', 'viernes 11 de diciembre', 'DATE'));
  assert.ok(has('Ny kontroll fredag 11. desember hos fastlegen.', 'fredag 11. desember', 'DATE'));
  assert.ok(has('Kontrol hos egen læge den 14. januar.', 'den 14. januar', 'DATE'));
  assert.ok(has('Retorno em 3 de fevereiro com exames.', '3 de fevereiro', 'DATE'));
  assert.ok(has('Wizyta kontrolna 7 stycznia w poradni.', '7 stycznia', 'DATE'));
  assert.ok(has('Termin am Montag, 14. Dezember in der Praxis.', 'Montag, 14. Dezember', 'DATE'));
  assert.ok(has('Italian sabato: visita sabato 12 dicembre alle 9.', 'sabato 12 dicembre', 'DATE'));
});

test('a month name and a year without the day (CLDR yMMMM), and prefixed or worded day-month-year forms, are dates', () => {
  assert.ok(has('Der Wechsel im Dezember 2026, dann jährlich.', 'Dezember 2026', 'DATE'));
  assert.ok(has('Prossimo cambio marzo 2027. Inf. di turno.', 'marzo 2027', 'DATE'));
  assert.ok(has('Kontrola w styczeń 2027 w poradni.', 'styczeń 2027', 'DATE'));
  assert.ok(has('Revisión en enero de 2027 con analítica.', 'enero de 2027', 'DATE'));
  assert.ok(has('Ħarġet mill-isptar 4 ta’ Jannar 2026, lura d-dar.', '4 ta’ Jannar 2026', 'DATE'));
  assert.ok(has('נולדה בבית 4 בינואר 2026 עם מיילדת.', '4 בינואר 2026', 'DATE'));
});

test('the month-year table holds ICU stand-alone names only, folded and lower case', () => {
  assert.ok(ICU_MONTHS_YEAR.length > 50);
  for (const w of ICU_MONTHS_YEAR) {
    assert.match(w, /^[\p{Ll}\p{Lo}\p{Lm}\p{M}]{3,}$/u, w);
    assert.ok(!ICU_MONTHS.includes(w), w);
  }
  for (const w of ['grudzien', 'joulukuu', 'prosinec']) assert.ok(ICU_MONTHS_YEAR.includes(w), w);
});

// Month words that are also clinical or English words, capitals, a roster's bed number before a given name that is a
// month word elsewhere, and numbers before ordinary words of the same shape: none becomes a date.
test('counts before clinical words, capitals, bed numbers before names and years alone stay out', () => {
  const text = 'Two courses: 2 uti in a year, 1 MAC sevoflurane, 3 UTI. Lesion: 2 masa palpable. Bed 5 Maja to theatre, ' +
    'bay 3 Marta for review. Since 2019 stable; 2026 plan. Amoxicillin 500 mg 3 times daily, 4 weeks, 10 mph, ' +
    'grade 2 out of 5. ROTA: DEZEMBER 2026. Room 12 Julio asleep.';
  assert.deepEqual(found(text).filter((p) => p.startsWith('DATE:')), []);
});

// Session 32 (deid-formats8): ICU's abbreviated width with its stop (MMMd, yMMM) and Catalan's `d 'de' MMMM`, whose
// month ICU prints with the "de" inside.
test('an abbreviated month with ICU stop, without the year, and a Catalan day and month are a date', () => {
  assert.ok(has('Kontrolle am 3. Dez. in der Praxis.', '3. Dez', 'DATE'));
  assert.ok(has('Impfung geplant für Dez. 2026 in der Praxis.', 'Dez. 2026', 'DATE'));
  assert.ok(has('Visita de control el 7 de desembre a la consulta.', '7 de desembre', 'DATE'));
  assert.ok(has('Revisió el 3 de des. amb analítica.', '3 de des', 'DATE'));
  // The stop may end the sentence: it stays outside the span.
  assert.ok(has('Booster given 2 Dec. Next titre in spring.', '2 Dec', 'DATE'));
  assert.ok(!found('Booster given 2 Dec. Next titre in spring.').includes('DATE:2 Dec.'));
});

test('a number before a stopped word that is an English, clinical or name word stays out', () => {
  const text = 'Seizures: 2 grand mal. Since then 3 mal. Bed 4 Ian. reviewed, 2 ira. noted.';
  assert.deepEqual(found(text).filter((p) => p.startsWith('DATE:')), []);
});
