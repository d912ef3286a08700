import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectPhi } from './detect.js';
import { enumeratedWord } from './enumerations.js';
import type { PhiSpan } from './types.js';

const at = (text: string, word: string, type: PhiSpan['type'] = 'NAME'): PhiSpan => {
  const start = text.indexOf(word);
  return { start, end: start + word.length, type };
};

test('a one-word name or place among three or more capitalised items is an item of an enumeration', () => {
  const list = 'Depots: Leeds, Bristol and Sheffield; aids by Grey Turner, Depo-Provera.';
  assert.ok(enumeratedWord(at(list, 'Leeds', 'LOCATION'), list));
  assert.ok(enumeratedWord(at(list, 'Bristol'), list));
  assert.ok(enumeratedWord(at(list, 'Sheffield'), list));
  // Two joined words are as often one person's names kept apart; a date is no name; a span of two words is not one word.
  const pair = 'Seen with Amara and Okafor today.';
  assert.ok(!enumeratedWord(at(pair, 'Okafor'), pair));
  assert.ok(!enumeratedWord(at(list, 'Leeds', 'DATE'), list));
  assert.ok(!enumeratedWord(at(list, 'Grey Turner'), list));
});

test('list items alone do not open the lone-word rule; any other identifier still does', () => {
  const free = 'Depots: Leeds, Bristol and Sheffield; cushions by Zorvanta and Quellmar.';
  const found = detectPhi(free).map((s) => free.slice(s.start, s.end));
  assert.ok(!found.includes('Zorvanta') && !found.includes('Quellmar'), found.join('|'));
  const dated = 'On 12/03/2024 Leeds, Bristol and Sheffield teams met; Zorvanta attended.';
  assert.ok(detectPhi(dated).some((s) => dated.slice(s.start, s.end) === 'Zorvanta'));
});
