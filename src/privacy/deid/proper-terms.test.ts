/**
 * The capitalised words of a clinical term the vocabularies hold, written out with its head, are no one and nowhere
 * (issue 14, twenty-fifth session, deid-clean6: proper-terms.ts, lexicons/proper-terms.txt); the same words without the
 * term's head, or after a title, are still taken. People and dates are invented.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { found } from '../../testkit/deid-pieces.js';

test('a term named after a place, written out with its head, stays', () => {
  assert.deepEqual(found('Place-named infections: Rift Valley fever, Murray Valley encephalitis, Rocky Mountain spotted fever, Crimean-Congo haemorrhagic fever.'), []);
  assert.deepEqual(found('Travel screen: West Nile fever, Zika, Rocky Mountain spotted fever; doxycycline started.'), []);
});

test('the same words as a person or a place, without the head or after a title, are still taken', () => {
  const lives = found('Seen Rocky Mountain on 3 Dec 2026; lives in Murray Valley since 2019 with a fever.');
  assert.ok(lives.some((s) => s.includes('Rocky Mountain')), 'a person without the term head');
  assert.ok(lives.some((s) => s.includes('Murray Valley')), 'a place without the term head');
  assert.ok(found('Seen by Dr Murray Valley, encephalitis clinic, 3 Dec 2026.').some((s) => s.includes('Murray Valley')));
  assert.ok(found('Letter from Dr Rift Valley fever clinic, 3 Dec 2026.').some((s) => s.includes('Rift Valley')));
});
