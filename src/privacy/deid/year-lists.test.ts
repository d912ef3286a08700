/**
 * A list of years is no street with its postcode (identifiers.ts EU_TOWN, `listNotStreet`; deid-clean29, issue 14
 * precision): a timeline's "year Name, year Name" items read as postcode and town one after the other; and a word of
 * another script before the comma is no street of a Latin-script town; nor are the items after a found name its
 * residence parts (residence-parts.ts, `yearListItem`). What must stay: real European addresses with a
 * 4- or 5-digit postcode before the town, a year-shaped postcode included. Every address is invented.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { found, has } from '../../testkit/deid-pieces.js';

test('a timeline of years and names is no postcode and town, nor a name and its residence', () => {
  const text = 'Years on the timeline slide: 1796 Jenner, 1847 Semmelweis, 1865 Lister, 1882 Koch, 1895 Röntgen.';
  assert.deepEqual(found(text).filter((p) => /^(?:ZIP|LOCATION):/.test(p)), []);
  const bracketed = 'Milestones: 1928 Fleming (penicillin), 1953 Watson and Crick, 1967 Barnard.';
  assert.deepEqual(found(bracketed).filter((p) => /^(?:ZIP|LOCATION):/.test(p)), []);
});

test('a street with a number and its postcode and town stay, a year-shaped postcode too', () => {
  assert.ok(has('Lives at Rue de Lausanne 12, 1950 Sion with her son.', '1950', 'ZIP'));
  assert.ok(has('Lives at Rue de Lausanne 12, 1950 Sion with her son.', 'Sion', 'LOCATION'));
  // A year-shaped house number before a street word is a street, not a year of a list.
  assert.ok(has('Address: 1900 Avenue Louise, 1950 Sion.', '1950', 'ZIP'));
  assert.ok(has('Address: 1900 Avenue Louise, 1950 Sion.', 'Sion', 'LOCATION'));
  assert.ok(has('Anschrift: Hauptstrasse 12, 10115 Berlin', '10115', 'ZIP'));
  assert.ok(has('Adresse: Bahnhofstrasse 1820, 8001 Zürich.', '8001', 'ZIP'));
});

test('a name and its residence, and an afternoon clinic list, stay found', () => {
  assert.ok(has('Ikenna Obialor, 93, Ezinihitte.', 'Ezinihitte', 'LOCATION'));
  assert.ok(found('Pt Ikenna Obialor, 1847 Lister Road.').some((p) => p === 'LOCATION:1847 Lister Road'));
  const list = found('Clinic list Monday: 1500 Okafor, 1530 Brennan, 1600 Kowalczyk, 1630 Adeyemi.');
  for (const n of ['Okafor', 'Brennan', 'Kowalczyk', 'Adeyemi']) assert.ok(list.some((p) => p.includes(n)), n);
});

test('a word of another script before the comma is no street of a Latin-script town', () => {
  assert.deepEqual(found('Glossary: Ward 12 палата, 10115 Berlin').filter((p) => p.startsWith('ZIP:')), []);
  // The nearest thing that stays: the same line with a Latin street word.
  assert.ok(found('Glossary: Ward 12 Strasse, 10115 Berlin').some((p) => p.startsWith('ZIP:10115')));
});
