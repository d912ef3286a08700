/**
 * A list of terms under a heading, in a record that names no one, is no list of people (thirty-fifth session,
 * deid-clean22), with the lists of people it must keep. The sentences are written here after the kinds counted on the
 * read letters (letters10-30: brand, device and term lists whose every item a rule read as a name), not copied from them.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectPhi, detectPhiForPatient } from './detect.js';
import { getDefaultLexicon } from './lexicon.js';
import { glossaryItem } from './glossary-lists.js';

const names = (t: string): string[] => detectPhi(t).filter((s) => s.type === 'NAME').map((s) => t.slice(s.start, s.end));

test('a list of brands or of one sign in several languages under a heading names no one', () => {
  assert.deepEqual(names('Signs on the doors: Urgences, Notaufnahme, Pronto Soccorso, Urgencias, Acil Servis.'), []);
  assert.deepEqual(names('Anticoagulants on the formulary: Xarelto, Eliquis, Lixiana and Pradaxa; reversal with idarucizumab.'), []);
  assert.deepEqual(names('Fillers in the clinic: Juvederm, Restylane, Belotero, Radiesse and Sculptra; hyaluronidase to hand.'), []);
  // Across the notes of one record too.
  const [a, b] = detectPhiForPatient(['Fillers in the clinic: Juvederm, Restylane, Belotero, Radiesse and Sculptra.', 'Hyaluronidase to hand.']);
  assert.deepEqual([a?.length, b?.length], [0, 0]);
});

test('a list of people stays: names by their letters, a people heading, a title, another identifier in the record', () => {
  // Two or more items whose letters read as a name's (name-shape.ts): a class register, a surveillance list.
  assert.ok(names('Falls class, week 2 - Tamsin, Oyelaran, Brigitka, Mwangi and Zdravko. Balance scores improved.').includes('Mwangi'));
  assert.ok(names('Dust masks (stonemasons): Arnulf, Kristjan and Gudbrand - spirometry normal.').includes('Gudbrand'));
  // A heading that says people.
  assert.ok(names('Team on shift: Aroha, Wiremu, Tamati and Hinewai.').includes('Hinewai'));
  // A title in the list.
  assert.ok(names('Present: Dr Amadi, Sr Okello, Mr Farrukh.').includes('Farrukh'));
  // Another identifier in the record (a date): the rule never opens.
  assert.ok(names('MDT 14/02/2026: Okonkwo, Radebe, Fitzgerald-Hume, Szymanska.').includes('Szymanska'));
  const [, b] = detectPhiForPatient(['Seen 14/02/2026.', 'Fillers in the clinic: Juvederm, Restylane, Belotero, Radiesse and Sculptra.']);
  assert.ok((b ?? []).some((s) => s.type === 'NAME'));
});

test('only a whole item of a list of three proper names or more, the first one only under a heading', () => {
  const lex = getDefaultLexicon();
  const at = (t: string, w: string) => ({ start: t.indexOf(w), end: t.indexOf(w) + w.length, type: 'NAME' as const });
  const t = 'Fillers in the clinic: Juvederm, Restylane, Belotero, Radiesse and Sculptra.';
  assert.ok(glossaryItem(at(t, 'Juvederm'), t, lex));
  assert.ok(glossaryItem(at(t, 'Belotero'), t, lex));
  // Part of an item, or a list of two.
  assert.ok(!glossaryItem(at(t, 'Belo'), t, lex));
  const two = 'Fillers in the clinic: Juvederm and Restylane.';
  assert.ok(!glossaryItem(at(two, 'Restylane'), two, lex));
  // The first item without a heading's colon (a record's subject before its findings).
  const subject = 'Juvederm, Restylane, Belotero and Radiesse were discussed.';
  assert.ok(!glossaryItem(at(subject, 'Juvederm'), subject, lex));
  assert.ok(glossaryItem(at(subject, 'Belotero'), subject, lex));
  // A LOCATION is left to the place rules.
  assert.ok(!glossaryItem({ ...at(t, 'Belotero'), type: 'LOCATION' }, t, lex));
});

// Thirty-sixth session (deid-clean24): a glossary line's list read wider: items of any shape after a label, joined by
// commas, semicolons or "and" / "or", an item keeping its head noun, score or bracketed gloss.
test('a glossary line of terms of any shape names no one: items with a score, a head noun or a gloss', () => {
  assert.deepEqual(names('Eye clinic terms: Humphrey 24-2 fields, Goldmann applanation, Van Herick grading, Amsler grid and Schirmer test.'), []);
  const lex = getDefaultLexicon();
  const at = (t: string, w: string) => ({ start: t.indexOf(w), end: t.indexOf(w) + w.length, type: 'NAME' as const });
  const t = 'Kit in theatre: Humphrey 24-2 fields, Tonopen (Reichert) readings; Goldmann applanation and Schirmer test strips.';
  // An item's head, an item's gloss, an item after a semicolon or a joining "and".
  assert.deepEqual(glossaryItem(at(t, 'Humphrey'), t, lex), { start: t.indexOf('Humphrey'), end: t.indexOf(' fields') + 7 });
  assert.ok(glossaryItem(at(t, 'Reichert'), t, lex));
  assert.ok(glossaryItem(at(t, 'Schirmer'), t, lex));
  // No heading's colon: the first item may be the record's subject.
  const subject = 'Humphrey 24-2 fields, Goldmann applanation, Van Herick grading and Schirmer test were done.';
  assert.ok(!glossaryItem(at(subject, 'Humphrey'), subject, lex));
  // Fewer than four items, or fewer than half of them terms.
  const short = 'Eye clinic terms: Humphrey fields, Goldmann applanation and Schirmer test.';
  assert.ok(!glossaryItem(at(short, 'Goldmann'), short, lex));
});

test('a line of people stays: a bed list, a visit with a given name, a name by its letters, a title', () => {
  // Given names in the list (a bed list), a first item whose name reads as a name by its letters (a triage line).
  assert.ok(names('Ward handover: bed 1 Enid 95, delirium improving; bed 2 Kwadwi Mensah, waiting POC; bed 3 Thandiwe, NG feed.').includes('Enid'));
  assert.ok(names('Hantavirus suspected: farmworker Lissandro Coce Mendoze, Comunidad Santa Ruse, Caranavi; rodent droppings in grain store.').includes('Caranavi'));
  assert.ok(names('Triage: Ferdinando Oberkirchner 81M, vomiting blood x2, on rivaroxaban, pale.').includes('Ferdinando Oberkirchner'));
  // A title in the line.
  assert.ok(names('Eye clinic terms: Dr Humphrey 24-2 fields, Goldmann applanation, Van Herick grading, Amsler grid.').includes('Humphrey'));
});

test('running prose is no glossary line: a name doing something in a sentence of comma clauses stays (deid-clean26)', () => {
  const lex = getDefaultLexicon();
  const at = (t: string, w: string) => ({ start: t.indexOf(w), end: t.indexOf(w) + w.length, type: 'NAME' as const });
  // Refusals: no label's colon opens the segment, however many clauses it has and however many of them read as terms.
  assert.deepEqual(names('On the ward, after tea, Humphrey sits, Schirmer walks and Amsler sleeps.'), ['Humphrey', 'Schirmer']);
  assert.ok(names('After tea, in the garden, with the dog, Humphrey walks slowly, and the dog sleeps.').includes('Humphrey'));
  const prose = 'Kit in theatre, Humphrey 24-2 fields, Tonopen (Reichert) readings; Goldmann applanation and Schirmer test strips.';
  assert.ok(!glossaryItem(at(prose, 'Goldmann'), prose, lex));
  // Positive, the nearest that must still go: the same items after a label's colon.
  const labelled = 'Kit in theatre: Humphrey 24-2 fields, Tonopen (Reichert) readings; Goldmann applanation and Schirmer test strips.';
  assert.ok(glossaryItem(at(labelled, 'Goldmann'), labelled, lex));
  assert.deepEqual(names(labelled), []);
});

test('a name-like word in a glossary line is a term when a head noun follows it, or when it stands alone after the first item (deid-clean27)', () => {
  const lex = getDefaultLexicon();
  const at = (t: string, w: string) => ({ start: t.indexOf(w), end: t.indexOf(w) + w.length, type: 'NAME' as const });
  // Positives: a given name and surname word that opens its item before a head noun, here or as the list's first item.
  assert.deepEqual(names('Line insertion kit: dressings, Sherlock tip confirmation, chlorhexidine, ultrasound gel, drapes.'), []);
  assert.deepEqual(names('Line insertion kit: Sherlock navigation, dressings, chlorhexidine, ultrasound gel, drapes.'), []);
  const head = 'Eye kit: slit lamp, tonometer, Kalvik near cards, fluorescein strips, occluders.';
  assert.ok(glossaryItem(at(head, 'Kalvik'), head, lex));
  const graded = 'Eye kit: slit lamp, tonometer, Orsolya 2 grids (paper), fluorescein strips, occluders.';
  assert.ok(glossaryItem(at(graded, 'Orsolya'), graded, lex));
  // A word whose letters read as a name's, alone as a later item (with the sentence's stop after the last).
  const later = 'Eye kit: slit lamp, eye drops, Kalvik, fluorescein strips, eye patches.';
  assert.ok(glossaryItem(at(later, 'Kalvik'), later, lex));
  const last = 'Eye kit: slit lamp, eye drops, fluorescein strips, eye patches, Orsolya.';
  assert.ok(glossaryItem(at(last, 'Orsolya'), last, lex));
  // Refusals, the nearest that must stay: a function word after the word (a task set for a person), a given name alone
  // as an item, the list's first item alone (a record's subject after its label), two words alone.
  assert.deepEqual(names('Line insertion kit: dressings, Sherlock for review, chlorhexidine, ultrasound gel, drapes.'), ['Sherlock']);
  assert.deepEqual(names('Line insertion kit: dressings, Sherlock, chlorhexidine, ultrasound gel, drapes.'), ['Sherlock']);
  const first = 'Eye kit: Kalvik, slit lamp, eye drops, fluorescein strips, eye patches.';
  assert.ok(!glossaryItem(at(first, 'Kalvik'), first, lex));
  const two = 'Eye kit: slit lamp, eye drops, Kalvik Orsolya, fluorescein strips, eye patches.';
  assert.ok(!glossaryItem(at(two, 'Kalvik Orsolya'), two, lex));
});
