/**
 * A single eponym before lower-case modifiers and a clinical head, or its plural (eponyms.ts `modifiedHeadAfter`,
 * thirtieth session, deid-clean13). The sentences are written here, after the kind counted on the read letters
 * (letters10-25), not copied from them.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectPhi } from './detect.js';

const names = (t: string): string[] => detectPhi(t).filter((s) => s.type === 'NAME').map((s) => t.slice(s.start, s.end));

test('an eponym before lower-case modifiers and a clinical head names a term, not a person', () => {
  assert.deepEqual(names('Screening terms: Adams forward bend test; Ottawa ankle rules; Bristol stool chart type 4.'), []);
  assert.deepEqual(names('Assessment list: Yale swallow protocol; Columbia suicide severity rating scale.'), []);
});

test('a person stays a person: a verb or a past tense after the name, a title', () => {
  assert.deepEqual(names('Jenkins needs blood tests this week.'), ['Jenkins']);
  assert.deepEqual(names('Yesterday Jenkins passed walking test easily.'), ['Jenkins']);
  assert.deepEqual(names('Yesterday Jenkins took blood test at home.'), ['Jenkins']);
  assert.deepEqual(names('Seen with Mr Jenkins, ankle test normal.'), ['Jenkins']);
  assert.deepEqual(names('Margaret Jenkins will sign consent forms today.'), ['Margaret Jenkins']);
});
