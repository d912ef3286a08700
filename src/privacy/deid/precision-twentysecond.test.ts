/**
 * Over-redaction guards of the twenty-second session (deid-clean2), each with the PHI it must still take. The sentences
 * are written here, after the kinds counted on the read letters (letters10-17), not copied from them.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectPhi } from './detect.js';
import { countryName, countryOrLanguage } from './countries.js';

const found = (t: string): string[] => detectPhi(t).map((s) => `${s.type}:${t.slice(s.start, s.end)}`);
const names = (t: string): string[] => found(t).filter((s) => s.startsWith('NAME:'));

test('the CLDR lists hold countries, languages and the peoples named after a country', () => {
  assert.ok(countryName('Kenya') && countryName('Sri Lanka') && countryName('Guinea-Bissau'));
  assert.ok(countryOrLanguage('Tigrinya') && countryOrLanguage('Guinean') && countryOrLanguage('Nepalese') && countryOrLanguage('Somali'));
  assert.ok(!countryName('Tigrinya') && !countryOrLanguage('Okonkwo') && !countryOrLanguage('Wanjiru'));
});

test('a country, a language or a people named alone is no person; the person beside it still is', () => {
  assert.deepEqual(names('Clinic letter (Kenya): Mr Otieno Ouma, 41, seen for cough.'), ['NAME:Mr Otieno Ouma']);
  assert.deepEqual(names('Interpreter booked: Tigrinya, for Mr Haile Gebremariam on Monday.'), ['NAME:Mr Haile Gebremariam']);
  assert.deepEqual(found('Guinean, 34, TB contact of a cousin; IGRA positive.'), []);
  assert.deepEqual(found('Referral (Sri Lanka): snakebite, whole blood clotting test prolonged.'), []);
});

test('a country or language word that is a person by its context stays a name', () => {
  assert.deepEqual(names('Spoke with Jordan about the results.'), ['NAME:Jordan']);
  assert.deepEqual(names('Her daughter Georgia will drive her home.'), ['NAME:Georgia']);
  assert.deepEqual(names('AS PER E. WELSH, PT TO BE TURNED Q2H.'), ['NAME:E', 'NAME:WELSH']);
});

test("an identifier's label after a name is no name; the name and the number are still taken", () => {
  const t = 'Re Ingegerd Solvik, personnummer 19580412-3386. Sarcoidosis stage II.';
  assert.deepEqual(names(t), ['NAME:Ingegerd Solvik']);
  assert.ok(found(t).some((s) => s.endsWith('19580412-3386')));
  assert.ok(!found('Patient: NOWACZYK, Halina   PESEL 61030412345   Ward 4').some((s) => s.includes('PESEL')));
  assert.ok(found('Patient: NOWACZYK, Halina   PESEL 61030412345   Ward 4').some((s) => s.startsWith('NAME:NOWACZYK')));
});

test('a name before a number stays a name: after a field colon, after a title, or across a column break', () => {
  assert.ok(names('Sender: Ravindi   05-12-2026').includes('NAME:Ravindi'));
  assert.ok(names('Reviewed by Dr Abeysekara 0448172 today.').some((s) => s.includes('Abeysekara')));
});

test("a colon after a name stays outside the name in mixed case; the nursing gold's upper case keeps it", () => {
  assert.deepEqual(names('Dear colleague, message from Dr Wanjiru Kamau: please call back.'), ['NAME:Dr Wanjiru Kamau']);
  assert.deepEqual(names('ONE. AS PER E. WELSH: BILAT BREATH SOUNDS CLEAR.'), ['NAME:E', 'NAME:WELSH:']);
});
