/**
 * A relative named after another language's kin noun (kin-names.ts, issue 14, thirty-seventh pass): the slot finds the
 * name, written with a number, punctuation or a phone word after it; the nouns of the lists, places, countries, clinical
 * words, a kin noun written with a capital that a list holds, German's capitalised nouns and a name the sentence goes on
 * after stay. The names are invented and held by no list (checked first).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectKinNames } from './kin-names.js';
import { foldAccents } from './fold.js';
import { getDefaultLexicon } from './lexicon.js';
import { has } from '../../testkit/deid-pieces.js';

/** What the rule alone finds in a text (folded, as the detector reads it). */
function kin(text: string): string[] {
  const folded = foldAccents(text);
  const out: string[] = [];
  detectKinNames(folded, getDefaultLexicon(), (s, e) => out.push(folded.slice(s, e)), 'mixed');
  return out;
}

test('the invented names are on no list', () => {
  const lex = getDefaultLexicon();
  for (const w of ['velunka', 'quorvash', 'oderino', 'tamsk', 'brivenna']) assert.ok(!lex.firstNames.has(w) && !lex.surnames.has(w) && !lex.places.has(w), w);
});

test('a relative named after a kin noun of another language is a name', () => {
  assert.deepEqual(kin('Rana ręki po strzyży; syn Velunka; PESEL 90010112345.'), ['Velunka']);
  assert.deepEqual(kin('Lesão por pressão sacral; filha Velunka Tamsk; CPF 123.456.789-09.'), ['Velunka Tamsk']);
  assert.deepEqual(kin('Sljedeći INR u petak; ćerka Quorvash tel. +382 67 123 456'), ['Quorvash']);
  assert.deepEqual(kin('Alleen voor het team; dochter Oderino tel 0595 12 34 56'), ['Oderino']);
  assert.deepEqual(kin('Doppler transcrânien du frère Brivenna (7 ans): normal.'), ['Brivenna']);
  assert.deepEqual(kin('Bebek, bronşiolit; annesi Quorvash; Sur.'), ['Quorvash']);
  assert.deepEqual(kin('Dirujuk ke RSUP; suami Oderino, 45.'), ['Oderino']);
  // A given name that is also an English word is taken there too.
  assert.deepEqual(kin('Vive sola; su hija Grace, tel. 600 123 456.'), ['Grace']);
  assert.ok(has('Anémie en grossesse; mari Velunka 77 123 45 67.', 'Velunka', 'NAME'));
});

test('a place, a country, a clinical word, a capitalised listed kin noun or a running sentence after a kin noun is no relative', () => {
  assert.deepEqual(kin('Vive con su hija Madrid.'), []);
  assert.deepEqual(kin('Doğum yeri; annesi Türkiye.'), []);
  assert.deepEqual(kin('Antecedentes: madre Diabetes, padre Hipertensión.'), []);
  assert.deepEqual(kin('Consulta; Mama Velunka; Irma Quorvash.'), []);
  assert.deepEqual(kin('Vorgeschichte: Sohn Velunka, Tochter Quorvash.'), []);
  assert.deepEqual(kin('Wczoraj syn Velunka przyszedł do szpitala.'), []);
  assert.deepEqual(kin('Mutter hat Diabetes; son Velunka.'), []);
});
