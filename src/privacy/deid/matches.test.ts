/** Tests for matches.ts and more-dates.ts' short-word gate: each reads exactly what the built-in form it replaces reads. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allMatches } from './matches.js';
import { shortWordDotDigit } from './more-dates.js';

/** A seeded generator of short texts over the characters the two readers care about. */
function texts(seed: number, count: number): string[] {
  let x = seed;
  const next = (): number => (x = (x * 1103515245 + 12345) % 2147483648) / 2147483648;
  const alphabet = ['a', 'b', 'Z', 'r', 't', '.', '.', ' ', '\t', '1', '9', '_', '-', '\n', 'é', 'ſ', 'K', '/'];
  return Array.from({ length: count }, () => Array.from({ length: 1 + Math.floor(next() * 14) }, () => alphabet[Math.floor(next() * alphabet.length)]).join(''));
}

test('allMatches gives the matches matchAll gives, in order, and leaves lastIndex at 0', () => {
  const res = [/\d+/g, /[a-z]{1,3}\./gi, /(?<![\w.])b\.[ \t]?\d/gi, /x*/g, /(?:)/gu, /\p{L}*/gu];
  for (const t of [...texts(7, 400), 'b. 12 and geb.3.4.1950', '', 'a\u{1F600}b\u{1F600}']) {
    for (const re of res) {
      const want = [...t.matchAll(re)].map((m) => [m.index, m[0]]);
      assert.deepEqual(allMatches(re, t).map((m) => [m.index, m[0]]), want, JSON.stringify([t, re.source]));
      assert.equal(re.lastIndex, 0);
    }
  }
  assert.throws(() => allMatches(/a/, 'a'), TypeError);
});

test('shortWordDotDigit answers as /\\b[a-z]{1,3}\\.[ \\t]?\\d/i does', () => {
  const re = /\b[a-z]{1,3}\.[ \t]?\d/i;
  for (const t of [...texts(11, 4000), 'b. 11.12.1991', 'nar.4.6.1979', 'abcd.1', '1ab.2', '_ab.2', '.1', 'x. y1', 'ab.\t7', 'ab.  7']) {
    assert.equal(shortWordDotDigit(t), re.test(t), JSON.stringify(t));
  }
});
