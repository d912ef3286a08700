import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectPhi } from './detect.js';
import { leads, mayOpen, openGates, withNoteWords, wordGate } from './note-words.js';

const keys = (src: string, bounded = false): string[] | undefined =>
  leads(src, bounded)?.map((l) => l.key + (l.whole ? '$' : '*'));

test('leads reads each alternative\'s leading letters, whole where a non-letter must follow', () => {
  assert.deepEqual(keys('\\b(?:car|vans?)\\b'), ['car$', 'van$', 'vans$']);
  assert.deepEqual(keys('\\b(?:vaccin|jab)'), ['vaccin*', 'jab*']);
  assert.deepEqual(keys('(?<![\\p{L}\\p{N}])(?:plane|air[ \\t]ambulance)(?![\\p{L}\\p{N}])'), ['plane$', 'air$']);
  assert.deepEqual(keys("\\b(?:mother'?s|st\\.? patrick)[ \\t]day"), ['mothers$', 'mother$', 'st$', 'st$']);
  assert.deepEqual(keys('[ \\t](?:sum|district(?![ \\t]+nurs))(?![\\p{L}])'), ['sum$', 'district$']);
  assert.deepEqual(keys('(?<![\\p{L}\\d])(?:[Pp]urok|Poblaci[oó]n)[ \\t]\\d'), ['purok$', 'poblacion$']);
  // A day number, then a blank, then the word: the word starts after a non-letter.
  assert.deepEqual(keys('(?<![\\p{L}])(?:[12]\\d|0?[1-9])[ \\t](?:ter|tir)[ \\t]'), ['ter$', 'tir$', 'ter$', 'tir$', 'ter$', 'tir$']);
});

test('leads drops alternatives that cannot match ASCII text and refuses what it cannot prove', () => {
  // Outside ASCII (Cyrillic, a dotless i) nothing matches ASCII text.
  assert.deepEqual(keys('(?<![\\p{L}])(?:самолёт|tumanı|plane)(?![\\p{L}])'), ['plane$']);
  // No boundary before the keyword: a match may start inside a word ("usual." holds "al."), unless the caller drops those.
  assert.equal(keys('(?:ul\\.|al\\.)'), undefined);
  assert.deepEqual(keys('(?:ul\\.|al\\.)', true), ['ul$', 'al$']);
  // U+017F and U+212A fold to s and k under `iu`; a class of letters or an unknown escape gives no keyword.
  assert.equal(keys('\\b(?:\u017fhip|boat)'), undefined);
  assert.equal(keys('\\b(?:[a-z]+ship|boat)'), undefined);
  assert.deepEqual(keys('\\b(?:boat\\p{L}|ship)'), ['boat*', 'ship*']);
});

test('openGates marks a gate only for a note one of whose letter runs opens it', () => {
  const whole = wordGate('\\b(?:car|van)\\b');
  const prefix = wordGate('\\b(?:vaccin)');
  assert.ok(whole.bit >= 0 && prefix.bit >= 0);
  const open = (text: string, bit: number): boolean => ((openGates(text) ?? -1) & (1 << bit)) !== 0;
  assert.equal(open('Came by CAR today', whole.bit), true);
  assert.equal(open('cardiac care, caravan', whole.bit), false);
  assert.equal(open('vaccinated 2 days ago', prefix.bit), true);
  assert.equal(open('revaccinated', prefix.bit), false);
  // Outside ASCII nothing is marked: every gate stays open.
  assert.equal(openGates('Came by caf\u00e9'), undefined);
});

test('mayOpen says no only for the note being detected, inside withNoteWords', () => {
  const gate = wordGate('\\b(?:ferry)\\b');
  const note = 'Walked in with her daughter.';
  assert.equal(mayOpen(gate, note), true);
  assert.equal(withNoteWords(note, () => mayOpen(gate, note)), false);
  assert.equal(withNoteWords(note, () => mayOpen(gate, 'another text')), true);
  assert.equal(withNoteWords('Took the ferry.', () => mayOpen(gate, 'Took the ferry.')), true);
  // Calls do not nest, and the mark is dropped afterwards.
  assert.equal(withNoteWords('x', () => withNoteWords(note, () => mayOpen(gate, note))), true);
  assert.equal(mayOpen(gate, note), true);
});

test('a gate opens wherever its regex matches (seeded random texts)', () => {
  const sources = [
    '\\b(?:car|cars|plates?|reg(?=\\.?[ \\t]{0,2}no\\b))\\b\\.?[ \\t:#]{1,3}',
    '(?<![\\p{L}\\p{N}])(?:jet|air[ \\t]ambulance|helo)(?![\\p{L}\\p{N}])',
    '(?<![\\p{L}\\d])(?:[Bb]rgy\\.?|[Pp]urok|smt\\.?)[ \\t]{1,2}\\d',
    '[ \\t](?:sum|district(?![ \\t]+nurs))(?![\\p{L}])',
  ];
  const pieces = ['car', 'cars', 'plate', 'plates', 'reg', 'no', 'jet', 'air', 'ambulance', 'helo', 'brgy', 'Brgy', 'purok', 'smt',
    'sum', 'district', 'nurse', 'cardiac', 'a', 'x', '1', '42', ' ', ' ', '\t', '.', ':', '#', '-', '\n', "'", ' 7', '. 3'];
  // mulberry32, seeded: the same texts on every run.
  let seed = 7;
  const rand = (n: number): number => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) % n;
  };
  for (const src of sources) {
    const gate = wordGate(src);
    assert.ok(gate.bit >= 0, src);
    const re = new RegExp(src, 'iu');
    let matched = 0;
    for (let i = 0; i < 3000; i++) {
      let text = '';
      for (let k = rand(8) + 1; k > 0; k--) text += pieces[rand(pieces.length)];
      if (!re.test(text)) continue;
      matched++;
      assert.ok(((openGates(text) ?? -1) & (1 << gate.bit)) !== 0, `${src} on ${JSON.stringify(text)}`);
    }
    assert.ok(matched >= 20, `${src}: ${matched} matches`);
  }
});

test('the gated rules find in a note exactly what they find with every gate open', () => {
  const notes = [
    'Flu jab given, Fluad Tetra lot AB1234C. Booster EK5730 due.',
    'Car reg AB12 CDE parked outside; plate number: XYZ 1234.',
    'Flown in by helicopter G-ABCD from the island.',
    'Lives in Barangay San Isidro, Purok 5, near the chapel; village Chak Jhumra.',
    'Office in Chilonzor tumani; rayon Kyzyl district 4.',
    'Expediente: 12345678; cedula 1234567; pat-nr 445566.',
    'Telefono: 555 1234 567; mob 07700 900123.',
    'Came by boat Sea Breeze; ferry Star Line.',
    'Born Meskerem 12, 2015 E.C.',
    'Seen in marzo 2019, on 3 dic. 2020 and in agosto de 2018.',
    'Pt resting comfortably, vitals stable, plan to continue.',
  ];
  let found = 0;
  for (const text of notes) {
    const gated = detectPhi(text);
    // Inside another text's call the gates are all open (calls do not nest).
    const open = withNoteWords('-', () => detectPhi(text));
    assert.deepEqual(gated, open, text);
    found += gated.length;
  }
  assert.ok(found > 10);
});
