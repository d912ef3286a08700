/**
 * A found name that is one item of a list of things (coordination.ts, session 31, deid-clean15). The lists are written
 * here, after the kind counted on the read letters (letters10-26), not copied from them.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dropThingListItems } from './coordination.js';
import { getDefaultLexicon } from './lexicon.js';
import type { PhiSpan } from './types.js';

const lex = getDefaultLexicon();
/** NAME spans over the given words of a text, as a rule would have found them. */
const spansOver = (t: string, words: readonly string[]): PhiSpan[] =>
  words.map((w) => ({ start: t.indexOf(w), end: t.indexOf(w) + w.length, type: 'NAME' as const }));
const kept = (t: string, words: readonly string[]): string[] =>
  dropThingListItems(spansOver(t, words), t, lex).map((s) => t.slice(s.start, s.end));

test('a found item of a list whose unfound items are things is a thing', () => {
  const langs = 'Interpreters booked in March: Polish, Romanian, Arabic, Bengali, Urdu, Portuguese.';
  assert.deepEqual(kept(langs, ['Bengali']), []);
  const brands = 'Stock list: Ventolin, Lantus, Qzorvane, Augmentin, Plavirex.';
  assert.deepEqual(kept(brands, ['Qzorvane', 'Plavirex']), []);
  // However many of its items the rules found.
  const most = 'Stock list: Qzorvane, Plavirex, Tumbek, Zyndra, Ventolin, Lantus.';
  assert.deepEqual(kept(most, ['Plavirex', 'Tumbek', 'Zyndra']), []);
});

test('people stay people: the first item, a title or role in the list, found siblings, unknown siblings', () => {
  // The list's first item may be a record's subject before its findings.
  const subject = 'Clinic: Qzorvane Plavirex, Hypertension, Asthma, Diabetes.';
  assert.deepEqual(kept(subject, ['Qzorvane Plavirex']), ['Qzorvane Plavirex']);
  // A title or a role word in the list.
  const titled = 'Present: Arabic, Urdu, Dr Qzorvane, Plavirex.';
  assert.deepEqual(kept(titled, ['Qzorvane', 'Plavirex']), ['Qzorvane', 'Plavirex']);
  // One unfound thing beside found names is no list of things.
  const found = 'Present: Urdu, Qzorvane, Plavirex, Tumelo, Marisol.';
  assert.deepEqual(kept(found, ['Qzorvane', 'Plavirex', 'Tumelo', 'Marisol']), ['Qzorvane', 'Plavirex', 'Tumelo', 'Marisol']);
  // Unfound siblings that no vocabulary knows as things say nothing.
  const unknown = 'Group today: Zyndra, Qorvath, Plavirex, Tumbek.';
  assert.deepEqual(kept(unknown, ['Plavirex']), ['Plavirex']);
  // A list of two, or a name that is part of an item only.
  assert.deepEqual(kept('Arabic and Plavirex.', ['Plavirex']), ['Plavirex']);
});
