import assert from 'node:assert/strict';
import { test } from 'node:test';
import { noteReader } from '../../testkit/note-findings.js';

// The built-in broad model as shipped: the rule reads its own vocabulary.
const found = noteReader(40, 'male');

test('a conjunct that shares the leading words of a term reads as the whole term', () => {
  const x = found('He has difficulty chewing and swallowing.');
  assert.equal(x.get('difficulty-in-swallowing'), true, '"difficulty swallowing"');
  assert.equal(found('There is joint pain and swelling.').get('joint-swelling'), true, '"joint swelling"');
});

test('a conjunct that shares the trailing words of a term reads as the whole term', () => {
  const x = found('He has knee and ankle pain.');
  assert.equal(x.get('knee-pain'), true, '"knee pain"');
  assert.equal(x.get('ankle-pain'), true);
});

test('coordinated words that make no known term stay as read, and context still applies', () => {
  const x = found('He has chest pain and shortness of breath.');
  assert.equal(x.get('shortness-of-breath'), true);
  assert.equal(found('Nausea and abdominal pain.').get('nausea'), true);
  assert.equal(found('No knee or ankle pain.').get('knee-pain'), false);
});
