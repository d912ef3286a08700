/**
 * Where an identification line's person comes from or lives (residence-parts.ts `detectOriginPlaces`, issue 14,
 * thirty-third session): a phrase of origin or residence after a found name, then a place's words. Cases it must find
 * and cases it must leave. The names and places are invented.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getDefaultLexicon } from './lexicon.js';
import { detectOriginPlaces } from './residence-parts.js';
import type { PhiSpan } from './types.js';

/** The pieces the rule pushes on a text, given one found name (its first occurrence of `name`). */
function origin(text: string, name: string, more: readonly PhiSpan[] = []): string[] {
  const start = text.indexOf(name);
  const found: PhiSpan[] = [{ start, end: start + name.length, type: 'NAME' } as PhiSpan, ...more];
  const out: string[] = [];
  detectOriginPlaces(text, found, getDefaultLexicon(), (s, e, type) => out.push(`${type}:${text.slice(s, e)}`));
  return out;
}

test('a place after a phrase of origin, and the list parts after it', () => {
  assert.deepEqual(origin('Harbour clinic: Quorvash Tamsk, 31, from Velunka Brivenna, Zhalmor; fever.', 'Quorvash Tamsk'),
    ['LOCATION:Velunka Brivenna', 'LOCATION:Zhalmor']);
  assert.deepEqual(origin('Quorvash Tamsk, 7 anos, procedente de Kestrava, vómitos.', 'Quorvash Tamsk'), ['LOCATION:Kestrava']);
  assert.deepEqual(origin('Квостра: Ольга Тамская, 9 лет, из Велунки; лихорадка.', 'Ольга Тамская'), ['LOCATION:Велунки']);
});

test('no place at a sentence end, a month, a clinical word, a measure or another person', () => {
  assert.deepEqual(origin('Quorvash Tamsk, 62, from Velunka. Anaemia work-up today.', 'Quorvash Tamsk'), ['LOCATION:Velunka']);
  assert.deepEqual(origin('Quorvash Tamsk, 62, unwell from March onwards.', 'Quorvash Tamsk'), []);
  assert.deepEqual(origin('Quorvash Tamsk, 62, in Atrial Fibrillation.', 'Quorvash Tamsk'), []);
  assert.deepEqual(origin('Quorvash Tamsk, at Velunka 4000 m, SpO2 78%.', 'Quorvash Tamsk'), []);
  assert.deepEqual(origin('Quorvash Tamsk, 62; seen from Velunka ward.', 'Quorvash Tamsk'), []);
  const text = 'Quorvash Tamsk, daughter of Brivenna Zhalmor, rang.';
  const other = text.indexOf('Brivenna');
  assert.deepEqual(origin(text, 'Quorvash Tamsk', [{ start: other, end: other + 16, type: 'NAME' } as PhiSpan]), []);
});
