/**
 * The shared quantity words (quantity-words.ts): what each group reads, how a rule takes part of a group, and that the
 * rules built from them still read a unit after a number (field labels, rows of amounts, month-first days, record
 * labels, plates). Every text is invented.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { has } from '../../testkit/deid-pieces.js';
import {
  CAPITAL_CODES, CLOCK, COUNTED, COUNTS, CURRENCY, DAYS, ENERGY, HOURS, LENGTH, MASS, only, quantityAlternation, RATES, SUBSTANCE,
  VOLUME, without, YEARS,
} from './quantity-words.js';

const GROUPS = { CLOCK, COUNTED, COUNTS, CURRENCY, DAYS, ENERGY, HOURS, LENGTH, MASS, RATES, SUBSTANCE, VOLUME, YEARS };

/** A whole-word reader of the groups, as the callers build theirs. */
function reads(word: string, ...groups: readonly (readonly string[])[]): boolean {
  return new RegExp(`^(?:${quantityAlternation(...groups)})$`, 'i').test(word);
}

test('the alternation joins the groups in the order given', () => {
  assert.equal(quantityAlternation(['a', 'b'], ['c']), 'a|b|c');
  assert.equal(quantityAlternation(), '');
});

test('every group is lower case, one form per entry, capture-free and valid as an alternative', () => {
  for (const [name, words] of Object.entries(GROUPS)) {
    assert.equal(new Set(words).size, words.length, `${name} repeats a word`);
    for (const w of words) {
      assert.equal(w, w.toLowerCase(), `${name}: ${w}`);
      assert.ok(!/\((?!\?)/.test(w) && !/\?(?!:)/.test(w), `${name}: ${w} captures or is optional`);
      assert.doesNotThrow(() => new RegExp(w), `${name}: ${w}`);
    }
  }
  assert.deepEqual(CAPITAL_CODES.map((w) => reads(w, VOLUME, SUBSTANCE)), [true, true, true]);
});

test('each group reads its units and their spellings', () => {
  for (const w of ['mg', 'mcg', 'µg', 'ug', 'g', 'kg', 'lbs', 'pounds']) assert.ok(reads(w, MASS), w);
  for (const w of ['ml', 'mls', 'mL', 'L', 'cc']) assert.ok(reads(w, VOLUME), w);
  for (const w of ['mmol', 'meq', 'unit', 'units', 'IU', 'UI', 'U']) assert.ok(reads(w, SUBSTANCE), w);
  for (const w of ['mm', 'km', 'metres', 'meters', 'feet']) assert.ok(reads(w, LENGTH), w);
  for (const w of ['h', 'hr', 'hrs', 'hour', 'minutes', 'seconds']) assert.ok(reads(w, HOURS), w);
  for (const w of ['month', 'years', 'yrs', 'y/o']) assert.ok(reads(w, YEARS), w);
  for (const w of ['kPa', 'bpm', 'mph']) assert.ok(reads(w, RATES), w);
  for (const w of ['per cent', 'x', 'times']) assert.ok(reads(w, COUNTS), w);
  for (const w of ['CLP', 'euros', 'dólares', 'UF']) assert.ok(reads(w, CURRENCY), w);
  assert.ok(reads('kcal', ENERGY) && reads('week', DAYS) && reads('pm', CLOCK) && reads('copies', COUNTED));
  assert.ok(!reads('left', VOLUME) && !reads('given', MASS) && !reads('minor', HOURS) && !reads('years', HOURS, DAYS));
});

test('a rule takes part of a group by name, and a word outside its group fails at once', () => {
  assert.deepEqual(only(DAYS, ['days', 'weeks']), ['days', 'weeks']);
  assert.deepEqual(without(VOLUME, ['mls', 'cc']), ['ml', 'l']);
  assert.throws(() => only(DAYS, ['fortnight']), /not in their group: fortnight/);
  assert.throws(() => without(MASS, ['ml']), /not in their group: ml/);
});

test('the rules built from the groups still read a unit after a number', () => {
  // Field labels (field-ids.ts), rows of amounts (patterns.ts), record labels (international.ts).
  assert.ok(!has('Coverage ID: 58813 mg given.', '58813'));
  assert.ok(has('Coverage ID: 58813 was used.', '58813'));
  assert.ok(!has('IN 2500 1800 2200 ml given', '2500 1800 2200'));
  assert.ok(!has('Lot 123456 mg', '123456'));
  assert.ok(has('Lot 123456 used', '123456'));
  // A month-first day before a unit (patterns.ts) is a dose, in the lower-case and the capitalised code.
  assert.ok(!has('Dec 8 mg given', 'Dec 8', 'DATE'));
  assert.ok(!has('Dec 8 mL given', 'Dec 8', 'DATE'));
  assert.ok(has('Seen Dec 8, doing well.', 'Dec 8', 'DATE'));
});
