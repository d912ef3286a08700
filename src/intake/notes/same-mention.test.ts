import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sameMentionGroups, presentIds } from './same-mention.js';
import type { Mention } from './extract.js';

const m = (findingId: string, start: number, end: number, negated = false): Mention => ({
  findingId, span: { start, end }, text: 'x', term: 'x', section: 'unknown' as Mention['section'], negated, uncertain: false, hypothetical: false,
  historical: false, experiencer: 'patient', rules: [], used: true,
});

test('findings read from one span form a group, joined through shared spans', () => {
  const ms = [m('ankle-swelling', 10, 24), m('leg-swelling', 10, 24), m('peripheral-edema', 10, 24), m('fever', 30, 35)];
  assert.deepEqual(sameMentionGroups(ms, new Set(['ankle-swelling', 'leg-swelling', 'peripheral-edema', 'fever'])), [['ankle-swelling', 'leg-swelling', 'peripheral-edema']]);
  const chain = [m('a', 0, 3), m('b', 0, 3), m('b', 10, 13), m('c', 10, 13)];
  assert.deepEqual(sameMentionGroups(chain, new Set(['a', 'b', 'c'])), [['a', 'b', 'c']]);
});

test('refusal: other spans, negated mentions and findings not present stay apart', () => {
  assert.deepEqual(sameMentionGroups([m('a', 0, 3), m('b', 4, 7)], new Set(['a', 'b'])), []);
  assert.deepEqual(sameMentionGroups([m('a', 0, 3), m('b', 0, 3, true)], new Set(['a', 'b'])), []);
  assert.deepEqual(sameMentionGroups([m('a', 0, 3), m('b', 0, 3)], new Set(['a'])), []);
  assert.deepEqual([...presentIds([{ id: 'a', present: true }, { id: 'b', present: false }, { id: 'c', value: 'v' }])], ['a']);
});
