/**
 * Person names of the eighteenth session (issue 14, deid-names): a word no list holds that opens a sentence is a name
 * when its letters read as a name's by the lexicon's own name lists (name-shape.ts). The sentence case fails on the
 * session's start tree; the invented names are held by no list (checked first).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectPhi, prepareDetector } from './detect.js';
import { caselessLexicon, getDefaultLexicon, inWordLists } from './lexicon.js';
import { NAME_SHAPE_MIN, nameShapeScore, nameShaped } from './name-shape.js';
import { has } from '../../testkit/deid-pieces.js';

const pieces = (text: string): string[] => detectPhi(text).map((s) => text.slice(s.start, s.end));

test('the invented names are on no list', () => {
  const lex = getDefaultLexicon();
  for (const w of ['zhelvanova', 'oyelarunmi', 'dravomila', 'tavrosyan']) {
    assert.ok(!lex.firstNames.has(w) && !lex.surnames.has(w) && !lex.places.has(w) && !inWordLists(lex, w), w);
  }
});

test('letter runs of the name lists tell invented names from clinical words no list holds', () => {
  const lex = getDefaultLexicon();
  for (const w of ['zhelvanova', 'oyelarunmi', 'dravomila', 'tavrosyan']) assert.ok(nameShaped(lex, w), w);
  for (const w of ['extubated', 'desaturating', 'haemofiltration', 'radioiodine', 'pipelle']) assert.ok(nameShapeScore(lex, w) < NAME_SHAPE_MIN, w);
  // Short words are never read: the 4-grams of three letters are mostly the padding.
  assert.equal(nameShaped(lex, 'zho'), false);
  // One model per lexicon: the same answer twice.
  assert.equal(nameShapeScore(lex, 'tavrosyan'), nameShapeScore(lex, 'tavrosyan'));
});

test('a name-shaped word opening a sentence is a name; a clinical word there is not', () => {
  assert.ok(has('Ward round done 14/03/2026. Zhelvanova', 'Zhelvanova', 'NAME'));
  assert.ok(has('Clinic 14/03/2026 09:40. Oyelarunmi. Bloods taken.', 'Oyelarunmi', 'NAME'));
  assert.deepEqual(pieces('Seen on 14/03/2026. Desaturating overnight, now on 2L.'), ['14/03/2026']);
  // A lone word in a text that names no one else still needs another identifier beside it.
  // (Not as the text's last word, which since the nineteenth session is the writer's sign-off: names-nineteenth.test.ts.)
  assert.deepEqual(pieces('Ward round done. Zhelvanova. Obs due at 4pm.'), []);
  // What the rule changes: a name-shaped word before a verb an order also takes was readable on the start tree and is now
  // a name (Okonjo is a surname); a word shaped like a device or a drug stays readable (names-eleventh, names-sixteenth).
  assert.ok(has('Sats fine overnight at 2 am. Okonjo reviewed. Seen by Dr. Ngata.', 'Okonjo', 'NAME'));
  assert.ok(!pieces('Seen 12/03/2024. Pipelle arranged via the GP.').includes('Pipelle'));
});

test('prepareDetector builds the name-shape tables of both case modes ahead of the first note', () => {
  const lex = getDefaultLexicon();
  prepareDetector(lex);
  const t0 = process.cpuUsage();
  nameShapeScore(lex, 'okonjo');
  nameShapeScore(caselessLexicon(lex), 'okonjo');
  // Built, each table costs about 0.45 s of work; prepared, both lookups take microseconds. CPU time, not the wall
  // clock, so a busy machine does not fail it.
  const used = process.cpuUsage(t0);
  const ms = (used.user + used.system) / 1000;
  assert.ok(ms < 100, `lookups took ${ms} ms of CPU time`);
});
