/**
 * Person names of the twentieth session (issue 14, deid-names). A word written with diacritics beside a found name is
 * its part though its folded spelling is an English word or two letters (name-heads.ts `markedParts`); so are the
 * initials written before it (`nameParts`). Sentences
 * invented here, copied from no data set; the rule tests fail on the session's start tree.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectPhi } from './detect.js';

const names = (t: string): string[] => detectPhi(t).filter((s) => s.type === 'NAME').map((s) => t.slice(s.start, s.end));

test('a word written with diacritics beside a found name is its part, whatever its folded spelling', () => {
  // Folded, Hằng, Sơn and Tư read as hang, son and tu: English words or two letters.
  assert.deepEqual(names('Worker (occ health): Quenbrilla Thị Hằng, 31, works nights.'), ['Quenbrilla Thị Hằng']);
  assert.deepEqual(names('Saw her and her husband Tavrosyan Văn Sơn on 3 Dec.'), ['Tavrosyan Văn Sơn']);
  assert.deepEqual(names('Home visit: bà Oyelarunmi Thị Tư, ninety-nine, at home.'), ['Oyelarunmi Thị Tư']);
  assert.deepEqual(names('Referred by Dr Quenbrilla Sơn.'), ['Dr Quenbrilla Sơn']);
});

test('the same words written without diacritics stay English words', () => {
  assert.deepEqual(names('Home visit: ba Oyelarunmi Thi Tu, ninety-nine, at home.'), ['Oyelarunmi Thi']);
  assert.deepEqual(names('Saw her husband Tavrosyan Van Son on 3 Dec.'), ['Tavrosyan Van']);
});

test('initials written before a found name are its part: two or more, or one opening a field', () => {
  assert.deepEqual(names('Serum for leptospira, H. A. Quenbrilla Tavrosyan, lab no 2026/11/4417.'), ['H. A. Quenbrilla Tavrosyan']);
  assert.deepEqual(names('Copy to: R. S. T. Oyelarunmi Tavrosyan (GP).'), ['R. S. T. Oyelarunmi Tavrosyan']);
});
