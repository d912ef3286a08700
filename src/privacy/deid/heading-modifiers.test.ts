/**
 * A word that opens a line and qualifies its heading's nouns is no one (heading-modifiers.ts, session 36,
 * deid-clean25). The texts are written here after the shape counted on the read letters ("<region, people or event>
 * <lower-case nouns>: <patient>"), not copied from them.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectPhi } from './detect.js';
import { dropHeadingModifiers } from './heading-modifiers.js';
import { getDefaultLexicon } from './lexicon.js';
import type { PhiSpan } from './types.js';

const lex = getDefaultLexicon();
/** NAME spans over the given words of a text, as a rule would have found them. */
const spansOver = (t: string, words: readonly string[]): PhiSpan[] =>
  words.map((w) => ({ start: t.indexOf(w), end: t.indexOf(w) + w.length, type: 'NAME' as const })).sort((a, b) => a.start - b.start);
const kept = (t: string, words: readonly string[]): string[] =>
  dropHeadingModifiers(spansOver(t, words), t, lex, true).map((s) => t.slice(s.start, s.end));

test('a word no name list holds that opens a line before lower-case nouns and a heading mark is no one', () => {
  assert.deepEqual(kept('Quorvalla salt mine screen: Dorota Kwiatkowska, 71, cough.', ['Quorvalla', 'Dorota Kwiatkowska']), ['Dorota Kwiatkowska']);
  assert.deepEqual(kept('Brandovik reindeer camp - field note: Torsten Kleeberg, 66.', ['Brandovik', 'Torsten Kleeberg']), ['Torsten Kleeberg']);
  assert.deepEqual(kept('Tessmari harvest festival, east gate: Anil Varghese, 52.', ['Tessmari', 'Anil Varghese']), ['Anil Varghese']);
  assert.deepEqual(kept('- Velkorra whale-watch boat (day trip): Bryn Aldous, 40.', ['Velkorra', 'Bryn Aldous']), ['Bryn Aldous']);
  // A state-level unit that a surname list holds is a region all the same.
  assert.deepEqual(kept('Queensland cattle station: Hemi Parata, 23.', ['Queensland', 'Hemi Parata']), ['Hemi Parata']);
});

test('the whole detector: the heading word goes, the patient stays', () => {
  // Main reports "Brandovik" here (the safe-list test at a line's start).
  const t = 'Brandovik oyster farm: Torsten Kleeberg, 66, cut hand.\nSeen by Dr Amara Obi at Tessmere Hospital on 12/03/2026.';
  const found = detectPhi(t).filter((s) => s.type === 'NAME').map((s) => t.slice(s.start, s.end));
  assert.ok(!found.includes('Brandovik'), found.join('|'));
  assert.ok(found.some((f) => f.includes('Kleeberg')), found.join('|'));
});

test('people and towns stay: a verb, a relation, a facility, a given name, a listed town, a name found elsewhere', () => {
  // What a person did, or a preposition or conjunction after them.
  assert.deepEqual(kept('Quorvalla rang: sore throat, wants antibiotics.', ['Quorvalla']), ['Quorvalla']);
  assert.deepEqual(kept('Quorvalla phoned - her INR is 5.2.', ['Quorvalla']), ['Quorvalla']);
  assert.deepEqual(kept('Quorvalla texted: "my mother is worse".', ['Quorvalla']), ['Quorvalla']);
  assert.deepEqual(kept('Quorvalla on the phone - her father is unwell.', ['Quorvalla']), ['Quorvalla']);
  // A relation, a role, a person noun or a facility word among the nouns.
  assert.deepEqual(kept('Quorvalla family meeting: plan agreed.', ['Quorvalla']), ['Quorvalla']);
  assert.deepEqual(kept('Quorvalla home visit - wound clean.', ['Quorvalla']), ['Quorvalla']);
  assert.deepEqual(kept('Quorvalla district clinic, ward 3: Bryn Aldous.', ['Quorvalla', 'Bryn Aldous']), ['Quorvalla', 'Bryn Aldous']);
  // A given name; a town the place or surname lists hold.
  assert.deepEqual(kept('Margaret oyster farm: cut hand.', ['Margaret']), ['Margaret']);
  assert.deepEqual(kept('Boston harbour cruise: Bryn Aldous, 40.', ['Boston', 'Bryn Aldous']), ['Boston', 'Bryn Aldous']);
  // Not at the line's start; no heading mark; the same word reported elsewhere in the note.
  assert.deepEqual(kept('Seen with Quorvalla salt mine screen: fine.', ['Quorvalla']), ['Quorvalla']);
  assert.deepEqual(kept('Quorvalla salt mine screen was normal.', ['Quorvalla']), ['Quorvalla']);
  const u = 'Quorvalla salt mine screen: fine.\nDr Quorvalla will review.';
  const both: PhiSpan[] = [{ start: 0, end: 9, type: 'NAME' }, { start: u.lastIndexOf('Quorvalla'), end: u.lastIndexOf('Quorvalla') + 9, type: 'NAME' }];
  assert.equal(dropHeadingModifiers(both, u, lex, true).length, 2);
  // A note without case is left as it is.
  const t = 'Quorvalla salt mine screen: fine.';
  assert.equal(dropHeadingModifiers(spansOver(t, ['Quorvalla']), t, lex, false).length, 1);
});
