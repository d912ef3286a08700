/**
 * An identifier's letter prefix (id-prefixes.ts; session 42, deid-ids8): capitals joined to a found number at its
 * word's start, or written apart after the scheme's label, are read with the number; what stays: a label right before
 * the number (no label before it), a two-letter code before a scheme's acronym, a repeated label and a generic label.
 * Every text and number is invented. The taking test fails on main `741c4959` (checked).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { found, has } from '../../testkit/deid-pieces.js';
import { identifierPrefixes } from './id-prefixes.js';
import type { PhiSpan } from './types.js';

test('a letter prefix after a label or joined to the number is read with it', () => {
  const cases: readonly (readonly [string, string])[] = [
    ['Referral accepted. Dr Naledi Khumalo, HPCSA MP 0588213.', 'MP 0588213'],
    ['Medical aid: MEDX MDX 558210934. Wife at bedside.', 'MDX 558210934'],
    ['Patient Idrissa Sangaré, CNI C 0071 3382 16; paludisme.', 'C 0071 3382 16'],
    ['Case notification K731-2094; spraying requested.', 'K731-2094'],
    ['Driver Ochirbat Dorj, register no. ЖК48120533, licence renewal.', 'ЖК48120533'],
  ];
  for (const [t, piece] of cases) assert.ok(has(t, piece), `${piece}: ${found(t).join(' | ')}`);
});

test('capitals that are the label stay out of the number', () => {
  assert.ok(!has('Mrs Enid Polglase, NHS 943 476 5919, seen today.', 'NHS 943'));
  assert.ok(!has('Resident of Labrador, NL MCP 551 802 417 001, card renewed.', 'MCP 551'));
  assert.ok(!has('Dr Sefa Yildirim, SGK SGK 55810297431.', 'SGK 558'));
  assert.ok(!has('Dr Sefa Yildirim, HPCSA REG 0588213.', 'REG 0588213'));
});

test('the step grows only identifier spans that open on a digit', () => {
  const text = 'Ref ABCD QX 4471 and Mr MX 2209 and code ab1234';
  const at = (piece: string): number => text.indexOf(piece);
  const spans: PhiSpan[] = [
    { start: at('4471'), end: at('4471') + 4, type: 'ID' },
    { start: at('2209'), end: at('2209') + 4, type: 'AGE' },
    { start: at('1234'), end: at('1234') + 4, type: 'ID' },
  ];
  const out = identifierPrefixes(spans, text);
  assert.equal(text.slice(out[0]?.start, out[0]?.end), 'QX 4471');
  assert.equal(out[1], spans[1]);
  assert.equal(out[2], spans[2]);
  assert.equal(identifierPrefixes(spans.slice(1), text).length, 2);
});
