/**
 * A heading glossed in brackets holds no one (heading-glosses.ts, session 37, deid-clean28). The texts are written here
 * after the outline counted on the read letters (letters10-32: "<heading> (<gloss>) - <kind of note>: <patient>"), not
 * copied from them; the refusals are the shapes of a person's line before a bracket that the read letters show.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectPhi } from './detect.js';
import { dropHeadingGlosses } from './heading-glosses.js';
import { getDefaultLexicon } from './lexicon.js';
import type { PhiSpan } from './types.js';

const lex = getDefaultLexicon();
/** NAME spans over the given words of a text (the first place each is written), as a rule would have found them. */
const spansOver = (t: string, words: readonly string[]): PhiSpan[] =>
  words.map((w) => ({ start: t.indexOf(w), end: t.indexOf(w) + w.length, type: 'NAME' as const })).sort((a, b) => a.start - b.start);
const kept = (t: string, words: readonly string[]): string[] =>
  dropHeadingGlosses(spansOver(t, words), t, lex, true).map((s) => t.slice(s.start, s.end));

test('a heading and the capitalised gloss in its brackets before a colon or a spaced dash are no one', () => {
  assert.deepEqual(kept('Ruvuma (Ngoni) - dispensary note: Zawadi Mbwambo, 61, malaria.', ['Ruvuma', 'Ngoni', 'Zawadi Mbwambo']), ['Zawadi Mbwambo']);
  assert.deepEqual(kept('Upper Tarnvale (Kessic) - outreach: Ilse Brandhorst, 70.', ['Tarnvale', 'Kessic', 'Ilse Brandhorst']), ['Ilse Brandhorst']);
  // After a bullet, with a colon; the gloss may hold lower-case words after its capital.
  assert.deepEqual(kept('- Morvath (Dulan speaking, Brisk valley): Aled Prys, 44.', ['Morvath', 'Dulan', 'Brisk', 'Aled Prys']), ['Aled Prys']);
  // Up to three lower-case words between the brackets and the mark.
  assert.deepEqual(kept('Tarnovia (Skel) border clinic - Ludmila Horakova, 38.', ['Tarnovia', 'Skel', 'Ludmila Horakova']), ['Ludmila Horakova']);
  // A place found in the gloss stays: only names go.
  const t = 'Ruvuma (Songea) - dispensary note: Zawadi Mbwambo.';
  const spans: PhiSpan[] = [{ start: 0, end: 6, type: 'NAME' }, { start: 8, end: 14, type: 'LOCATION' }, { start: 35, end: 49, type: 'NAME' }];
  assert.deepEqual(dropHeadingGlosses(spans, t, lex, true).map((s) => t.slice(s.start, s.end)), ['Songea', 'Zawadi Mbwambo']);
});

test('a person before a bracket stays: a date of birth, an identifier, a role, a relation, a pronoun, a title', () => {
  const dob = 'Olwen Tregarthen (DOB 04/03/1951) - reviewed in clinic today.';
  assert.deepEqual(kept(dob, ['Olwen Tregarthen']), ['Olwen Tregarthen']);
  const cons = 'Tregarthen (Consultant Cardiologist) - please see letter attached.';
  assert.deepEqual(kept(cons, ['Tregarthen']), ['Tregarthen']);
  assert.deepEqual(kept('Hemsworth (GP): asked for advice on a raised ALP.', ['Hemsworth']), ['Hemsworth']);
  assert.deepEqual(kept('Pennick (Wife of Mr Abbott) - GDM, insulin nocte.', ['Pennick', 'Abbott']), ['Pennick', 'Abbott']);
  assert.deepEqual(kept('Tamsk Odriel (Tamsk to his friends) - chest pain.', ['Tamsk Odriel', 'Tamsk']), ['Tamsk Odriel', 'Tamsk']);
  assert.deepEqual(kept('Mrs Pennick (Trellis Ward) - fall overnight.', ['Pennick']), ['Pennick']);
  // An identifier or a number in the brackets, or a phone.
  assert.deepEqual(kept('Pennick (NHI ZKB4471) - seropositive arthritis.', ['Pennick']), ['Pennick']);
});

test('a person before a bracket stays: a given name, a listed town, a verb after it, no mark, the name used again', () => {
  // A given name heads a message or a list line.
  assert.deepEqual(kept('Rafaela (Portuguese) - booked for Tuesday.', ['Rafaela']), ['Rafaela']);
  // A town heading a letter is written as PHI: a listed town, or a town before its state or country.
  assert.deepEqual(kept('Manchester (Lancs) - ADHD review: Ciaran Boyd.', ['Manchester', 'Ciaran Boyd']), ['Manchester', 'Ciaran Boyd']);
  assert.deepEqual(kept('Tarnwick (British Columbia) - ADHD review: Ciaran Boyd.', ['Tarnwick', 'Ciaran Boyd']), ['Tarnwick', 'Ciaran Boyd']);
  assert.deepEqual(kept('Tarnwick (Denmark) - ADHD review: Ciaran Boyd.', ['Tarnwick', 'Ciaran Boyd']), ['Tarnwick', 'Ciaran Boyd']);
  // What a person did after the brackets.
  assert.deepEqual(kept('Pennick (Kessic) rang: needs a repeat.', ['Pennick']), ['Pennick']);
  assert.deepEqual(kept('Pennick (Kessic) missed dialysis - K 6.4.', ['Pennick']), ['Pennick']);
  // No heading mark after the brackets, or not at the line's start.
  assert.deepEqual(kept('Pennick (Kessic) has new confusion.', ['Pennick']), ['Pennick']);
  assert.deepEqual(kept('Seen with Pennick (Kessic) - fall.', ['Pennick']), ['Pennick']);
  // The heading's word comes back as a name in the note: a person's line.
  const again = 'Pennick (Kessic) - fall at home.\nPlan: Mr Pennick to see physio.';
  assert.deepEqual(kept(again, ['Pennick', 'Kessic', 'Mr Pennick']), ['Pennick', 'Kessic', 'Mr Pennick']);
  // A given name in the gloss stays; in a note without letter case nothing is dropped.
  assert.deepEqual(kept('Ruvuma (Margaret) - note: Tatu Mbwambo.', ['Ruvuma', 'Margaret', 'Tatu Mbwambo']), ['Margaret', 'Tatu Mbwambo']);
  assert.equal(dropHeadingGlosses(spansOver('RUVUMA (NGONI) - NOTE', ['RUVUMA']), 'RUVUMA (NGONI) - NOTE', lex, false).length, 1);
});

test('in the whole detector the glossed heading goes and the patient stays', () => {
  const t = 'Gascony (Bearn) - cueillette, lombalgie: Peyo Lacoste-Hargous, 58 ans, dos bloque.';
  const found = detectPhi(t).filter((s) => s.type === 'NAME').map((s) => t.slice(s.start, s.end));
  assert.ok(!found.some((w) => w.includes('Gascony') || w.includes('Bearn')), found.join('|'));
  assert.ok(found.some((w) => w.includes('Peyo')), found.join('|'));
  const p = 'Olwen Tregarthen (DOB 04/03/1951) - reviewed in clinic today.';
  assert.ok(detectPhi(p).some((s) => s.type === 'NAME' && p.slice(s.start, s.end).includes('Tregarthen')));
});
