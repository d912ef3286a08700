/**
 * A region that heads a line is no one (heading-regions.ts, session 35, deid-clean21). The texts are written here after
 * the shape counted on the read letters (letters25-30: "<region> (<language>) - <kind of note>: <patient>"), not copied
 * from them.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectPhi } from './detect.js';
import { dropHeadingRegions } from './heading-regions.js';
import { getDefaultLexicon } from './lexicon.js';
import type { PhiSpan } from './types.js';

const lex = getDefaultLexicon();
/** NAME spans over the given words of a text, as a rule would have found them. */
const spansOver = (t: string, words: readonly string[]): PhiSpan[] =>
  words.map((w) => ({ start: t.indexOf(w), end: t.indexOf(w) + w.length, type: 'NAME' as const })).sort((a, b) => a.start - b.start);
const kept = (t: string, words: readonly string[]): string[] =>
  dropHeadingRegions(spansOver(t, words), t, lex, true).map((s) => t.slice(s.start, s.end));

test('a state-level region or a country that heads a line before a dash, colon, comma or bracket is no one', () => {
  assert.deepEqual(kept('Manitoba - wound clinic note: Dorota Kwiatkowska, 71, venous ulcer.', ['Manitoba', 'Dorota Kwiatkowska']), ['Dorota Kwiatkowska']);
  assert.deepEqual(kept('Sachsen: Befund fuer Herrn Torsten Kleeberg, 66 Jahre.', ['Sachsen', 'Torsten Kleeberg']), ['Torsten Kleeberg']);
  assert.deepEqual(kept('Kerala, district hospital: Anil Varghese, 52.', ['Kerala', 'Anil Varghese']), ['Anil Varghese']);
  // After a bullet, and as the last word of a run of capitalised words that opens the line.
  assert.deepEqual(kept('- Tasmania: ferry transfer for Bryn Aldous, 40.', ['Tasmania', 'Bryn Aldous']), ['Bryn Aldous']);
  assert.deepEqual(kept('Nova Scotia - community clinic: Morwenna Tait.', ['Scotia', 'Morwenna Tait']), ['Morwenna Tait']);
  assert.deepEqual(kept('New Zealand - sports injury claim: Hemi Parata.', ['Zealand', 'Hemi Parata']), ['Hemi Parata']);
});

test('the brackets right after a heading region qualify it: a language or a people there is no one', () => {
  const t = 'Meghalaya (Khasi) - school health check: Iba Lyngwa, 9.';
  assert.deepEqual(kept(t, ['Meghalaya', 'Khasi', 'Iba Lyngwa']), ['Iba Lyngwa']);
  const u = 'Oaxaca (Zapotec and Spanish) - rural unit: Teresa Lopez Ruiz.';
  assert.deepEqual(kept(u, ['Oaxaca', 'Zapotec', 'Teresa Lopez Ruiz']), ['Teresa Lopez Ruiz']);
});

test('people and towns stay: a given name, a town, no heading mark, not at the line start, a person in the brackets', () => {
  // A region's name that is a given name may be a message's addressee.
  assert.deepEqual(kept('Georgia - please ring Mr Abbott about his INR.', ['Georgia', 'Abbott']), ['Georgia', 'Abbott']);
  // A town is no state-level unit.
  assert.deepEqual(kept('Belfast - ADHD review: Ciaran Boyd, 10.', ['Belfast', 'Ciaran Boyd']), ['Belfast', 'Ciaran Boyd']);
  // Inside a sentence or an address the region rule does not read it.
  assert.deepEqual(kept('She moved from Manitoba - lives alone now.', ['Manitoba']), ['Manitoba']);
  assert.deepEqual(kept('Address: 4 Elm Road, Groningen, the Netherlands.', ['Groningen']), ['Groningen']);
  // No heading's mark after it.
  assert.deepEqual(kept('Manitoba Okafor attended today.', ['Manitoba Okafor']), ['Manitoba Okafor']);
  // A title in the brackets holds a person.
  assert.deepEqual(kept('Punjab (Dr Harjit Sandhu) - naloxone supply.', ['Punjab', 'Harjit Sandhu']), ['Harjit Sandhu']);
  // In a note without letter case nothing is dropped.
  assert.deepEqual(dropHeadingRegions(spansOver('MANITOBA - NOTE', ['MANITOBA']), 'MANITOBA - NOTE', lex, false).length, 1);
});

test('in the whole detector the heading region goes and the patient stays', () => {
  const t = 'Saskatchewan - nursing station note: Wapan Keeshig-Moose, 44, sepsis screen positive.';
  const found = detectPhi(t).filter((s) => s.type === 'NAME').map((s) => t.slice(s.start, s.end));
  assert.ok(!found.some((w) => w.includes('Saskatchewan')), found.join('|'));
  assert.ok(found.some((w) => w.includes('Wapan')), found.join('|'));
});
