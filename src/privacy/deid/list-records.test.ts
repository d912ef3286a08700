/**
 * A record whose only spans are items of labelled lines' lists names no one (list-records.ts, read by bare-eponyms.ts's
 * record gate; deid-clean31, issue 14 precision). What must stay: a list of people (a people label, titles, a person's
 * cue beside an item, names that read as people's by their letters), a record's subject as a label's first item, and any
 * such list in a record that carries other PHI or a title, relation or role word. The sentences are written here after
 * the shapes counted on read letters, not copied.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { detectPhi } from './detect.js';
import { getDefaultLexicon } from './lexicon.js';
import { labelledListItem, labelNamesPeople, personWordInNote } from './list-records.js';
import type { PhiSpan } from './types.js';

const found = (t: string): string[] => detectPhi(t).map((s) => `${s.type}:${t.slice(s.start, s.end)}`);
const at = (t: string, piece: string): PhiSpan => {
  const start = t.indexOf(piece);
  return { start, end: start + piece.length, type: 'NAME' } as PhiSpan;
};

const BRANDS = 'Wheelchair brands at the seating clinic: Invacare Kuschall K-Series, Quickie Nitrum, Otto Bock Ventus, TiLite, ' +
  'Spex cushions, Permobil F5.';

test('a brand list under a label, its items read as names one after another, names no one', () => {
  // Main found "Invacare Kuschall", "Quickie Nitrum, Otto Bock Ventus", "TiLite" and "Spex" here.
  assert.deepEqual(found(BRANDS), []);
  assert.deepEqual(found(`${BRANDS}\nCushions are checked at every review.`), []);
});

test('the same list with other PHI, a title or a person\'s cue in the record keeps every name', () => {
  assert.ok(found(`${BRANDS}\nOrdered 12/03/2025.`).includes('NAME:TiLite'));
  assert.ok(found(`${BRANDS}\nAsk Mrs Fairweather before ordering.`).includes('NAME:TiLite'));
  assert.ok(found('Wheelchair brands at the seating clinic: Invacare Kuschall K-Series, Quickie Nitrum, TiLite said yes, Spex cushions.')
    .some((s) => s.startsWith('NAME:TiLite')));
});

test('lists of people stay found: a people label, titles, names that read as people\'s', () => {
  assert.deepEqual(found('Present: A Smith, B Jones, C Brown.'), ['NAME:A Smith', 'NAME:B Jones', 'NAME:C Brown']);
  assert.deepEqual(found('MDT: Dr Okafor, Dr Lindqvist, Dr Haddad.'), ['NAME:Okafor', 'NAME:Lindqvist', 'NAME:Haddad']);
  assert.ok(found('Night shift: Okonkwo, Lindqvist, Haddad, Brannigan.').length > 0);
});

test('a record\'s subject as the first item after its label stays found', () => {
  assert.deepEqual(found('Triage: Ferdinand Oberhauser 81M, vomiting blood x2, on apixaban, HR 112.'), ['NAME:Ferdinand Oberhauser']);
  assert.deepEqual(found('Eye clinic: Wojtaszek for R aflibercept today, VA 6/24, IOP 16.'), ['NAME:Wojtaszek']);
});

test('the item reader: a labelled line of three items or more, no people label, no person word', () => {
  const lex = getDefaultLexicon();
  const item = labelledListItem(at(BRANDS, 'TiLite'), [at(BRANDS, 'TiLite')], BRANDS, lex);
  assert.ok(item && !item.first);
  // Refusals: no label's colon (running prose), two items only, a people label, a title in the list.
  const prose = 'We tried Invacare, Quickie, TiLite and Spex before the seating clinic.';
  assert.equal(labelledListItem(at(prose, 'TiLite'), [], prose, lex), undefined);
  const two = 'Chair: Quickie Nitrum, TiLite.';
  assert.equal(labelledListItem(at(two, 'TiLite'), [], two, lex), undefined);
  const people = 'Team members: Quickie, Nitrum, TiLite, Spex.';
  assert.equal(labelledListItem(at(people, 'TiLite'), [], people, lex), undefined);
  const titled = 'Seen: Quickie, Nitrum, Dr TiLite, Spex.';
  assert.equal(labelledListItem(at(titled, 'TiLite'), [], titled, lex), undefined);
});

// Thirty-ninth session (deid-clean34): a relation or role word that only qualifies a label's head names no one.
const KIT = 'Invacare Kuschall K-Series, Quickie Nitrum, Otto Bock Ventus, TiLite, Spex cushions, Permobil F5.';
const LANGUAGES = 'Interpreter booking languages this month: Tigrinya, Amharic, Oromo, Somali, Dari, Pashto, Kurdish Sorani, Farsi.';

test('a label whose head names things is no people label, whatever role word qualifies it', () => {
  // Main found "Tigrinya, Amharic, Oromo" and every brand here: the role word in the label kept the record a person's.
  assert.deepEqual(found(LANGUAGES), []);
  assert.deepEqual(found(`OT home assessment kit: ${KIT}`), []);
  assert.deepEqual(found(`Cabin crew and aircrew health kit: ${KIT}`), []);
  for (const label of ['Interpreter booking languages this month', 'OT home assessment measures', 'Drug brands on the repeat list',
    'Orthopaedic eponyms list', 'Cabin crew and aircrew health', 'Wayfinding signs photographed for the interpreter folder']) {
    assert.equal(labelNamesPeople(label), false, label);
  }
});

test('a label whose head names people, a people collection or a title keeps its list a person\'s', () => {
  for (const label of ['Present', 'Interpreter', 'Visitors today', 'Next of kin', 'CHILDREN IN HOSPITAL', 'Names', 'Theatre list',
    'Obstetric and neonatal list', 'Staff rota', 'Consultant and registrar rota', 'Patients list', 'Team members', 'Dr Okafor clinic kit',
    'Ask the interpreter', 'Seating brands on the physio list', 'Seating brands for the physio']) {
    assert.equal(labelNamesPeople(label), true, label);
  }
  for (const label of ['Physio', 'Staff rota', 'Next of kin', 'Visitors today', 'Dr Okafor clinic kit']) {
    assert.ok(found(`${label}: ${KIT}`).some((f) => f.startsWith('NAME:TiLite')), label);
  }
  // The record-wide test: a role word outside a label, or under a people label, or any title, still counts.
  assert.equal(personWordInNote(LANGUAGES), false);
  assert.equal(personWordInNote(`${LANGUAGES}\nAsk the interpreter on arrival.`), true);
  assert.equal(personWordInNote('Ask the interpreter: Tigrinya, Amharic, Oromo.'), true);
  assert.equal(personWordInNote('Mrs home kit: Quickie, TiLite, Spex.'), true);
  assert.ok(found(`${LANGUAGES}\nAsk the interpreter on arrival.`).length > 0);
  // Real lists of people stay found.
  assert.deepEqual(found('Present: A Smith, B Jones, C Brown.'), ['NAME:A Smith', 'NAME:B Jones', 'NAME:C Brown']);
  assert.deepEqual(found('MDT: Dr Okafor, Dr Lindqvist, Dr Haddad.'), ['NAME:Okafor', 'NAME:Lindqvist', 'NAME:Haddad']);
  assert.ok(found('Interpreter booking this month: Okonkwo, Lindqvist, Haddad, Brannigan.').length > 0);
});

test('a collection label with no people word and no plural noun is read by its items: half of them terms, a list of things', () => {
  const items = 'Invacare Kuschall 2, Quickie Nitrum 3, Otto Bock Ventus cushion, TiLite frame, Spex cushions, Permobil F5.';
  // Main found "Invacare Kuschall", "Otto Bock Ventus", "Spex" and "Randall" here.
  assert.deepEqual(found(`Seating clinic list: ${items}`), []);
  assert.deepEqual(found('Renal and urology list: Fanconi syndrome, Bartter, Liddle, Alport, Denys-Drash, WAGR, Potter sequence, ' +
    'Wilms tumour, Randall plaques, Gleason 3+4.'), []);
  // Refusals: a people word qualifying the collection, a title in the label, items that are not half terms.
  assert.ok(found(`Staff list: ${items}`).length > 0);
  assert.ok(found(`Theatre list, Dr Okafor: ${items}`).length > 0);
  assert.ok(found('Theatre list: Invacare Kuschall, Quickie Nitrum, Otto Bock Ventus, TiLite, Spex, Permobil.').some((f) => f.startsWith('NAME:TiLite')));
});
