/**
 * Clipped, plural and compound forms of listed clinical words (clipped-words.ts), and the facility reader that reads
 * them as listed words (facility-heads.ts): ward-note, referral, care-plan and discharge lines whose unit or service
 * name is a clinical clipping stay; named places still go. Every name and place is invented.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { found, has } from '../../testkit/deid-pieces.js';
import { clippedOrPlural } from './clipped-words.js';
import { getDefaultLexicon } from './lexicon.js';

const places = (t: string) => found(t).filter((p) => p.startsWith('LOCATION:'));

test('clinical clippings, plurals and combining-form compounds read as listed words; names do not', () => {
  const lex = getDefaultLexicon();
  for (const w of ['chemo', 'paeds', 'gynae', 'ophth', 'physio', 'biologics', 'hyperacute', 'haemodialysis', 'telehealth']) {
    assert.ok(clippedOrPlural(lex, w), w);
  }
  for (const w of ['kelso', 'ardmore', 'penhallow', 'trevithick', 'llanwern', 'caerleon', 'rosslare', 'hawkins', 'ross', 'pendlebury']) {
    assert.ok(!clippedOrPlural(lex, w), w);
  }
});

test('a unit or service named by a clinical clipping stays', () => {
  for (const t of ['Ward round: for Chemo Day Unit tomorrow, cycle 3.', 'Referred to the Paeds Day Unit for a feed trial.',
    'Gynae Day Unit scan booked for Friday.', 'Ophth Day Unit review in 2 weeks.', 'Admitted to the Hyperacute Stroke Unit overnight.',
    'Biologics Day Unit: infliximab given, no reaction.', 'Transferred to the Haemodialysis Day Unit.',
    'Care plan: Physio Day Unit twice weekly.']) assert.deepEqual(places(t), [], t);
});

test('named places before the same heads are still taken', () => {
  assert.ok(has('Referred to Kelso Satellite Unit for dialysis.', 'Kelso Satellite Unit', 'LOCATION'));
  assert.ok(has('Ardmore Day Nursery rang about a rash.', 'Ardmore Day Nursery', 'LOCATION'));
  assert.ok(has('Transferred to Pendlebury Stroke Unit.', 'Pendlebury Stroke Unit', 'LOCATION'));
});
