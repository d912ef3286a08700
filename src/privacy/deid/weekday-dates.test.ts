/**
 * Weekdays beside a date (weekday-dates.ts, twentieth pass): a title-case weekday right before any date shape the
 * other rules find joins the date's span in a mixed-case note; a lone weekday stays (docs/privacy.md: no date element),
 * and so do weekdays in lower-case or capitals notes, weekday-like words before values, and a weekday after a date.
 * Every date and name is invented.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { found, has } from '../../testkit/deid-pieces.js';

test('a title-case weekday before a date joins its span, in every date shape', () => {
  assert.ok(has('Theatre list, Brennock Hospital, Fri 04-Dec-2026 08:00, list of three.', 'Fri 04-Dec-2026', 'DATE'));
  assert.ok(has('Audit: Sun 2026-12-06 shows the record opened twice.', 'Sun 2026-12-06', 'DATE'));
  assert.ok(has('Seen on Sat 14-Mar by the team, plan agreed.', 'Sat 14-Mar', 'DATE'));
});

test('a lone weekday, a weekday after a date and weekdays of shorthand notes stay readable', () => {
  const text = 'Review Friday with bloods. Next clinic 3/12 Monday. Sat 96% on air, Sun exposure limited, Wed 09:00 physio.';
  assert.deepEqual(found(text).filter((p) => /Friday|Monday|Sat|Sun|Wed/.test(p)), []);
  assert.ok(has('family mtg ?monday 8/28 with team, pt aware and agrees to plan today', '8/28', 'DATE'));
  assert.ok(has('PT FOR ?CARDIOVERSION FRIDAY 9/17. NEURO INTACT, VSS, PLAN DISCUSSED WITH TEAM', '9/17', 'DATE'));
});

// Second reader (review-formats, twentieth pass): dose schedules, a saturation and sun exposure beside dates stay out;
// the weekday's printed variants (full, abbreviated with or without a dot or comma) join.
test('weekday words that are not a date element stay out of the date, and every printed variant joins', () => {
  const text = 'Methotrexate Mon Wed Fri 10 mg, every Mon from 14/03/2026. Sat 94% 12/03/2026 on air. ' +
    'Sun exposure 2026-06-01 to 2026-06-10, rash after.';
  assert.deepEqual(found(text).filter((p) => /Mon|Wed|Fri|Sat|Sun/.test(p)), []);
  assert.ok(has('Seen Thursday, 3 December 2026 in clinic.', 'Thursday, 3 December 2026', 'DATE'));
  assert.ok(has('Seen Weds 2026-12-03 in clinic.', 'Weds 2026-12-03', 'DATE'));
  assert.ok(has('Review Fri, 2026-12-04 at 09:00 with the team.', 'Fri, 2026-12-04', 'DATE'));
  assert.ok(has('Wed. 12/03 physio booked.', 'Wed. 12/03', 'DATE'));
});

// Twenty-seventh session: the CLDR wide weekday names of the languages whose dates the readers take, and the English
// weekday in lower case or capitals, in a mixed-case note; still never a weekday alone or before a value.
test('a weekday in another language or case before a date joins it in a mixed-case note', () => {
  assert.ok(has('Seen at Kennemer Gasthuis on woensdag 25 november 2026 and sent home.', 'woensdag 25 november 2026', 'DATE'));
  assert.ok(has('Care log (Spanish): martes 1/12 - no fever.', 'martes 1/12', 'DATE'));
  assert.ok(has('Visite prévue mercredi 2 décembre 2026 au cabinet.', 'mercredi 2 décembre 2026', 'DATE'));
  assert.ok(has('Discharge planned thu 10/12 if stable.', 'thu 10/12', 'DATE'));
  assert.ok(has('Theatre list MON 07DEC\n1 Hollis', 'MON 07DEC', 'DATE'));
  const text = 'Plan: review martes with bloods. Seen sat 94% on air 12/03/2026.';
  assert.deepEqual(found(text).filter((p) => /martes|sat/.test(p)), []);
});

// Thirty-second session: the weekday of every other ICU locale as CLDR prints it in a full date (icu-weekdays.ts),
// wide or abbreviated with its stop; never a given name or an English, clinical or medical word before a date.
test('an ICU locale weekday before a date joins it; names and other words before a date stay out of it', () => {
  assert.ok(has('Kontrôle tiisdei 15 desimber by de húsarts.', 'tiisdei 15 desimber', 'DATE'));
  assert.ok(has('Canvi de sonda el dilluns 7 de desembre de 2026.', 'dilluns 7 de desembre de 2026', 'DATE'));
  assert.ok(has('Rendez-vous jeu. 3 déc. 2026 au cabinet.', 'jeu. 3 déc. 2026', 'DATE'));
  assert.ok(has('Kontroll fir de Patient, Donneschdeg, 3. Dezember 2026.', 'Donneschdeg, 3. Dezember 2026', 'DATE'));
  const text = 'Letter to Anna, 3 December 2026 by post. Seen mer. 3 December 2026 again.';
  assert.deepEqual(found(text).filter((p) => /Anna|mer/.test(p) && p.startsWith('DATE:')), []);
});
