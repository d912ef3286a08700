import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectPhi } from './detect.js';
import { enumeratedItems } from './enumerations.js';
import type { PhiSpan } from './types.js';

const at = (text: string, words: string, type: PhiSpan['type'] = 'NAME'): PhiSpan => {
  const start = text.indexOf(words);
  return { start, end: start + words.length, type };
};

test('one-word names or places among three or more capitalised items are items of an enumeration', () => {
  const list = 'Stock is held at Leeds, Bristol and Sheffield depots; Grey Turner, Depo-Provera, Kenwick.';
  assert.ok(enumeratedItems(at(list, 'Leeds', 'LOCATION'), list));
  assert.ok(enumeratedItems(at(list, 'Bristol and Sheffield'), list));
  assert.ok(enumeratedItems(at(list, 'Kenwick'), list));
  // Two joined words are as often one person's names kept apart; a given name and a surname side by side are a
  // person's shape; a date is no name.
  const pair = 'Seen with Amara and Okafor today.';
  assert.ok(!enumeratedItems(at(pair, 'Okafor'), pair));
  assert.ok(!enumeratedItems(at(list, 'Grey Turner'), list));
  assert.ok(!enumeratedItems(at(list, 'Leeds', 'DATE'), list));
});

test('list items are dropped in a record with no other PHI, kept beside any other identifier', () => {
  const free = 'Depots in Leeds, Bristol and Sheffield.';
  assert.deepEqual(detectPhi(free).map((s) => free.slice(s.start, s.end)), []);
  const dated = 'On 12/03/2024: depots in Leeds, Bristol and Sheffield.';
  assert.ok(detectPhi(dated).some((s) => dated.slice(s.start, s.end) === 'Bristol'));
});
