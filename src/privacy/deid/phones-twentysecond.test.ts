/**
 * Phone numbers (issue 14, session 22): an internal extension or bleep number after its word (patterns.ts
 * PHONE_EXTENSION), joined to the number it follows, and what must stay: a joint's extension in degrees or per
 * cent, doses, times, ranges, codes and scores. Every number is invented.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { found, has } from '../../testkit/deid-pieces.js';

test('an extension or bleep number after its word', () => {
  assert.ok(has('Results to Dr Akinyemi bleep 6642.', '6642', 'PHONE'));
  assert.ok(has('Called the registrar on ext 5521 who amended the chart.', '5521', 'PHONE'));
  assert.ok(has('Call back 01632 960 911 ext 204.', '01632 960 911 ext 204', 'PHONE'));
  assert.ok(has('Ring 0161 496 0123 extension 4471 or bleep 2210.', '0161 496 0123 extension 4471', 'PHONE'));
  assert.ok(has('Ring 0161 496 0123 extension 4471 or bleep 2210.', '2210', 'PHONE'));
});

test('a joint\'s extension, doses and values after the word stay', () => {
  const phones = (t: string) => found(t).filter((p) => p.startsWith('PHONE:'));
  assert.deepEqual(phones('Knee ext 120 degrees, flex/ext 0-120, ext 100%, ext 110\u00b0, ext rotation 30, ext 10 mg.'), []);
  assert.deepEqual(phones('Extension 2.5 cm; PHQ-9 14; ICD-10 J18.9; LOINC 2345-7; at 09:15; range 120-140; v1.2.3.'), []);
});
