import { test } from 'node:test';
import assert from 'node:assert/strict';
import { enclosingMatchEnd } from './enclosing.js';

const RE = /\b(?:red cross|oscar health)\b/gi;

test('a span inside a full name found around it gives the name\'s end; a span it does not cover gives -1', () => {
  const text = 'Referred to the Red Cross for transport; Ms Cross agreed.';
  const inName = text.indexOf('Cross');
  assert.equal(enclosingMatchEnd(RE, text, { start: inName, end: inName + 5, type: 'NAME' }), inName + 5);
  const alone = text.lastIndexOf('Cross');
  assert.equal(enclosingMatchEnd(RE, text, { start: alone, end: alone + 5, type: 'NAME' }), -1);
});

test('only a match within reach counts', () => {
  const text = `Oscar Health${' '.repeat(60)}Oscar`;
  const s = { start: text.lastIndexOf('Oscar'), end: text.length, type: 'NAME' as const };
  assert.equal(enclosingMatchEnd(RE, text, s), -1);
  assert.equal(enclosingMatchEnd(RE, text, { start: 0, end: 5, type: 'NAME' }), 'Oscar Health'.length);
});
