/**
 * Section headers and capitalised labels are found exactly where their look-behind holds: at the note's start,
 * after any line break (\n, \r\n, \r, U+2028, U+2029), after two white-space characters of any kind (tabs, NBSP,
 * ideographic space...), after a sentence mark and one white-space character; not after one space mid-sentence,
 * nor after a bullet or "1)" and one space ("1. " is a mark and a space: found). The scan tries only those
 * offsets (`clauseStarts`); these cases fail if it misses one.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findSections, HEADERS, sectionsAndBreaks } from './sections.js';

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
  for (const before of HELD) assert.deepEqual(sectionsAndBreaks(`${before}EXTREMITIES: warm`).breaks, [before.length, before.length + 12], JSON.stringify(before));
  for (const before of NOT_HELD) assert.deepEqual(sectionsAndBreaks(`${before}EXTREMITIES: warm`).breaks, [], JSON.stringify(before));
});

test('matches do not overlap, and a header right after another is still found', () => {
  const text = 'HPI: cough.  PMH: asthma\r\nFAMILY HISTORY\r\nMEDS: none. Plan: rest';
  assert.deepEqual(findSections(text).map((s) => s.kind), ['none', 'hpi', 'pmh', 'fh', 'medications', 'plan']);
  assert.deepEqual(sectionsAndBreaks('A/B:  C/D: x').breaks, [0, 4, 6, 10]);
  // Inside "FAMILY  HISTORY:" two spaces precede "HISTORY:", but a match is not searched inside another.
  assert.deepEqual(findSections('FAMILY  HISTORY: none').map((s) => s.kind), ['none', 'fh']);
});

test('sections and breaks: header and label bounds merged in ascending order, a header at the end of the text', () => {
  // Expected values are what findSections + the sorted header and label bounds gave at 1b9800a.
  const text = 'HPI: cough\r\nEXTREMITIES: warm.  PMH: asthma\u2028CARDIAC:\tregular\nPLAN';
  const { sections, breaks } = sectionsAndBreaks(text);
  assert.deepEqual(sections, findSections(text));
  assert.deepEqual(sections.map((s) => [s.kind, s.headerStart, s.headerEnd, s.end]), [['none', 0, 0, 0], ['hpi', 0, 4, 32], ['pmh', 32, 36, 61], ['plan', 61, 65, 65]]);
  // "HPI:" and "PMH:" are headers and labels too: their bounds come twice.
  assert.deepEqual(breaks, [0, 0, 4, 4, 12, 24, 32, 32, 36, 36, 44, 52, 61, 65]);
  assert.deepEqual(sectionsAndBreaks(''), { sections: [{ kind: 'none', headerStart: 0, headerEnd: 0, end: 0 }], breaks: [] });
});

test('sections and breaks on seeded random texts: breaks ascending, every header bound among them', () => {
  const parts = ['HPI:', 'PLAN', 'Family History:', 'EXTREMITIES:', 'A/B:', 'CARDIAC:', 'fever', '.', ' ', '  ', '\n', '\r\n', '\r', '\u2028', '\t', '\u00a0', 'x'];
  let seed = 19;
  const rnd = (n: number): number => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  for (let k = 0; k < 3000; k++) {
    let text = '';
    for (let i = rnd(16); i > 0; i--) text += parts[rnd(parts.length)] as string;
    const { sections, breaks } = sectionsAndBreaks(text);
    assert.deepEqual(sections, findSections(text), JSON.stringify(text));
    for (let i = 1; i < breaks.length; i++) assert.ok((breaks[i - 1] as number) <= (breaks[i] as number), JSON.stringify(text));
    for (const s of sections) if (s.headerEnd > s.headerStart) assert.ok(breaks.includes(s.headerStart) && breaks.includes(s.headerEnd), JSON.stringify(text));
  }
});

test('every header is found in any case and with a tab for a space: the scan skips only clause starts no header opens', () => {
  const title = (w: string): string => w.replace(/(^|[ /&-])([a-z])/g, (_, p: string, c: string) => p + c.toUpperCase());
  const mixed = (w: string): string => [...w].map((c, i) => (i % 2 === 0 ? c.toUpperCase() : c)).join('');
  for (const [kind, names] of HEADERS) {
    for (const name of names) {
      for (const written of [name, name.toUpperCase(), title(name), mixed(name), name.replace(/ /g, '\t')]) {
        const s = findSections(`cough.\n${written}: x`);
        assert.equal(s[1]?.kind, kind, JSON.stringify(written));
        assert.equal(s[1]?.headerStart, 7, JSON.stringify(written));
      }
    }
  }
  // The nearest that must stay: a header's first letter but not its second, a digit or a non-ASCII look-alike first.
  for (const text of ['cough.\nPxan: x', 'cough.\n1PLAN: x', 'cough.\n\u212aHPI: x', 'cough.\n\u0420LAN: x', 'cough.\nP']) assert.equal(findSections(text).length, 1, JSON.stringify(text));
});

test('a label opens with a capital and a capital or one of / & ( ) -: each is a break, a lower-case second char is none', () => {
  for (const label of ['AB', 'A/B', 'A&B', 'A(B)', 'A)B', 'A-B', 'ZZ']) assert.deepEqual(sectionsAndBreaks(`x.  ${label}: y`).breaks, [4, 4 + label.length + 1], label);
  for (const label of ['Ab', 'A1', 'A B', 'A.B', '\u0410B', 'A\u0412']) assert.deepEqual(sectionsAndBreaks(`x.  ${label}: y`).breaks, [], label);
});
