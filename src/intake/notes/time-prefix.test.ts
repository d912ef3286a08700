/**
 * A term after the time prefix "pre-" is the time before the state, not the state (`time-prefix.ts`), read with the
 * shipped broad model's vocabulary; my own sentences.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { noteReader } from '../../testkit/note-findings.js';
import { tokenize } from './tokenize.js';
import { afterTimePrefix } from './time-prefix.js';

const found = noteReader(30, 'female');

test('a pre- compound does not read its stem as the state', () => {
  assert.equal(found('Seen for a pre-pregnancy check, well.').get('pregnant'), undefined);
  // The state written on its own is read as before.
  assert.equal(found('Seen in pregnancy, well.').get('pregnant'), true);
  assert.equal(found('Seen for a pre pregnancy check, well.').get('pregnant'), true);
});

test('only the word right after a hyphen-joined "pre" is a stem', () => {
  const t = tokenize('pre-pregnancy, pre pregnancy, prepregnancy');
  const at = (w: number): boolean => afterTimePrefix(t, w);
  assert.deepEqual([...t.norm], ['pre', 'pregnancy', ',', 'pre', 'pregnancy', ',', 'prepregnancy']);
  assert.deepEqual([0, 1, 3, 4, 6].map(at), [false, true, false, false, false]);
});
