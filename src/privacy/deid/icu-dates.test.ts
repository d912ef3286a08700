/**
 * Dates in the CLDR formats of every locale of Node's ICU (icu-dates.ts, session 25, deid-dates8): month-name dates
 * with a four-digit year in the day-first, month-first and year-first orders, and the spaced numeric forms of the
 * medium and short formats. What stays: years alone, durations, doses, scores, ratios, versions, blood pressures, lot
 * codes, a sentence's last year before a capitalised word. Every text is invented; the forms are ICU's own output.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { found, has } from '../../testkit/deid-pieces.js';
import { ICU_MONTHS, ICU_MONTHS_DOTTED } from './icu-months.js';

test('month names of locales the hand lists lack, in the CLDR long and medium orders, are dates', () => {
  assert.ok(has('Dalë nga spitali më 7 shkurt 2026, kontroll pas dy javësh.', '7 shkurt 2026', 'DATE'));
  assert.ok(has('Shifokor ko‘rigi 11-fevral, 2026, qon tahlili normal.', '11-fevral, 2026', 'DATE'));
  assert.ok(has('Nivoaka ny hopitaly 9 Martsa 2026 izy.', '9 Martsa 2026', 'DATE'));
  assert.ok(has('Kontroll 5. veebruar 2026 perearsti juures.', '5. veebruar 2026', 'DATE'));
  assert.ok(has('Qəbul 14 oktyabr 2026, ambulator müalicə.', '14 oktyabr 2026', 'DATE'));
  assert.ok(has('Felvétel: 2026. február 3., kontroll egy hét múlva.', '2026. február 3.', 'DATE'));
  assert.ok(has('Kontrola 2026. márc. 9. napján volt.', '2026. márc. 9.', 'DATE'));
});

test('the spaced numeric CLDR forms with a year are dates', () => {
  assert.ok(has('Přijat 18. 2. 2026, propuštěn za týden.', '18. 2. 2026', 'DATE'));
  assert.ok(has('Született: 1934. 07. 21. Felvétel sürgősséggel.', '1934. 07. 21.', 'DATE'));
  assert.ok(has('Vizit 2026. 3. 4. 오전.', '2026. 3. 4.', 'DATE'));
});

test('the tables are ICU month words only: three letters or more, folded, lower case; abbreviations need their stop', () => {
  assert.ok(ICU_MONTHS.length > 1000 && ICU_MONTHS_DOTTED.length > 50);
  for (const w of [...ICU_MONTHS, ...ICU_MONTHS_DOTTED]) assert.match(w, /^[\p{Ll}\p{Lo}\p{Lm}\p{M}]{3,}$/u, w);
  for (const w of ['dhjetor', 'dekabr', 'desambra', 'prosince', 'veebruar']) assert.ok(ICU_MONTHS.includes(w), w);
  // Abbreviations ICU prints without a stop are not in either table (many are English words), nor is any English word.
  for (const w of ['sat', 'can', 'now', 'see', 'mph', 'dhj', 'out', 'here', 'gas', 'set', 'may', 'march']) assert.ok(!ICU_MONTHS.includes(w) && !ICU_MONTHS_DOTTED.includes(w), w);
  assert.ok(has('Kontrolle 4. Dez. 2026 geplant.', '4. Dez. 2026', 'DATE'));
});

// The forms of the brief's PHI-free list beside four-digit years and near-misses of the shapes above: none of them
// becomes a date with its year (the other rules' readings of `3/7` or `May 3` are theirs, not this module's).
test('years alone, durations, doses, scores, ratios, versions, pressures and lot codes stay readable', () => {
  const text = 'Diagnosed in 2019. May 3 weeks later relapse. Amoxicillin 500 mg 3/7 in 2026, then 2/52. Power 4/5 in 2026. ' +
    'BP 120/80 2026, ratio 2:1, FEV1/FVC 0.70. Software v2.10. 2026 build. Lot 4. 12. A2026 used. Doses 1. 2. 3. given. ' +
    'Batch 12 may 2026x. Ward 7 sat 2026 beds. 10 mph 2026 crash. Since 2020. Mar 3 mg stopped. Items 3. 12. 20261 logged. ' +
    'Grade 2 out 2026 audit. Score 4 can 2026. In 2026 we saw 3 Desambra patients? No: 2026 see 4.';
  const withYear = found(text).filter((p) => p.startsWith('DATE:') && /\d{4}/.test(p));
  assert.deepEqual(withYear, []);
});
