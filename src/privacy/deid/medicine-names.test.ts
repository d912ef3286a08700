/**
 * A brand written beside its non-proprietary name, and the brands listed with it, name no one (twenty-eighth session,
 * deid-clean9); a title or a name list's given name keeps a person. Sentences written here, after the kinds counted on
 * the read letters10-23, not copied from them.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectPhi } from './detect.js';
import { getDefaultLexicon } from './lexicon.js';
import { brandBesideGeneric } from './medicine-names.js';

const brand = (text: string, span: string): boolean => {
  const start = text.indexOf(span);
  return brandBesideGeneric({ start, end: start + span.length, type: 'NAME' }, text, getDefaultLexicon());
};

test('a brand beside its medicine in brackets, either way round, is no one', () => {
  assert.ok(brand('SGLT2: Jardiance (empagliflozin) with metformin.', 'Jardiance'));
  assert.ok(brand('Wet AMD: ranibizumab (Lucentis), monthly.', 'Lucentis'));
  assert.ok(brand('GLP-1: Rybelsus, Tresiba (semaglutide) in error.', 'Rybelsus, Tresiba'));
  assert.ok(brand('Reversal with idarucizumab (Praxbind) or andexanet.', 'Praxbind'));
});

test('the brands listed with one are brands too', () => {
  const text = 'Insulins and GLP-1: Tresiba, Toujeo and Rybelsus (semaglutide), Byetta; review.';
  for (const b of ['Tresiba', 'Toujeo', 'Byetta']) assert.ok(brand(text, b), b);
  // A semicolon ends the list: what stands after it is not joined.
  assert.ok(!brand('Rybelsus (semaglutide); Kovaltry, Advate on the shelf.', 'Kovaltry'));
});

test('a person beside a medicine keeps the name', () => {
  assert.ok(!brand('Anticoagulation clinic: Ioana Marin (warfarin), seen.', 'Ioana Marin'));
  assert.ok(!brand('Seen by Dr Okonkwo (apixaban clinic).', 'Okonkwo'));
  assert.ok(!brand('Started by Dr Okonkwo (apixaban), review.', 'Okonkwo'));
  assert.ok(!brand('Clinic list: Ioana Marin, Aldous (apixaban).', 'Ioana Marin'));
  assert.ok(detectPhi('Anticoagulation clinic: Ioana Marin (warfarin), INR 2.4.').some((s) => s.type === 'NAME'));
});
