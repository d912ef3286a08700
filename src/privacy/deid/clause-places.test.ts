/**
 * A place written as a clause of its own (clause-places.ts). Every person, place and sentence here is invented; the
 * country, the weekday and the department are real words the rule must refuse.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withClausePlaces } from './clause-places.js';
import { detectPhi } from './detect.js';
import { foldAccents } from './fold.js';
import { getDefaultLexicon } from './lexicon.js';
import type { PhiSpan, PhiType } from './types.js';

/** The places the rule adds to `text`, given its final spans (each a substring and its type). */
const places = (text: string, found: readonly (readonly [string, PhiType])[]): string[] => {
  const spans: PhiSpan[] = found.map(([s, type]) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, type }));
  const out = withClausePlaces(spans, foldAccents(text), getDefaultLexicon(), 'mixed');
  return out.filter((s) => !spans.includes(s)).map((s) => text.slice(s.start, s.end));
};

test("a title line's last part after a setting word and its comma is a place", () => {
  // At the line's end, with the person on the next line.
  assert.deepEqual(places('Dialysis outreach - mobile unit, Quarrawindi\nTamsin Orrebek, 61, missed session.', [['Tamsin Orrebek', 'NAME']]), ['Quarrawindi']);
  // Before a bracket and the title's colon, the person not right after it.
  assert.deepEqual(places('Remote clinic, Brelluvik (Sørvang people): seen today, Tamsin Orrebek, 61.', [['Tamsin Orrebek', 'NAME']]), ['Brelluvik']);
  // Two words, one of them on no list.
  assert.deepEqual(places('Fever screening day, Tolvennic Harbour\nTamsin Orrebek, 61.', [['Tamsin Orrebek', 'NAME']]), ['Tolvennic Harbour']);
  // Through the whole detector.
  const text = "Dialysis outreach - mobile unit, Brel'uvik\nPatient: Tamsin Orrebek, 61, missed session.";
  assert.ok(detectPhi(text).some((s) => s.type === 'LOCATION' && text.slice(s.start, s.end) === "Brel'uvik"));
});

test('no title place in a text that names no one, nor after a number or inside a sentence', () => {
  assert.deepEqual(places('Dialysis outreach - mobile unit, Quarrawindi\nMissed session.', []), []);
  assert.deepEqual(places('Dialysis outreach - unit 7, Quarrawindi\nTamsin Orrebek, 61.', [['Tamsin Orrebek', 'NAME']]), []);
  assert.deepEqual(places('Tamsin Orrebek, 61, seen at home, Quarrawindi ward staff aware.', [['Tamsin Orrebek', 'NAME']]), []);
  // After a semicolon the line is no title.
  assert.deepEqual(places('Tamsin Orrebek; mobile unit, Quarrawindi', [['Tamsin Orrebek', 'NAME']]), []);
  // A span already there.
  assert.deepEqual(places('Remote clinic, Quarrawindi\nTamsin Orrebek, 61.', [['Quarrawindi', 'LOCATION'], ['Tamsin Orrebek', 'NAME']]), []);
});

test('a country, a weekday, a department or a listed word as the title part is no place', () => {
  const person: [string, PhiType][] = [['Tamsin Orrebek', 'NAME']];
  assert.deepEqual(places('School nurse, Philippines\nTamsin Orrebek, 61.', person), []);
  assert.deepEqual(places('Physio note, Wednesday\nTamsin Orrebek, 61.', person), []);
  assert.deepEqual(places('Referral letter, Dermatology\nTamsin Orrebek, 61.', person), []);
  assert.deepEqual(places('Ward round, Evening Shift\nTamsin Orrebek, 61.', person), []);
  assert.deepEqual(places('Ward round, Chaplain Brelluvik\nTamsin Orrebek, 61.', person), []);
});

test("a title's last part after a spaced dash that follows a lower-case word is a place", () => {
  const person: [string, PhiType][] = [['Tamsin Orrebek', 'NAME']];
  // The setting in running words, a spaced dash of each kind, then the place before the title's colon.
  assert.deepEqual(places('Outreach list - Quarrawindi: Tamsin Orrebek, 61, OGD.', person), ['Quarrawindi']);
  assert.deepEqual(places('Crevasse rescue card \u2013 Brelluvik Hut: Tamsin Orrebek, 61.', person), ['Brelluvik Hut']);
  assert.deepEqual(places('Remote clinic \u2014 Quarrawindi\nTamsin Orrebek, 61', person), ['Quarrawindi']);
  // A comma after the dash: the comma's part, as before.
  assert.deepEqual(places('Remote clinic - mobile unit, Quarrawindi: Tamsin Orrebek, 61.', person), ['Quarrawindi']);
  // Through the whole detector.
  const text = 'Outreach clinic - Skarnwick: Patient: Tamsin Orrebek, 61, chest pain.';
  const found = detectPhi(text).filter((s) => s.type === 'LOCATION').map((s) => text.slice(s.start, s.end));
  assert.ok(found.includes('Skarnwick'), found.join('|'));
});

test('no title place after a dash that follows a capitalised word, a bracket or a number, nor a heading word', () => {
  const person: [string, PhiType][] = [['Tamsin Orrebek', 'NAME']];
  // "<Region> - <kind of note>:" and "<Region> (<people>) - <kind of note>:" name no place after the dash.
  assert.deepEqual(places('Brelluvik - Kinderarztbrief: Tamsin Orrebek, 61.', person), []);
  assert.deepEqual(places('Brelluvik (Sorvang) - Hausarztnotiz: Tamsin Orrebek, 61.', person), []);
  assert.deepEqual(places('Outreach list 7 - Quarrawindi: Tamsin Orrebek, 61.', person), []);
  // A role, a weekday, a department or an English word after the dash.
  assert.deepEqual(places('Ward round - Dr Quarrawindi: Tamsin Orrebek, 61.', person), []);
  assert.deepEqual(places('Clinic letter - Wednesday: Tamsin Orrebek, 61.', person), []);
  assert.deepEqual(places('Referral letter - Dermatology: Tamsin Orrebek, 61.', person), []);
  // A kind of document, after a dash or a comma.
  assert.deepEqual(places('Ambulance crew - Handover Notes: Tamsin Orrebek, 61.', person), []);
  assert.deepEqual(places('Ward round, Brelluvik Transfer Summary: Tamsin Orrebek, 61.', person), []);
  // A lower-case word in brackets before the dash; a hyphen inside a word; a dash in a text that names no one.
  assert.deepEqual(places('Brelluvik (lowland) - Kinderarztbrief: Tamsin Orrebek, 61.', person), []);
  assert.deepEqual(places('Outreach list-Quarrawindi: Tamsin Orrebek, 61.', person), []);
  assert.deepEqual(places('Outreach list - Quarrawindi: eight cases.', []), []);
});

test("a title's last part grows over the found spans inside it", () => {
  /** The final spans' substrings and types after the rule, given the found ones. */
  const after = (text: string, found: readonly (readonly [string, PhiType])[]): string[] => {
    const spans: PhiSpan[] = found.map(([s, type]) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, type }));
    return withClausePlaces(spans, foldAccents(text), getDefaultLexicon(), 'mixed').map((s) => `${text.slice(s.start, s.end)}/${s.type}`);
  };
  // A town's first word found as a person, a hut's name found as a place: the whole part, of the found type.
  assert.deepEqual(after('Community clinic, Quarrawindi Creek: Tamsin Orrebek, 61.', [['Quarrawindi', 'NAME'], ['Tamsin Orrebek', 'NAME']]),
    ['Quarrawindi Creek/NAME', 'Tamsin Orrebek/NAME']);
  // A part found whole stays as it is.
  assert.deepEqual(after('Community clinic, Quarrawindi Creek: Tamsin Orrebek, 61.', [['Quarrawindi Creek', 'LOCATION'], ['Tamsin Orrebek', 'NAME']]),
    ['Quarrawindi Creek/LOCATION', 'Tamsin Orrebek/NAME']);
  assert.deepEqual(after('Outreach list - Brelluvik Hut: Tamsin Orrebek, 61.', [['Brelluvik', 'LOCATION'], ['Tamsin Orrebek', 'NAME']]),
    ['Brelluvik Hut/LOCATION', 'Tamsin Orrebek/NAME']);
  // Two found spans inside one part become one.
  assert.deepEqual(after('Remote clinic, Skarnwick Quarrawindi: Tamsin Orrebek.', [['Skarnwick', 'LOCATION'], ['Quarrawindi', 'NAME'], ['Tamsin Orrebek', 'NAME']]),
    ['Skarnwick Quarrawindi/LOCATION', 'Tamsin Orrebek/NAME']);
});

test('a found span reaching out of the title part, or of another type, keeps the part as it is', () => {
  const person: [string, PhiType] = ['Tamsin Orrebek', 'NAME'];
  // A span that runs on past the colon; a date inside the part; a part that names a weekday.
  assert.deepEqual(places('Remote clinic, Puerto Quarrawindi: Tamsin Orrebek, 61.', [['Quarrawindi: Tamsin', 'NAME'], person]), []);
  assert.deepEqual(places('Remote clinic, Quarrawindi December: Tamsin Orrebek, 61.', [['December', 'DATE'], person]), []);
  assert.deepEqual(places('Physio note, Wednesday Quarrawindi: Tamsin Orrebek, 61.', [['Quarrawindi', 'NAME'], person]), []);
  // A part after a capitalised word and a dash is still not read, found span or not.
  assert.deepEqual(places('Brelluvik - Kinderarzt Quarrawindi: Tamsin Orrebek, 61.', [['Quarrawindi', 'NAME'], person]), []);
});

test("the next part after a found place's comma is a place, and a chain of them is followed", () => {
  // A town after a found facility, then a stop; and through a chain (premises, then village, then town).
  assert.deepEqual(places('She fell at the Quillabeg Inn, Tolvennic; wrist fracture.', [['Quillabeg Inn', 'LOCATION']]), ['Tolvennic']);
  assert.deepEqual(places('Visited at Brelluvik Farm, Orrebek Green, Tolvennic. Ulcer healing.', [['Brelluvik Farm', 'LOCATION']]), ['Orrebek Green', 'Tolvennic']);
  // Before a found postcode's comma, with no person in the note.
  assert.deepEqual(places('Delivered to Skarnwick Lodge, Quarrawindi, ZX4 9QQ.', [['Skarnwick Lodge', 'LOCATION'], ['ZX4 9QQ', 'ZIP']]), ['Quarrawindi']);
  // Through the whole detector (the town after a village found in a person's line, which no other rule reads).
  const text = 'Klinik note: Siti Orrebek, Kampung Skarn, Tolvennic, demam denggi.';
  const found = detectPhi(text).filter((s) => s.type === 'LOCATION').map((s) => text.slice(s.start, s.end));
  assert.ok(found.includes('Tolvennic'), found.join('|'));
});

test('after a found place, no country, role, generic unit, English word, clinical word or unended clause is a place', () => {
  const loc = 'Quillabeg Inn';
  // A country and a US state (Safe Harbor keeps them).
  assert.deepEqual(places('She fell at the Quillabeg Inn, Portugal, in May.', [[loc, 'LOCATION']]), []);
  assert.deepEqual(places('She fell at the Quillabeg Inn, Vermont.', [[loc, 'LOCATION']]), []);
  // A role after the place's comma (a signature), a ward or unit, a single English word, a clinical word.
  assert.deepEqual(places('Kind regards, Quillabeg Inn, Partner.', [[loc, 'LOCATION']]), []);
  assert.deepEqual(places('Wings A-F, Quillabeg Inn, Segregation Unit.', [[loc, 'LOCATION']]), []);
  assert.deepEqual(places('She fell at the Quillabeg Inn, Yesterday.', [[loc, 'LOCATION']]), []);
  assert.deepEqual(places('Seen at the Quillabeg Inn, Cardiology.', [[loc, 'LOCATION']]), []);
  // The clause runs on (a lower-case word after the run), a person before the comma, a span already there.
  assert.deepEqual(places('She fell at the Quillabeg Inn, Tolvennic road works.', [[loc, 'LOCATION']]), []);
  assert.deepEqual(places('Seen by Tamsin Orrebek, Tolvennic.', [['Tamsin Orrebek', 'NAME']]), []);
  assert.deepEqual(places('She fell at the Quillabeg Inn, Tolvennic.', [[loc, 'LOCATION'], ['Tolvennic', 'NAME']]), []);
});
