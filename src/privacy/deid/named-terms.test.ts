/**
 * Tests of the vocabulary labels named after a person or a place (issue 14, twenty-ninth session, deid-clean10): a
 * capitalised run inside a whole Disease Ontology, Mondo, ICD-10-CM or HPO label written in the text is the term's, and
 * the person and place counter-cases (the words alone, a title before, a sentence break inside).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectPhi } from './detect.js';
import { inNamedTerm, termKeys } from './named-terms.js';
import type { PhiType } from './types.js';

/** Whether a span over `words` in `text` (first occurrence) stands inside a named label. */
const inTerm = (text: string, words: string, type: PhiType = 'NAME'): boolean => {
  const start = text.indexOf(words);
  return inNamedTerm({ start, end: start + words.length, type }, text);
};

test('a capitalised run inside a whole named label is the term, not a person or a place', () => {
  assert.equal(inTerm('Travel: Rocky Mountain spotted fever, Rift Valley fever.', 'Rocky'), true);
  assert.equal(inTerm('Travel: Rocky Mountain spotted fever, Rift Valley fever.', 'Valley'), true);
  assert.equal(inTerm('Arboviruses: Murray Valley encephalitis and St. Louis encephalitis.', 'Murray Valley', 'LOCATION'), true);
  assert.equal(inTerm('Arboviruses: Murray Valley encephalitis and St. Louis encephalitis.', 'St. Louis', 'LOCATION'), true);
  // British spelling and a possessive meet the US label: "haemorrhagic", "Ludwig's".
  assert.equal(inTerm("Ludwig's angina after extraction.", "Ludwig's"), true);
  assert.equal(inTerm('Aleppo boil on the forearm.', 'Aleppo'), true);
});

test('the words of a label alone, after a title, across a sentence or not a name span stay as they are', () => {
  assert.equal(inTerm('Lives near Murray Valley with her son.', 'Murray Valley', 'LOCATION'), false);
  assert.equal(inTerm('Seen with Dr Pontiac fever clinic.', 'Pontiac'), false);
  assert.equal(inTerm('Letter copied to Ludwig. Angina is stable.', 'Ludwig'), false);
  assert.equal(inTerm('Rocky Mountain spotted fever.', 'Rocky', 'DATE'), false);
  assert.deepEqual(termKeys("Haemorrhagic fever, Ludwig's"), ['hemorrhagic', 'fever', 'ludwig']);
});

test('a PHI-free list of place-named infections gets no span', () => {
  const text = 'Imported fevers: dengue, Rocky Mountain spotted fever, Rift Valley fever, Murray Valley encephalitis, Pontiac fever.';
  assert.deepEqual(detectPhi(text).filter((s) => s.type === 'NAME' || s.type === 'LOCATION'), []);
});
