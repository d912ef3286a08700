/**
 * The person a heading line's first value names (heading-names.ts, issue 14, thirty-third session): a heading and its
 * colon, two to four name words, a comma and the person's age or identity number. Each with cases it must find and
 * cases it must leave. The names and places are invented and held by no list (checked first).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { foldAccents } from './fold.js';
import { detectHeadingNames } from './heading-names.js';
import { getDefaultLexicon } from './lexicon.js';
import type { PhiSpan } from './types.js';
import { has } from '../../testkit/deid-pieces.js';

/** The pieces the rule alone pushes on a text, given the spans other rules found. */
function heading(original: string, found: readonly PhiSpan[] = []): string[] {
  const text = foldAccents(original);
  const out: string[] = [];
  detectHeadingNames(text, original, getDefaultLexicon(), found, (s, e, type) => out.push(`${type}:${original.slice(s, e)}`));
  return out;
}

test('the invented words are on no list', () => {
  const lex = getDefaultLexicon();
  for (const w of ['velunka', 'quorvash', 'oderino', 'tamsk', 'brivenna', 'zhalmor', 'kestrava']) {
    assert.ok(!lex.firstNames.has(w) && !lex.surnames.has(w) && !lex.places.has(w) && !lex.common.has(w), w);
  }
});

test('a heading line names its person before an age', () => {
  assert.deepEqual(heading('Harbour clinic, Kestrava: Quorvash Tamsk-Oderino, 7, fell from a swing.'), ['NAME:Quorvash Tamsk-Oderino']);
  // An age with another language's years word (CLDR) or an age adjective; a name with a particle or in Cyrillic letters.
  assert.deepEqual(heading('Posto de saúde - ficha de referência: Brivenna Zhalmór de Velunka, 19 anos, mordedura no pé.'), ['NAME:Brivenna Zhalmór de Velunka']);
  assert.deepEqual(heading('Сельская больница, Кестрава: Велунка Жалмор, 9 лет, лихорадка.'), ['NAME:Велунка Жалмор']);
  assert.deepEqual(heading('Kestrava - anteckning: Brivenna Oderino-Tamsk, 96 år, blodtryck.'), ['NAME:Brivenna Oderino-Tamsk']);
  // English words in a name beside a word no list holds; a title before it stays out of the span.
  assert.deepEqual(heading('Island clinic, Kestrava: Ante Zhalmor Font, 79, fisherman; lesion on the ear.'), ['NAME:Ante Zhalmor Font']);
  assert.deepEqual(heading('Care home review: Mrs Brivenna Zhalmor, 97, lives in room 4.'), ['NAME:Brivenna Zhalmor']);
  // Faroese "á" between the names, written with its accent.
  assert.deepEqual(heading('Heimasjúkrarøkt: Quorvash Tamsk á Velunka, 9, sár.'), ['NAME:Quorvash Tamsk á Velunka']);
});

test('a heading line names its person before an identity number the rules found', () => {
  const text = 'Parte de lesiones\nLesionado: Quorvash Tamsk Oderino, DNI 72814417-K\nHerida en el muslo.';
  const at = text.indexOf('72814417-K');
  assert.deepEqual(heading(text, [{ start: at, end: at + 10, type: 'ID' }]), ['NAME:Quorvash Tamsk Oderino']);
  // Not without the number, and not before a device's serial.
  assert.deepEqual(heading(text), []);
  assert.deepEqual(heading(text, [{ start: at, end: at + 10, type: 'DEVICE' }]), []);
});

test('what a heading line holds that is no person stays', () => {
  // A score's items, all on the English and clinical lists.
  assert.deepEqual(heading('Apgar: Heart Rate, 2, Respiratory Effort, 2, Muscle Tone, 1.'), []);
  // A list of names with no age or number after the first.
  assert.deepEqual(heading('Clinic list: Quorvash Tamsk, Brivenna Zhalmor, Oderino.'), []);
  // A product's or a payer's field, and a place's generic word.
  assert.deepEqual(heading('Insurance: Velunka Zhalmor, 45, member no. 4417.'), []);
  assert.deepEqual(heading('Transfer: Velunka Unit, 4, beds free.'), []);
  // Faroese "á" written without its accent is English "a"; one name word alone; five words are a sentence.
  assert.deepEqual(heading('Note: Quorvash Tamsk a Velunka, 9, fell.'), []);
  assert.deepEqual(heading('Note: Quorvash, 9, fell.'), []);
  assert.deepEqual(heading('Note: Quorvash Tamsk Brivenna Zhalmor Oderino, 9, fell.'), []);
  // A number that is a measure, not an age.
  assert.deepEqual(heading('Note: Quorvash Tamsk, 9.5 kg, fed well.'), []);
  // The heading's colon must stand in the line's first 140 characters.
  assert.deepEqual(heading(`${'word '.repeat(40)}end: Quorvash Tamsk, 9, fell.`), []);
});

test('the detector reports the heading line\'s person where no other rule reads the name', () => {
  // Another language's lower-case words turn the safe-list rule off; English words in the name keep the lists silent.
  assert.ok(has('Sjukstuga - anteckning om blodtryck: Ante Zhalmor Font, 79, fiskare; sår på örat.', 'Ante Zhalmor Font', 'NAME'));
  assert.ok(has('Сельская больница, Кестрава: Велунка Жалмор, 9 лет, лихорадка.', 'Велунка Жалмор', 'NAME'));
});

test('a heading line names its person before the narrative, role or residence that follows (session 35)', () => {
  // A lower-case word in the first item after the comma or semicolon: a role, the narrative, a residence word.
  assert.deepEqual(heading('Island outreach - wound clinic: Quorvash Tamsk-Oderino, fisherman, laceration to the hand.'), ['NAME:Quorvash Tamsk-Oderino']);
  assert.deepEqual(heading('Sports day first aid: Brivenna Oderino-Tamsk; sprained ankle, ice applied.'), ['NAME:Brivenna Oderino-Tamsk']);
  assert.deepEqual(heading('Клиника, Кестрава: Велунка Жалмор, рыбак, рана кисти.'), ['NAME:Велунка Жалмор']);
  // A place the rules found after the comma, a town's word between.
  const text = 'Mobile clinic: Zhalmor Velunka, Kestrava, Tamsk Road 4; cough.';
  const at = text.indexOf('Tamsk Road');
  assert.deepEqual(heading(text, [{ start: at, end: at + 12, type: 'LOCATION' }]), ['NAME:Zhalmor Velunka']);
  // Batak "br." / "boru" before a clan name, the Irish "Ó" written with its accent.
  assert.deepEqual(heading('Pasien: Velunka br Tamsk, 58, sesak.'), ['NAME:Velunka br Tamsk']);
  assert.deepEqual(heading('Match doctor: Quorvash Ó Tamsk, cut above the eye.'), ['NAME:Quorvash Ó Tamsk']);
});

test('what follows a thing\'s name or a place\'s field is no person\'s narrative', () => {
  // The next item a capitalised one: a list of things.
  assert.deepEqual(heading('Clinic list: Quorvash Tamsk, Brivenna Zhalmor, Oderino.'), []);
  // An unaccented "O" is the letter; a place found only past the window's town words.
  assert.deepEqual(heading('Match doctor: Quorvash O Tamsk, cut above the eye.'), []);
  // A thing's name closes on its head noun or holds an eponym: "Brace", "Grade", "Harris".
  assert.deepEqual(heading('Orthotics: Velunka Brace, worn nightly.'), []);
  assert.deepEqual(heading('Ulcer: Wagner Grade, two.'), []);
  assert.deepEqual(heading('Classification: Salter Harris, type II.'), []);
  // A residence or settlement field names a place; a heading that names a kind of thing names that thing.
  assert.deepEqual(heading('Comunidade: Velunka Tamsk, município Kestrava.'), []);
  assert.deepEqual(heading('Inhaler: Velunka Tamskhaler, two puffs twice daily.'), []);
  // The age still reads under those headings (its evidence is the stronger).
  assert.deepEqual(heading('Village: Velunka Tamsk, 7, fell.'), ['NAME:Velunka Tamsk']);
});
