/**
 * A place after a locative preposition on a person's line (locative-places.ts). Every person, place and sentence here
 * is invented; the countries and the department are real words the rule must refuse.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectPhi } from './detect.js';
import { foldAccents } from './fold.js';
import { getDefaultLexicon } from './lexicon.js';
import { detectLocativePlaces } from './locative-places.js';
import type { PhiSpan, PhiType } from './types.js';

/** The rule's places in `text`, given the spans other rules found (each a substring and its type). */
const places = (text: string, found: readonly (readonly [string, PhiType])[]): string[] => {
  const spans: PhiSpan[] = found.map(([s, type]) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, type }));
  const out: string[] = [];
  detectLocativePlaces(foldAccents(text), spans, getDefaultLexicon(), (s, e) => out.push(text.slice(s, e)), 'mixed');
  return out;
};

test('a capitalised run after a locative preposition that ends the clause, after a found name on its line, is a place', () => {
  assert.deepEqual(places('Patiente : Odile Marchetau, 88 ans, évacuée vers Saint-Orlin de la Combe; 2 déc.', [['Odile Marchetau', 'NAME']]), ['Saint-Orlin de la Combe']);
  assert.deepEqual(places('Pacjent Zdzisław Kowerski, 71, przewieziony do Zielonkowa Małego.', [['Zdzisław Kowerski', 'NAME']]), ['Zielonkowa Małego']);
  assert.deepEqual(places('Пациент Тимофей Гарбузов, 64, из Верхнекамска; ОРВИ', [['Тимофей Гарбузов', 'NAME']]), ['Верхнекамска']);
  assert.deepEqual(places("Referral: Corvyn Athelby, 40, fisherman from N'Gorrel, diabetic.", [['Corvyn Athelby', 'NAME']]), ["N'Gorrel"]);
  // Right before a date another rule found.
  assert.deepEqual(places('Corvyn Athelby, 40, pulled from the water off Tregarrow 3/12/2026; hypothermic', [['Corvyn Athelby', 'NAME'], ['3/12/2026', 'DATE']]), ['Tregarrow']);
  // Through the whole detector, which found no place there before this rule.
  const text = 'Corvyn Athelby, 40, pulled from the water off Tregarrow 3/12/2026; hypothermic';
  assert.ok(detectPhi(text).some((s) => s.type === 'LOCATION' && text.slice(s.start, s.end) === 'Tregarrow'));
});

test('no place without a found name before it on the line, nor where the run goes on past its clause', () => {
  assert.deepEqual(places('Transfert vers Saint-Orlin de la Combe; 2 déc.', []), []);
  assert.deepEqual(places('Odile Marchetau\névacuée vers Saint-Orlin; 2 déc.', [['Odile Marchetau', 'NAME']]), []);
  assert.deepEqual(places('Corvyn Athelby, 40, seen at a Tregarrow clinic.', [['Corvyn Athelby', 'NAME']]), []);
});

test('a country, a department, a status, a month or a name particle after the preposition is no place', () => {
  assert.deepEqual(places('Patient Ahmadou Kebbeh, 30, aus Deutschland.', [['Ahmadou Kebbeh', 'NAME']]), []);
  assert.deepEqual(places('Paciente Rosaura Quintarrés, 30, natural de España; ingresa en Cardiología.', [['Rosaura Quintarrés', 'NAME']]), []);
  assert.deepEqual(places('Mr Jonas Whitcombe, 70, in Remission.', [['Mr Jonas Whitcombe', 'NAME']]), []);
  assert.deepEqual(places('Paciente Rosaura Quintarrés, ingreso en Diciembre.', [['Rosaura Quintarrés', 'NAME']]), []);
  assert.deepEqual(places('Mr Jonas Whitcombe, fever due to Kellerton.', [['Mr Jonas Whitcombe', 'NAME']]), []);
  // "de" right after a found name goes on with the name ("<given> <family> de <family>").
  assert.deepEqual(places('Baby of Yaritza Quinterel de Abregón, born 02/12/2026', [['Yaritza Quinterel', 'NAME'], ['02/12/2026', 'DATE']]), []);
  // A run another rule found already.
  assert.deepEqual(places('Corvyn Athelby, 40, from Tregarrow.', [['Corvyn Athelby', 'NAME'], ['Tregarrow', 'LOCATION']]), []);
  assert.ok(!detectPhi('Mr Jonas Whitcombe was seen in Remission.').some((s) => s.type === 'LOCATION'));
});

test('after an English preposition of place, one English word on a person\'s line is a town unless it names a time or a setting', () => {
  assert.deepEqual(places('Corvyn Athelby, 40, collapsed at Thimble; GCS 14', [['Corvyn Athelby', 'NAME']]), ['Thimble']);
  assert.deepEqual(places('Corvyn Athelby, 40, seen at Rest.', [['Corvyn Athelby', 'NAME']]), []);
  assert.deepEqual(places('Corvyn Athelby, 40, worse at Night.', [['Corvyn Athelby', 'NAME']]), []);
  assert.deepEqual(places('Corvyn Athelby, 40, unchanged from Baseline.', [['Corvyn Athelby', 'NAME']]), []);
  // Not after another language's preposition, nor after "to".
  assert.deepEqual(places('Corvyn Athelby, 40, sent to Thimble.', [['Corvyn Athelby', 'NAME']]), []);
});
