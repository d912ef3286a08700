/**
 * Section headers and capitalised labels are found exactly where their look-behind holds: at the note's start,
 * after any line break (\n, \r\n, \r, U+2028, U+2029), after two white-space characters of any kind (tabs, NBSP,
 * ideographic space...), after a sentence mark and one white-space character; not after one space mid-sentence,
 * nor after a bullet or "1)" and one space ("1. " is a mark and a space: found). The scan tries only those
 * offsets (`clauseStarts`); these cases fail if it misses one.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findSections, sectionBreaks } from './sections.js';

const HELD = ['', '\n', 'x\r\n', 'x\r', 'x\u2028', 'x\u2029', 'x\t\t', 'x \t', 'x\u00a0\u00a0', 'x\u3000\u3000', 'x\ufeff\u2009', 'x  ', 'x. ', 'x!\t', 'x?\u00a0', '- x\n', '1. x\n', '1. '];
const NOT_HELD = ['x ', 'x\t', 'x\u00a0', '- ', '1) ', '• ', '(a) ', 'x: ', 'x, ', 'x\u200b', 'x\u0085'];

test('a header is found after each kind of clause start, and only there', () => {
  for (const before of HELD) {
    const s = findSections(`${before}Plan: rest`);
    assert.equal(s.length, 2, JSON.stringify(before));
    assert.equal(s[1]?.kind, 'plan');
    assert.equal(s[1]?.headerStart, before.length, JSON.stringify(before));
  }
  for (const before of NOT_HELD) assert.equal(findSections(`${before}Plan: rest`).length, 1, JSON.stringify(before));
});

test('a capitalised label is a break after each kind of clause start, and only there', () => {
  for (const before of HELD) assert.deepEqual(sectionBreaks(findSections(`${before}EXTREMITIES: warm`), `${before}EXTREMITIES: warm`), [before.length, before.length + 12], JSON.stringify(before));
  for (const before of NOT_HELD) assert.deepEqual(sectionBreaks([], `${before}EXTREMITIES: warm`), [], JSON.stringify(before));
});

test('matches do not overlap, and a header right after another is still found', () => {
  const text = 'HPI: cough.  PMH: asthma\r\nFAMILY HISTORY\r\nMEDS: none. Plan: rest';
  assert.deepEqual(findSections(text).map((s) => s.kind), ['none', 'hpi', 'pmh', 'fh', 'medications', 'plan']);
  assert.deepEqual(sectionBreaks([], 'A/B:  C/D: x'), [0, 4, 6, 10]);
  // Inside "FAMILY  HISTORY:" two spaces precede "HISTORY:", but a match is not searched inside another.
  assert.deepEqual(findSections('FAMILY  HISTORY: none').map((s) => s.kind), ['none', 'fh']);
});
