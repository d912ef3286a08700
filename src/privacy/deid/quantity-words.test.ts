/**
 * The shared quantity words (quantity-words.ts): what each group reads, and that a unit word reaches every rule built from
 * its group (field labels, rows of amounts, month-first days, record labels). Every text is invented.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { has } from '../../testkit/deid-pieces.js';
import {
  CLOCK, COUNTED, COUNTS, CURRENCY, DAYS, ENERGY, HOURS, LENGTH, MASS, MEASURE_UNITS, MEASURE_WORDS, quantityAlternation, RATES,
  SUBSTANCE, VOLUME, YEARS,
} from './quantity-words.js';

const GROUPS = { CLOCK, COUNTED, COUNTS, CURRENCY, DAYS, ENERGY, HOURS, LENGTH, MASS, MEASURE_WORDS, RATES, SUBSTANCE, VOLUME, YEARS };

/** A whole-word reader of the groups, as the callers build theirs. */
function reads(word: string, ...groups: readonly (readonly string[])[]): boolean {
  return new RegExp(`^(?:${quantityAlternation(...groups)})$`, 'i').test(word);
}

test('the alternation joins the groups in the order given', () => {
  assert.equal(quantityAlternation(['a', 'b'], ['c']), 'a|b|c');
  assert.equal(quantityAlternation(), '');
});

test('every group is lower case, capture-free and valid as an alternative', () => {
  for (const [name, words] of Object.entries(GROUPS)) {
    for (const w of words) {
      assert.equal(w, w.toLowerCase(), `${name}: ${w}`);
      assert.ok(!/\((?!\?)/.test(w), `${name}: ${w} captures`);
      assert.doesNotThrow(() => new RegExp(w), `${name}: ${w}`);
    }
  }
});

test('each group reads its units, their spellings and plurals', () => {
  for (const w of ['mg', 'mgs', 'mcg', 'µg', 'ug', 'g', 'kg']) assert.ok(reads(w, MASS), w);
  for (const w of ['ml', 'mls', 'mL', 'L', 'cc']) assert.ok(reads(w, VOLUME), w);
  for (const w of ['mmol', 'meq', 'unit', 'units', 'IU', 'UI', 'U']) assert.ok(reads(w, SUBSTANCE), w);
  for (const w of ['metres', 'meters', 'feet', 'lb', 'lbs', 'pounds']) assert.ok(reads(w, MEASURE_WORDS), w);
  for (const w of ['h', 'hr', 'hrs', 'hour', 'minutes', 'seconds']) assert.ok(reads(w, HOURS), w);
  for (const w of ['month', 'years', 'yrs', 'y/o']) assert.ok(reads(w, YEARS), w);
  for (const w of ['mmHg', 'cmH2O', 'kPa', 'bpm']) assert.ok(reads(w, RATES), w);
  for (const w of ['per cent', 'x', 'times']) assert.ok(reads(w, COUNTS), w);
  for (const w of ['CLP', 'euros', 'dólares', 'UF']) assert.ok(reads(w, CURRENCY), w);
  assert.ok(reads('kcal', MEASURE_UNITS) && reads('km', MEASURE_UNITS) && reads('pm', CLOCK) && reads('copies', COUNTED));
});

test('the groups keep apart what the callers keep apart', () => {
  // An age's units are not durations under a day, nor physical units; "l" alone is the litre only in MEASURE_UNITS.
  assert.ok(!reads('years', HOURS, DAYS, MEASURE_UNITS, COUNTS));
  assert.ok(!reads('left', MEASURE_UNITS) && !reads('given', MEASURE_UNITS) && !reads('minor', HOURS));
});

test('a unit word of a group reaches every rule built from it', () => {
  // Field labels (field-ids.ts): "hours" is a duration, not the end of an identifier.
  assert.ok(!has('Coverage ID: 58813 hours of cover were used.', '58813'));
  assert.ok(has('Coverage ID: 58813 was used.', '58813'));
  // A row of amounts (patterns.ts): the litre ends a row as the millilitre does.
  assert.ok(!has('IN 2500 1800 2200 L given', '2500 1800 2200'));
  assert.ok(!has('IN 2500 1800 2200 ml given', '2500 1800 2200'));
  // A month-first day before a unit (patterns.ts) is a dose, whatever the plural.
  assert.ok(!has('Dec 8 mls given', 'Dec 8', 'DATE'));
  assert.ok(has('Seen Dec 8, doing well.', 'Dec 8', 'DATE'));
  // A record label's value before a unit (international.ts) is a measure.
  assert.ok(!has('Lot 123456 hours', '123456'));
  assert.ok(has('Lot 123456 used', '123456'));
});
