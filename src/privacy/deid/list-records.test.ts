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
import { labelledListItem } from './list-records.js';
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
