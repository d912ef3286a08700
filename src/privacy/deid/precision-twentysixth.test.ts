/**
 * Over-redaction guards of the twenty-sixth session (deid-clean7), each with the PHI it must still take: an age-group noun
 * cited as a word or before a noun of a group, a season's months, a faith's name. The sentences are written here, after
 * the kinds counted on the read letters (letters18-21), not copied from them.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectPhi } from './detect.js';
import { countryOrLanguage } from './countries.js';
import { seasonMonth } from './seasons.js';

const found = (t: string): string[] => detectPhi(t).map((s) => `${s.type}:${t.slice(s.start, s.end)}`);

test('an age-group noun cited as a word, or before a noun of a group or of research, is no one\'s age', () => {
  assert.deepEqual(found('Glossary: the term \u201ccentenarian\u201d is used for anyone over 99.'), []);
  assert.deepEqual(found('Falls audit: nonagenarian residents on three wards.'), []);
  assert.deepEqual(found('The supercentenarian cohort was small.'), []);
});

test('one person\'s age-group noun stays an age', () => {
  assert.deepEqual(found('A nonagenarian woman, found on the floor.'), ['AGE:nonagenarian']);
  assert.deepEqual(found('Seen today: centenarian with a chest infection.'), ['AGE:centenarian']);
});

test('a season\'s range of months dates no one; an individual\'s months and a dated range still do', () => {
  assert.deepEqual(found('Bronchiolitis season November to March: cohort the bays.'), []);
  assert.deepEqual(found('Hay fever peaks May to July, so start the spray early.'), []);
  assert.ok(seasonMonth('the monsoon season runs June to September', 32, 41));
  assert.ok(!seasonMonth('admitted in June, seen in September', 12, 16));
  assert.deepEqual(found('She was admitted January to March with falls.'), ['DATE:January', 'DATE:March']);
  assert.ok(found('Flu season October to March 2025 was busy.').includes('DATE:March 2025'));
});

test('a faith named alone is no one; a person with that word as a name still is', () => {
  assert.ok(countryOrLanguage('Sikh') && countryOrLanguage('Muslim') && !countryOrLanguage('Okafor'));
  assert.deepEqual(found('Last offices: Muslim and Jewish customs; Buddhist chaplain on call.'), []);
  assert.ok(found('Discussed with daughter Hindu this morning.').some((s) => s.startsWith('NAME:')));
});
