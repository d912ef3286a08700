/**
 * Phone numbers (issue 14, session 22): an internal extension or bleep number after its word (patterns.ts
 * PHONE_EXTENSION), joined to the number it follows, and what must stay: a joint's extension in degrees or per
 * cent, doses, times, ranges, codes and scores. Every number is invented.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { found, has } from '../../testkit/deid-pieces.js';

const phones = (t: string) => found(t).filter((p) => p.startsWith('PHONE:'));

test('an extension or bleep number after its word', () => {
  assert.ok(has('Results to Dr Akinyemi bleep 6642.', '6642', 'PHONE'));
  assert.ok(has('Called the registrar on ext 5521 who amended the chart.', '5521', 'PHONE'));
  assert.ok(has('Call back 01632 960 911 ext 204.', '01632 960 911 ext 204', 'PHONE'));
  assert.ok(has('Ring 0161 496 0123 extension 4471 or bleep 2210.', '0161 496 0123 extension 4471', 'PHONE'));
  assert.ok(has('Ring 0161 496 0123 extension 4471 or bleep 2210.', '2210', 'PHONE'));
});

test('a joint\'s extension, doses and values after the word stay', () => {
  assert.deepEqual(phones('Knee ext 120 degrees, flex/ext 0-120, ext 100%, ext 110\u00b0, ext rotation 30, ext 10 mg.'), []);
  assert.deepEqual(phones('Extension 2.5 cm; PHQ-9 14; ICD-10 J18.9; LOINC 2345-7; at 09:15; range 120-140; v1.2.3.'), []);
});

// Review (session 22, review-deid4): a joint's range of motion with its degrees unwritten, and volumes, doses and
// counts after the word, are no extension; after a call word or a number, or with no joint in reach, it still is.
test('a joint\'s range of motion without its degrees, and volumes or doses after "ext", stay', () => {
  assert.deepEqual(phones('Knee extension 120 achieved today. Hip extension 110 and flexion 90.'), []);
  assert.deepEqual(phones('Shoulder: extension 180, abduction 170. Knee: flexion 90 extension 120.'), []);
  assert.deepEqual(phones('Ext 300 mL drained; ext 1000 units heparin; Extension 1200 mL overnight.'), []);
  assert.deepEqual(phones('Bleep the registrar if worse; ext 4 beats of clonus; extension 2.5 cm into fat.'), []);
});

test('an extension after a call word or a number, or with no joint before it, is still a phone number', () => {
  assert.ok(has('Physio: knee flexion reviewed, call ext 4471 with concerns.', '4471', 'PHONE'));
  assert.ok(has('Please contact the flexion clinic on ext 4412.', '4412', 'PHONE'));
  assert.ok(has('Hip clinic, extension 4471.', '4471', 'PHONE'));
  assert.ok(has('Please bleep 2210 for the back pain team.', '2210', 'PHONE'));
});
