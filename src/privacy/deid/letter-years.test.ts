/**
 * A lone year in a letter-style note is no one's date; ward shorthand keeps the nursing convention (session 42,
 * deid-years2). The sentences are written here after the kinds seen on the read letters (letters10-37) and the nursing
 * dev notes' shorthand; none is copied from them.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectPhi } from './detect.js';
import { deidentifyText } from './deidentify.js';
import { getDefaultLexicon } from './lexicon.js';
import { dropLetterYears, LETTER_STYLE_ABOVE, letterStyle, yearOfDate } from './letter-years.js';
import { unlistedShare } from './tagger-lane.js';

const years = (t: string, everyYear = false): string[] => detectPhi(t, everyYear ? { everyYear } : {}).filter((s) => s.type === 'YEAR').map((s) => t.slice(s.start, s.end));
const LETTER = 'Dear Dr Okonkwo-Baptiste,\nRe: Thandiwe Mbeki-Nkosi, Hlobane, MRN KZN-44810.\nHep C Ab positive 2023, on sofosbuvir since 2024. Taziki Wamweya, Nurse Practitioner.';
const WARD = 'PT SEEN BY DR SMITH. S/P CABG 1957. ALERT AND ORIENTED, VSS, AFEBRILE. WIFE AT BEDSIDE.';

test('a letter-style note by the tagger lane measure; ward shorthand is not', () => {
  const lex = getDefaultLexicon();
  assert.equal(letterStyle(LETTER, 'mixed', lex), true);
  assert.equal(letterStyle(LETTER, 'upper', lex), false);
  assert.equal(letterStyle('Pt seen on the ward, alert and oriented, wife at the bedside, CABG 1957, pain controlled.', 'mixed', lex), false);
});

test('the bound is read off ward notes: a mixed-case note above .20 is letter-style, under the tagger lane .25 too', () => {
  const t = 'Seen with her daughter Thandiwe Okonkwo-Baptiste; stent to the artery 2019, now well.';
  const share = unlistedShare(t, getDefaultLexicon());
  assert.ok(share > LETTER_STYLE_ABOVE && share < 0.25, String(share));
  assert.deepEqual(years(t), []);
  assert.deepEqual(years(t, true), ['2019']);
});

test('the lone years of a letter-style note are not reported; --redact-years keeps them', () => {
  assert.deepEqual(years(LETTER), []);
  assert.deepEqual(years(LETTER, true), ['2023', '2024']);
});

test('ward shorthand keeps the nursing convention', () => {
  assert.deepEqual(years(WARD), ['1957']);
  assert.deepEqual(years('Pt seen by Dr Smith on the ward, alert and oriented, wife at the bedside, s/p CABG 1957, pain controlled.'), ['1957']);
});

test('the year of a date whose month word no list holds, or the head of a longer number, stays', () => {
  assert.equal(yearOfDate('landing at Porth; 2 Dis 2026.', 21), true);
  assert.equal(yearOfDate('Vigan City. Disiembre 3, 2026. Lola', 24), true);
  assert.equal(yearOfDate('na 8 di Dizembru di 2026.', 20), true);
  assert.equal(yearOfDate('matricule 1958 0417 224 81', 10), true);
  assert.equal(yearOfDate('Hep C Ab positive 2023.', 18), false);
  assert.equal(yearOfDate('PSA 14.2 (was 6.1 in 2024)', 21), false);
  // A day number past a clause end, or five words back, dates another thing.
  assert.equal(yearOfDate('bed 12; stent LAD 2019', 18), false);
  assert.equal(yearOfDate('3 of the left anterior descending 2019', 34), false);
  // On another line.
  assert.equal(yearOfDate('bed 12\nstent 2019', 13), false);
});

test('only four-digit YEAR spans of a mixed-case letter-style note are dropped', () => {
  const lex = getDefaultLexicon();
  const t = "Hlobane Mbeki-Nkosi Okonkwo: CABG '98, stent 2019, seen 12/03/2026.";
  const spans = [
    { start: 34, end: 37, type: 'YEAR' as const }, { start: 45, end: 49, type: 'YEAR' as const }, { start: 56, end: 66, type: 'DATE' as const },
  ];
  assert.equal(t.slice(45, 49), '2019');
  assert.deepEqual(dropLetterYears(spans, t, 'mixed', lex), [spans[0], spans[2]]);
  assert.deepEqual(dropLetterYears(spans, t, 'upper', lex), spans);
});

test('redacting years (--redact-years) replaces the lone years of a letter-style note too', () => {
  const out = deidentifyText(LETTER, { mode: 'redact', redactYears: true });
  assert.ok(out.ok);
  assert.ok(!out.value.text.includes('2023') && !out.value.text.includes('2024'));
  const kept = deidentifyText(LETTER, { mode: 'redact' });
  assert.ok(kept.ok && kept.value.text.includes('2023'));
});
