import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { detectPhi } from './detect.js';
import { extendLexicon, getDefaultLexicon } from './lexicon.js';

// Synthetic word lists in the layout of the public PhysioNet lexicon folder: *_unambig names are names anywhere,
// *_ambig names are also words and count only in a name context.
const dir = mkdtempSync(join(tmpdir(), 'ddx-lexicon-'));
writeFileSync(join(dir, 'last_names_unambig.txt'), 'QUORVANTI\n# comment\n\nZELLWEGOR\nCREAN\nDUL\nPERI\n');
writeFileSync(join(dir, 'female_names_ambig.txt'), 'ROSE\nPAT\n');
writeFileSync(join(dir, 'last_names_ambig.txt'), 'VEA\nSPEARS\n');
writeFileSync(join(dir, 'company_names_unambig.txt'), 'Acme Tool Works\n');
const lex = extendLexicon(dir);

const covered = (text: string, needle: string): boolean => {
  const at = text.indexOf(needle);
  assert.ok(at >= 0, `fixture lacks ${needle}`);
  const spans = detectPhi(text, { lexicon: lex });
  for (let i = at; i < at + needle.length; i++) if (!/\s/.test(text[i] ?? '') && !spans.some((s) => s.start <= i && i < s.end)) return false;
  return true;
};

test('extendLexicon routes ambiguous name lists to context names and leaves the default lexicon untouched', () => {
  assert.ok(lex.surnames.has('quorvanti') && lex.surnames.has('zellwegor'));
  assert.ok(lex.contextNames.has('rose') && lex.contextNames.has('vea') && !lex.firstNames.has('vea'));
  assert.ok(lex.contextGiven.has('rose') && !lex.contextGiven.has('vea'), 'only given-name lists feed contextGiven');
  assert.ok(!lex.places.has('acme'), 'multi-word company names are not loaded as words');
  const base = getDefaultLexicon();
  assert.ok(!base.contextNames.has('rose') && !base.surnames.has('quorvanti'));
});

test('unambiguous list names are found on their own', () => {
  assert.ok(covered('Family meeting with Quorvanti this afternoon.', 'Quorvanti'));
});

test('ambiguous names are found in a name context only', () => {
  assert.ok(covered('no visitors. wife, rose, left her number for the team.', 'rose'));
  assert.ok(covered('MOTHER AND GIRLFRIEND PAT IN MOST OF DAY.', 'PAT'));
  assert.ok(covered('ORDER DOUBLE CHECKED WITH MD SPEARS AS MED HELD.', 'SPEARS'));
  // The same words outside a name context stay readable.
  assert.deepEqual(detectPhi('FREQUENT VEA NOTED. TEMP ROSE TO 38.', { lexicon: lex }), []);
  assert.deepEqual(detectPhi('Occasional vea on monitor, will pat dry.', { lexicon: lex }), []);
});

test('in a note without case a lone list word must be long enough and no misspelt word', () => {
  // CREAN (cream), DUL and PERI (shorthand) are surnames in the long lists; alone in capitals they are not names.
  assert.deepEqual(detectPhi('PSORIASIS, CREAN APPLIED. GAVE DUL SUPP. PERI AREA CLEAN.', { lexicon: lex }), []);
  assert.ok(covered('PSORIASIS STABLE. ZELLWEGOR AWARE OF PLAN.', 'ZELLWEGOR'));
  // In mixed case the capital is the signal and the word stays a name.
  assert.ok(covered('Family meeting with Crean this afternoon.', 'Crean'));
});
