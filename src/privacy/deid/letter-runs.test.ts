import assert from 'node:assert/strict';
import { test } from 'node:test';
import { capitalThenLower, eachWord } from './letter-runs.js';

const words = (text: string, hyphens: boolean): string[] => {
  const out: string[] = [];
  eachWord(text, hyphens, (s, e) => out.push(`${s}:${text.slice(s, e)}`));
  return out;
};
const byRegex = (text: string, re: RegExp): string[] => [...text.matchAll(re)].map((m) => `${m.index}:${m[0]}`);

const SAMPLES = [
  '', 'a', "Pt's son Barnaby-who states O'Neil-Smith- x -y 3abc_def 'tis ends'", 'A-B-c-', "x--y -a- b'-c' ", 'Jos\u00e9 M\u00fcller-L\u00fcdenscheid 12-Jan',
  'HEP B. MARY rang; CARAFATE-W. MAROTTA AWARE', "''-'a'''-'", 'end-', 'z',
];

test('eachWord gives the matches of the regexes it replaces', () => {
  for (const s of SAMPLES) {
    assert.deepEqual(words(s, true), byRegex(s, /[A-Za-z][A-Za-z']*(?:-[A-Za-z][A-Za-z']*)*/g), s);
    assert.deepEqual(words(s, false), byRegex(s, /[A-Za-z][A-Za-z']*/g), s);
  }
});

test('eachWord agrees with the regexes on random strings of letters, apostrophes, hyphens and others', () => {
  const alphabet = "aZ'- .9\u00e9_\n";
  let seed = 7;
  const next = (): number => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed; };
  for (let k = 0; k < 2000; k++) {
    let s = '';
    for (let j = next() % 12; j > 0; j--) s += alphabet[next() % alphabet.length];
    assert.deepEqual(words(s, true), byRegex(s, /[A-Za-z][A-Za-z']*(?:-[A-Za-z][A-Za-z']*)*/g), JSON.stringify(s));
    assert.deepEqual(words(s, false), byRegex(s, /[A-Za-z][A-Za-z']*/g), JSON.stringify(s));
  }
});

test('capitalThenLower is /^[A-Z][a-z]/', () => {
  for (const s of ['', 'A', 'Ab', 'AB', 'ab', 'aB', '\u00c9a', 'A\u00e9', 'Z z', 'Zz']) assert.equal(capitalThenLower(s), /^[A-Z][a-z]/.test(s), s);
});
