/**
 * The edges of a found institution's name (institution-edges.ts): partners and initials before a firm's head, a church
 * school's designation, a branch number, a service or laboratory word; and what must stay. Every name here is invented.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectPhi } from './detect.js';
import { getDefaultLexicon } from './lexicon.js';
import { institutionEdges } from './institution-edges.js';

const locations = (text: string): string[] => detectPhi(text).filter((s) => s.type === 'LOCATION').map((s) => text.slice(s.start, s.end));
/** The step alone on one LOCATION span given by its text. */
function grown(text: string, place: string): string {
  const start = text.indexOf(place);
  const [s] = institutionEdges([{ start, end: start + place.length, type: 'LOCATION' }], text, getDefaultLexicon());
  return s ? text.slice(s.start, s.end) : '';
}

test('a found institution grows over the parts of its name left outside', () => {
  assert.equal(grown('Undertaker: A. Quarrington & Sons.', 'Quarrington & Sons'), 'A. Quarrington & Sons');
  assert.equal(grown('undertaker Brewis & Tallent Funeral Directors.', 'Tallent Funeral Directors'), 'Brewis & Tallent Funeral Directors');
  assert.equal(grown("School: St Orwen's C of E Primary.", "St Orwen's"), "St Orwen's C of E Primary");
  assert.equal(grown("at St Wendreda's RC Primary his vision", "St Wendreda's"), "St Wendreda's RC Primary");
  assert.equal(grown('window (Varlow Pharmacy No. 4), Dec 4', 'Varlow Pharmacy'), 'Varlow Pharmacy No. 4');
  assert.equal(grown('Sample to Varlow Hospital Laboratory.', 'Varlow Hospital'), 'Varlow Hospital Laboratory');
  // In the whole detector, where a saint's name is found as a place.
  assert.ok(locations("School: St Edmund's C of E Primary.").includes("St Edmund's C of E Primary"));
});

test('a span with no institution word, or a clinical word before "&", stays as found', () => {
  assert.equal(grown('Seen at Varlow, No. 4 bed.', 'Varlow'), 'Varlow');
  assert.equal(grown('Cardiology & Quarrington Sons visited.', 'Quarrington Sons'), 'Quarrington Sons');
  assert.equal(grown('Sample to Ardwenna Genetics Laboratory.', 'Ardwenna Genetics'), 'Ardwenna Genetics');
  assert.equal(grown("St Orwen's RC 4 weeks", "St Orwen's"), "St Orwen's");
  assert.equal(grown('Varlow Pharmacy No. 4.5 mg', 'Varlow Pharmacy'), 'Varlow Pharmacy');
  assert.equal(grown('J. Smith at Varlow Hospital', 'Varlow Hospital'), 'Varlow Hospital');
  assert.deepEqual(institutionEdges([{ start: 0, end: 6, type: 'NAME' }], 'Varlow & Sons', getDefaultLexicon()), [{ start: 0, end: 6, type: 'NAME' }]);
});
