/**
 * South Asian towns in Brahmic scripts by their closing settlement element (indic-places.ts). Every place and sentence
 * here is invented or a large city named only as an example of the element.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectPhi } from './detect.js';
import { detectIndicPlaces } from './indic-places.js';

const places = (text: string): string[] => {
  const out: string[] = [];
  detectIndicPlaces(text, (s, e) => out.push(text.slice(s, e)));
  return out;
};

test('a word closed by a settlement element is a place, in each script', () => {
  assert.deepEqual(places('मरीज़ कानपुर से आया; 02/12/2026'), ['कानपुर']);
  assert.deepEqual(places('पता: अहमदाबाद'), ['अहमदाबाद']);
  assert.deepEqual(places('রোগী, বয়স 40; দিনাজপুর'), ['দিনাজপুর']);
  assert.deepEqual(places('நோயாளி; பெருங்குளம்; 03-12-2026'), ['பெருங்குளம்']);
  assert.deepEqual(places('రోగి, మల్లవరపల్లి నుండి'), ['మల్లవరపల్లి']);
  assert.deepEqual(places('രോഗി: വയസ്സ് 50; ചെറുകുളം.'), ['ചെറുകുളം']);
  assert.ok(detectPhi('Seen in clinic. From: नयागढ़, 12/03/2026').some((s) => s.type === 'LOCATION'));
});

test('the element alone, a one-consonant stem, common words and words going on stay', () => {
  // "town" alone; Nupur (a given name) and Kapoor (camphor, a surname) have one consonant before the element.
  assert.deepEqual(places('पुर नूपुर कपूर'), []);
  // "plenty", "metropolis".
  assert.deepEqual(places('भरपूर पानी, महानगर'), []);
  // The element inside a longer word, and text without a Brahmic letter.
  assert.deepEqual(places('कानपुरी'), []);
  assert.deepEqual(places('Kanpur, Periyakulam'), []);
});
