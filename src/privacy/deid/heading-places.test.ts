/**
 * The place a heading line names last, right before the colon that opens a person (heading-places.ts, issue 14,
 * thirty-fourth session). Each rule with cases it must find and the nearest cases it must leave. The names and places
 * are invented and held by no list (checked first).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectPhi } from './detect.js';
import { foldAccents } from './fold.js';
import { detectHeadingPlaces } from './heading-places.js';
import { getDefaultLexicon } from './lexicon.js';
import type { PhiSpan } from './types.js';

/** The pieces the rule alone pushes on a text, given the spans other rules found. */
function places(original: string, found: readonly PhiSpan[]): string[] {
  const text = foldAccents(original);
  const out: string[] = [];
  detectHeadingPlaces(text, found, getDefaultLexicon(), (s, e, type) => out.push(`${type}:${original.slice(s, e)}`));
  return out;
}

/** A found NAME span over the first occurrence of `name` in `text`. */
const nameAt = (text: string, name: string): PhiSpan => ({ start: text.indexOf(name), end: text.indexOf(name) + name.length, type: 'NAME' });

test('the invented words are on no list', () => {
  const lex = getDefaultLexicon();
  for (const w of ['quelmoor', 'brastavik', 'ondrelsk', 'velunka', 'quorvash', 'tamsk', 'zhalmor', 'brivenna']) {
    assert.ok(!lex.firstNames.has(w) && !lex.surnames.has(w) && !lex.places.has(w) && !lex.common.has(w), w);
  }
});

test("a heading's last part before the colon that opens a found person is a place", () => {
  const a = 'Winter-over psych screen, Quelmoor Base: Quorvash Tamsk, sleeps 4 h.';
  assert.deepEqual(places(a, [nameAt(a, 'Quorvash Tamsk')]), ['LOCATION:Quelmoor Base']);
  // One lower-case role word between the colon and the person; a place's name in Cyrillic letters; a slash.
  const b = 'Medieval-week first aid, Brastavik: rider Brivenna Zhalmor, fell.';
  assert.deepEqual(places(b, [nameAt(b, 'Brivenna Zhalmor')]), ['LOCATION:Brastavik']);
  const c = 'Карелия, Ондрельская ЦРБ: Велунка Жалмор, 9 лет.';
  assert.deepEqual(places(c, [nameAt(c, 'Велунка Жалмор')]), ['LOCATION:Ондрельская ЦРБ']);
  const d = 'Bilingual note, Ondrelsk/Velunka: Brivenna Tamsk, 90.';
  assert.deepEqual(places(d, [nameAt(d, 'Brivenna Tamsk')]), ['LOCATION:Velunka']);
  // Through the whole detector.
  const spans = detectPhi(a).filter((s) => s.type === 'LOCATION').map((s) => a.slice(s.start, s.end));
  assert.ok(spans.includes('Quelmoor Base'), spans.join('|'));
});

test('the nearest headings stay: no person, a label, a country, a form, a sentence, a lone part, a dash', () => {
  const refuse = (text: string, name: string): void => assert.deepEqual(places(text, [nameAt(text, name)]), [], text);
  // No found person after the colon.
  assert.deepEqual(places('Winter-over psych screen, Quelmoor Base: sleeps 4 h.', []), []);
  // A form's label, a country, a US state, a people, the setting's common words, an acronym, a title.
  refuse('Discharge summary, Paciente: Quorvash Tamsk, 40.', 'Quorvash Tamsk');
  refuse('School nurse, Philippines: Quorvash Tamsk, 9.', 'Quorvash Tamsk');
  refuse('Doula birth plan, Kentucky: Quorvash Tamsk, 30.', 'Quorvash Tamsk');
  refuse('Interpreter note, Somali: Quorvash Tamsk, 30.', 'Quorvash Tamsk');
  refuse('Occupational health, Lead Workers: Quorvash Tamsk, 30.', 'Quorvash Tamsk');
  refuse('Ghana, OPD card: Quorvash Tamsk, 30.', 'Quorvash Tamsk');
  refuse('Clinic letter, Dr Zhalmor: Quorvash Tamsk, 30.', 'Quorvash Tamsk');
  // Lower case, a digit, a bracket, a sentence's full stop before the part.
  refuse('Argentina, guardia: Quorvash Tamsk, 30.', 'Quorvash Tamsk');
  refuse('Ward handover, Bay 4: Quorvash Tamsk, 30.', 'Quorvash Tamsk');
  refuse('Discharge summary (rehab, Quelmoor): Quorvash Tamsk, 30.', 'Quorvash Tamsk');
  refuse('Stop doxazosin, review meds. Brastavik: Quorvash Tamsk, 30.', 'Quorvash Tamsk');
  // A heading that is one part alone (a label as often as a place), and a part after a dash ("<region> - <document>").
  refuse('Brastavik: Quorvash Tamsk, 30.', 'Quorvash Tamsk');
  refuse('Bavaria - Kurklinik: Quorvash Tamsk, 30.', 'Quorvash Tamsk');
  // The part is a found person itself.
  const e = 'Reply, Brivenna Zhalmor: Quorvash Tamsk, 30.';
  assert.deepEqual(places(e, [nameAt(e, 'Brivenna Zhalmor'), nameAt(e, 'Quorvash Tamsk')]), []);
});
