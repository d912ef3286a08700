/**
 * A place's or a person's name before a term's head noun, in a record that names no one, is the term's name
 * (term-heads.ts, read by bare-eponyms.ts's record gate; deid-clean30, issue 14 precision). What must stay: the same
 * words with a title or a person's slot before them, with a value after the head, in a clause about a person, or in a
 * record that carries other PHI. The sentences are written here after the shapes counted on read letters, not copied.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { detectPhi } from './detect.js';
import { getDefaultLexicon } from './lexicon.js';
import { termHeadName } from './term-heads.js';
import type { PhiSpan } from './types.js';

const found = (t: string): string[] => detectPhi(t).map((s) => `${s.type}:${t.slice(s.start, s.end)}`);
const at = (t: string, piece: string, type: PhiSpan['type'] = 'NAME'): PhiSpan => {
  const start = t.indexOf(piece);
  return { start, end: start + piece.length, type } as PhiSpan;
};

test('place-named infections under a heading are the diseases\' names, and the record names no one', () => {
  const text = 'Tropical medicine revision: Lyme disease, Rocky Mountain spotted fever, Rift Valley fever, ' +
    'Murray Valley encephalitis, St. Louis encephalitis, Ross River and Barmah Forest virus, Q fever.';
  assert.deepEqual(found(text), []);
  assert.deepEqual(found('Haematology quiz: Christmas disease (factor IX deficiency), von Willebrand disease.'), []);
});

test('the span reader: a head after capitalised words and vocabulary modifiers', () => {
  const lex = getDefaultLexicon();
  const t = 'Topics: Murray Valley encephalitis, Rocky Mountain spotted fever, Pittsburgh knee rules.';
  assert.ok(termHeadName(at(t, 'Murray Valley', 'LOCATION'), t, lex));
  assert.ok(termHeadName(at(t, 'Rocky'), t, lex));
  assert.ok(termHeadName(at(t, 'Pittsburgh', 'LOCATION'), t, lex));
  // Refusals: a value after the head is a finding; a verb of a clause between; no head at all.
  const v = 'Obs: Ross fever 38.5 overnight.';
  assert.ok(!termHeadName(at(v, 'Ross'), v, lex));
  const c = 'Ross reported fever overnight.';
  assert.ok(!termHeadName(at(c, 'Ross'), c, lex));
  const p = 'Yesterday Ross passed walking test easily.';
  assert.ok(!termHeadName(at(p, 'Ross'), p, lex));
  // A full stop ends the name: the next sentence's capitalised word and its head are no part of it.
  const s = 'Falls class - Tamsin, Mwangi and Zdravko. Balance scores improved.';
  assert.ok(!termHeadName(at(s, 'Mwangi'), s, lex));
  const n = 'Ross walked to the shop.';
  assert.ok(!termHeadName(at(n, 'Ross'), n, lex));
  // An ID or a phone number is never a term's name.
  const i = 'Murray Valley encephalitis';
  assert.ok(!termHeadName(at(i, 'Murray Valley', 'ID'), i, lex));
});

test('a person before a head noun stays: a title, a slot word, or other PHI in the record', () => {
  assert.ok(found('Seen by Dr Ross, fever settled.').some((p) => p.includes('Ross')));
  assert.ok(found('Reviewed with Mrs Murray Valley syndrome query.').some((p) => p.includes('Murray')));
  // Other PHI in the record (a date, a town, a titled name): the record names someone, every span stays.
  assert.ok(found('Returned from Cairns 12/03/2024, Ross River fever query.').includes('NAME:Ross River'));
  assert.ok(found('Phoned Mrs Murray re Ross River fever.').includes('NAME:Ross River'));
});
