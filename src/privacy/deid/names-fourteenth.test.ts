/**
 * Names of the fourteenth pass of issue 14 (deid-names): the world given-name and surname lists (faker's Latin-script
 * locales, `scripts/deid-name-lists.ts`) read in context and in mixed-case text only, and a listed given name opening a
 * sentence before what only a person does. Each with a case it must find and one it must leave.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { detectPhi } from './detect.js';
import { caselessLexicon, extendLexicon, getDefaultLexicon } from './lexicon.js';
import { has } from '../../testkit/deid-pieces.js';

const pieces = (text: string): string[] => detectPhi(text).map((s) => text.slice(s.start, s.end));

test('a world-list given name is a name beside a cue, but not alone', () => {
  assert.ok(getDefaultLexicon().worldNames.has('svetlana'));
  assert.ok(has('Reviewed with Svetlana today, plan unchanged.', 'Svetlana', 'NAME'));
  // Not at the text's very end: there a lone name is the writer's sign-off (nineteenth session, names-nineteenth.test.ts).
  assert.deepEqual(pieces('BP stable. Svetlana. Obs due at 4pm.'), []);
  assert.deepEqual(pieces('Started Svetlana today.'), []);
});

test('a listed given name opening a sentence before what only a person does is a name', () => {
  assert.ok(has('Svetlana came in today with her husband.', 'Svetlana', 'NAME'));
  assert.ok(has('Huong came in today.', 'Huong', 'NAME'));
  assert.deepEqual(pieces('Svetlana plan reviewed today.'), []);
});

test('notes written without letter case do not read the world lists', () => {
  const lex = getDefaultLexicon();
  assert.ok(lex.firstNames.has('svetlana'));
  assert.ok(!caselessLexicon(lex).firstNames.has('svetlana'));
  assert.ok(caselessLexicon(lex).firstNames.has('mary'));
});

test('a full-name list keeps its names apart when the second given name is a world-list name', () => {
  assert.deepEqual(pieces('Trina Kolcrest, Mayla Tower'), ['Trina Kolcrest', 'Mayla Tower']);
});

test("an organisation's own name lists replace the world lists", () => {
  const dir = mkdtempSync(join(tmpdir(), 'ddx-lex-'));
  writeFileSync(join(dir, 'first_names.txt'), 'svetlana\n');
  const lex = extendLexicon(dir);
  assert.equal(lex.worldNames.size, 0);
  assert.ok(lex.firstNames.has('svetlana'));
  assert.ok(!lex.firstNames.has('huong'));
  const places = mkdtempSync(join(tmpdir(), 'ddx-lex-'));
  writeFileSync(join(places, 'locations.txt'), 'quorvale\n');
  assert.ok(extendLexicon(places).worldNames.has('huong'));
});

test('clinical abbreviations and eponyms that faker holds as names stay clinical words (review of the pass)', () => {
  assert.deepEqual(pieces('NANDA diagnosis: impaired gas exchange.'), []);
  assert.deepEqual(pieces('Nursing diagnosis (Nanda): acute pain.'), []);
  assert.deepEqual(pieces("Stahl's ear noted at birth."), []);
  const lex = getDefaultLexicon();
  for (const w of ['nanda', 'anca', 'mody', 'gaba', 'stec', 'stahl', 'meissner', 'hering', 'susac', 'masson', 'savary', 'fontaine']) {
    assert.ok(!lex.worldNames.has(w), w);
  }
  // Still a person beside a title, as before the world lists.
  assert.deepEqual(pieces('Spoke with Ms Stahl by phone.'), ['Stahl']);
});
