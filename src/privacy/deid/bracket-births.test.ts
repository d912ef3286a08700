/**
 * A name right before its bracketed age or date of birth (bracket-births.ts, issue 14, session 42): a strong bracket (a
 * date-of-birth cue, a sexed age, an age in another language's years) takes one name word, a weak one (a bare age, a
 * few years, a numeric date) two; scores, brands, products with a duration, words of the lists, a lower-case noun
 * before a capitalised name and a maker's "3M" stay. The names are invented and held by no list (checked first).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectBracketBirths } from './bracket-births.js';
import { foldAccents } from './fold.js';
import { getDefaultLexicon } from './lexicon.js';
import { has } from '../../testkit/deid-pieces.js';

/** What the rule alone finds in a text (folded, as the detector reads it). */
function births(text: string): string[] {
  const folded = foldAccents(text);
  const out: string[] = [];
  detectBracketBirths(folded, getDefaultLexicon(), (s, e) => out.push(folded.slice(s, e)));
  return out;
}

test('the invented names are on no list', () => {
  const lex = getDefaultLexicon();
  for (const w of ['velunka', 'quorvash', 'oderino', 'tamsk', 'brivenna']) assert.ok(!lex.firstNames.has(w) && !lex.surnames.has(w) && !lex.places.has(w), w);
});

test('one name word before a date of birth, a sexed age or an age in another language is a name', () => {
  assert.deepEqual(births('Re: Velunka Tamsk (DOB 11 Nov 2019) Dear Dr Gan'), ['Velunka Tamsk']);
  assert.deepEqual(births('Clinic list: Quorvash (d.o.b. 02/03/1961) reviewed'), ['Quorvash']);
  assert.deepEqual(births('Triage: Oderino (34F) chest pain'), ['Oderino']);
  assert.deepEqual(births('Triage: Oderino (34 M, asthma)'), ['Oderino']);
  assert.deepEqual(births('nota de enfermería: doña Brivenna (95 años), quechua hablante'), ['Brivenna']);
  assert.deepEqual(births('Seen today: brivenna (aged 15) with her aunt'), ['brivenna']);
  assert.ok(has('Re: Velunka Tamsk (DOB 11 Nov 2019) Dear Dr Gan', 'Velunka Tamsk', 'NAME'));
});

test('two name words or an initial and a surname before a bare age or a numeric date are a name', () => {
  assert.deepEqual(births('cremation form for Velunka Tamsk (99), died Sunday.'), ['Velunka Tamsk']);
  assert.deepEqual(births('Ward board: V. Oderino (90) wrist ORIF today'), ['V. Oderino']);
  assert.deepEqual(births('your patient Quorvash Tamsk (22/07/1990) attended'), ['Quorvash Tamsk']);
});

test('one word before a weak bracket, list words, a lower-case noun before a name and a maker stay', () => {
  assert.deepEqual(births('Waterlow (12), Braden (14), Oderino (9)'), []);
  assert.deepEqual(births('Mirena (5 years) in situ; Hb (99) today'), []);
  assert.deepEqual(births('Discharge Summary (DOB 1/2/1990); Patient Name (DOB 1/2/1990)'), []);
  assert.deepEqual(births('PICO 7 (Smith & Nephew), V.A.C. Ulta (3M KCI), Tegaderm'), []);
  assert.deepEqual(births('Glasgow Coma (15), Total Score (24), Ward Round (7 y)'), []);
  assert.deepEqual(births('Oderino Tamsk (150) units'), []);
  assert.deepEqual(births('Oderino Tamsk\n(99) next line'), []);
});
