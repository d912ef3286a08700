import assert from 'node:assert/strict';
import { test } from 'node:test';
import { GUARDED_PATTERNS } from './quantities.js';

/**
 * Tails written after a first character: pieces of every alternative of the guarded patterns (result words,
 * filler words, trends, decades, arrows, totals, multiples of the upper limit, clock times, sample counts) and
 * plain values, so a first-character test that refuses a real start fails here.
 */
const TAILS = [
  '', ' ', 'as 5', 's 5', 'ere 5', 'f 5', 't 5', 'evel 5', 'ow 5', 'igh', 'ositive', 'egative', 've', '+', '++', '+++',
  'rom 5 to 4', 'as dropped from 5 to 4', 'ropped from 5 to 4', '0s', "0's", '0s/90s', '00s', "00's", 'ow 80s', '-80s',
  '->', '> 5', '→ 5', '=> 5', '/30', ' / 30', 'ut of 30', ' out of 30', 'x ULN', ' x ULN', '.5 x ULN', '.5x uln',
  'times ULN', ' times the upper limit of normal', '-fold uln', 'fold ULN', ' fold ULN', 'am 5', ' pm 5', ':30 am 5',
  '.30 p.m. 5', '0:30 am 5', '2 am 5', ' sets', '2 bottles', ' 2 sets', 'x2', ' 2', '(2 sets)', '(9 am) 5', 'x 2',
  '2', '23', '234', '.5', ' mmol/L', '00 am 5',
];

/** Every char below U+3000 and a few that fold or look like Latin letters (ſ, K, İ, ı, fullwidth A). */
function firstChars(): string[] {
  const out: string[] = [];
  for (let c = 1; c < 0x3000; c++) if (c < 0xd800 || c > 0xdfff) out.push(String.fromCharCode(c));
  for (const c of [0x017f, 0x212a, 0x0130, 0x0131, 0xff21]) out.push(String.fromCharCode(c));
  return out;
}

test('a first-character test says yes wherever its pattern matches (as written, after blanks, after two chars)', () => {
  const chars = firstChars();
  for (const { name, re, may } of GUARDED_PATTERNS) {
    for (const ch of chars) {
      for (const tail of TAILS) {
        for (const lead of ['', ' \t', 'ab']) {
          const text = lead + ch + tail;
          const at = lead === 'ab' ? 2 : 0;
          re.lastIndex = at;
          if (re.test(text)) assert.ok(may(text, at), `${name} matches ${JSON.stringify(text)} at ${at}, its test says no`);
        }
      }
    }
  }
});

test('each first-character test refuses a start its pattern cannot match at', () => {
  const refused: Record<string, string> = {
    FILLER: '5.2 mmol/L',
    WORD: '5 positive',
    TREND: '5 from 4 to 3',
    DECADE: '132 mmol/L',
    ARROW: ' 5 mmol/L',
    SCALE_TOTAL: ' mmol/L',
    ULN_MULTIPLE: '132 mmol/L',
    QUALIFIER: '132 mmol/L',
    COUNT: '132 mmol/L',
  };
  for (const { name, re, may } of GUARDED_PATTERNS) {
    const text = refused[name];
    assert.ok(text !== undefined, name);
    re.lastIndex = 0;
    assert.equal(re.test(text), false, `${name} must not match ${JSON.stringify(text)}`);
    assert.equal(may(text, 0), false, `${name}'s test must refuse ${JSON.stringify(text)}`);
  }
});

test('each first-character test says yes before a start its pattern matches', () => {
  const taken: Record<string, string> = {
    FILLER: 'was 5', WORD: '+ve', TREND: 'from 5 to 4', DECADE: "90's", ARROW: ' -> 5', SCALE_TOTAL: ' out of 30',
    ULN_MULTIPLE: '3.5 x ULN', QUALIFIER: '9:30 am 5', COUNT: ' 2 sets',
  };
  for (const { name, re, may } of GUARDED_PATTERNS) {
    const text = taken[name] as string;
    re.lastIndex = 0;
    assert.ok(re.test(text), `${name} matches ${JSON.stringify(text)}`);
    assert.ok(may(text, 0), name);
  }
});
