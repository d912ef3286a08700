import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createRng } from '../../core/random.js';
import { SEP_SCAN, VALUE_GATES } from './quantities.js';
import { sticky, stickyEnd } from './sticky.js';

// Pieces of what follows a test name in notes: numbers, units, times, comparators, result and filler words, marks
// and the characters the scans test (case changed at random), so the patterns both match and nearly match.
const PIECES = [
  '0', '1', '2', '3', '4', '5', '9', '10', '40', '120', '150', '1000', '7.2', '12.5', '0.01', '9.00', '1,200', '.5', ' ', ' ', '  ', '\t', '\n',
  ':', '=', '(', ')', '-', '–', '—', '/', '+', '++', '~', "'", 's', 'S', 'x', 'X', '×', 'x10^9/L', 'times', 'fold', '-fold', 'uln', 'upper limit of normal',
  'the', 'am', 'pm', 'a.m.', 'p.m.', '9 am', '09:30', '3 h', 'sets', 'bottles', '2 sets', 'out of', 'over', 'of', 'was', 'is', 'level', 'on room air',
  'average', 'avg', 'from', 'to', 'dropped', 'has', 'rose', 'from 12.1 to ', 'dropped from 9 to ', 'has risen from 4 mg to ', 'went up from 140/90 to ', 'low', 'mid', 'high', 'upper', '40s', "150's", 's/90s', '->', '-->', '→', '=>', '<', '>=', '≤',
  'less than ', 'positive', 'negative', 'neg', '+ve', '-ve', '1+', '3+', 'trace', 'normal', 'wnl', 'mg/dL', 'mmol/L', '%', 'g', 'ç', 'ſ', 'ı', 'K',
];

function randomText(rng: ReturnType<typeof createRng>): string {
  let t = '';
  const n = 1 + Math.floor(rng.next() * 8);
  for (let k = 0; k < n; k++) {
    let piece = PIECES[Math.floor(rng.next() * PIECES.length)] as string;
    if (rng.next() < 0.2) piece = piece.toUpperCase();
    t += piece;
  }
  return t;
}

test('a value pattern is never skipped where it matches: each gate is false only where its pattern fails', () => {
  const rng = createRng(20);
  const matched = new Map<string, number>();
  for (let k = 0; k < 25000; k++) {
    const text = randomText(rng);
    for (let at = 0; at <= text.length; at++) {
      for (const g of VALUE_GATES) {
        const hit = sticky(g.pattern, text, at) !== null;
        if (hit) matched.set(g.name, (matched.get(g.name) ?? 0) + 1);
        if (!g.may(text, at)) assert.equal(hit, false, `${g.name} matches ${JSON.stringify(text)} at ${at} where its gate says it cannot`);
      }
      assert.equal(SEP_SCAN.end(text, at), stickyEnd(SEP_SCAN.pattern, text, at), `SEP at ${at} of ${JSON.stringify(text)}`);
    }
  }
  // The texts exercise every pattern (a gate tested only where its pattern never matches would prove nothing).
  for (const g of VALUE_GATES) assert.ok((matched.get(g.name) ?? 0) > 20, `${g.name} matched ${matched.get(g.name) ?? 0} times`);
});
