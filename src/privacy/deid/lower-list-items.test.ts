/**
 * A lower-case word after a capitalised name or place and a list mark is no second name (lower-list-items.ts
 * `dropLowerListItems`, thirty-second session, deid-clean16). The sentences are written here, after the kinds counted on
 * the read letters, not copied.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectPhi } from './detect.js';
import { dropLowerListItems } from './lower-list-items.js';

const names = (t: string): string[] => detectPhi(t).filter((s) => s.type === 'NAME').map((s) => t.slice(s.start, s.end));

test('what a note says next of a named person, in lower case after the comma, is no name', () => {
  assert.deepEqual(names('Orchestra clinic: Rosalind Quarterman-Vey, violinista, 31 a.; cramp of the 4th finger.'), ['Rosalind Quarterman-Vey']);
  assert.deepEqual(names('Consent: Teodor Brankovich, paraglider, fell into trees on 03/12/2026.'), ['Teodor Brankovich']);
});

test('a capitalised word after the lower-case one stays, and so do lower-case names in a list of lower-case names', () => {
  assert.deepEqual(names('Registration: Odile Marchetain, née Vauclerc, 59, seen 03/12/2026.'), ['Odile Marchetain', 'Vauclerc']);
  const text = 'ward list: Jo, ben and kit';
  const spans = [{ start: 15, end: 18, type: 'NAME' as const }, { start: 23, end: 26, type: 'NAME' as const }];
  assert.deepEqual(dropLowerListItems(spans, text, true), spans);
  const after = [{ start: 11, end: 13, type: 'NAME' as const }, { start: 15, end: 18, type: 'NAME' as const }];
  assert.deepEqual(dropLowerListItems(after, text, true), [after[0]]);
  assert.deepEqual(dropLowerListItems(after, text, false), after);
});
