/**
 * Coordinated capitalised words before a plural noun (plural-heads.ts, thirtieth session, deid-clean12). The sentences
 * are written here, after the kind counted on the read letters (letters10-25), not copied from them.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectPhi } from './detect.js';

const names = (t: string): string[] => detectPhi(t).filter((s) => s.type === 'NAME').map((s) => t.slice(s.start, s.end));

test('capitalised words joined by "and" before a plural noun of a thing are its modifiers, not people', () => {
  assert.deepEqual(names('Glossary: Richter and Mercalli scales; Kell, Duffy and Kidd antibodies; Medela and Lansinoh pumps.'), []);
  assert.deepEqual(names('Cleft care: Millard and Fisher repairs, Hamilton and Essex audits.'), []);
});

test('people joined by "and" stay people: a title, a person or place noun, a verb after a list without "and"', () => {
  assert.deepEqual(names('Seen with Dr Smith and Dr Jones clinics.'), ['Smith', 'Jones']);
  assert.deepEqual(names('Smith and Jones families attended.'), ['Smith', 'Jones']);
  assert.deepEqual(names('Mary and John needs the form.'), ['Mary', 'John']);
  assert.deepEqual(names('Care home query: Ethel Cooksey, Bramble House, MAR shows gaps.'), ['Ethel Cooksey']);
});
