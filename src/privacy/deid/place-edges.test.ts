/**
 * The right edge of a found place or name (place-edges.ts), and session 33's other edges of a place: a street's
 * head-first type before a found name with its house number (house-numbers.ts), the Polish and Czech locative in a
 * hospital's name (place-spans.ts), settlement class nouns (subdivisions.ts). Every name and place here is invented.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectPhi } from './detect.js';
import { foldAccents } from './fold.js';
import { placeEdges } from './place-edges.js';
import type { PhiType } from './types.js';

const found = (text: string): string[] => detectPhi(text).map((s) => text.slice(s.start, s.end));
/** The step alone on one span given by its text (on the folded text, as the detector runs it). */
function grown(text: string, part: string, type: PhiType = 'LOCATION', mixed = true): { text: string; type: string } {
  const folded = foldAccents(text);
  const start = text.indexOf(part);
  const [s] = placeEdges([{ start, end: start + part.length, type }], folded, mixed);
  return s ? { text: text.slice(s.start, s.end), type: s.type } : { text: '', type: '' };
}

test('a span cut inside a word runs on to the word\'s end (combining marks, Latin letters the fold keeps, the ʻokina)', () => {
  assert.equal(grown('Cabin note: Maret Kelthane, Tlichovaǫ̀, trach care.', 'Tlichovaǫ').text, 'Tlichovaǫ̀');
  assert.equal(grown('Clinic: Warrick Dalmuŋa, 40.', 'Warrick Dalmu', 'NAME').text, 'Warrick Dalmuŋa');
  assert.equal(grown('Flight to Vaikuʻorani on Monday.', 'Vaiku').text, 'Vaikuʻorani');
  // Not in scripts without spaces, where a name runs into an honorific; not past ASCII letters a reader cut on purpose.
  assert.equal(grown('田中さん', '田中', 'NAME').text, '田中');
  assert.equal(grown('Seen Mr Corrow today.', 'Mr Corr', 'NAME').text, 'Mr Corr');
  // In the whole detector.
  assert.ok(found('Cabin note: Maret Kelthane, Tlichovaǫ̀, trach care.').includes('Tlichovaǫ̀'));
});

test('a hyphened part and a feature\'s head after a found place belong to it', () => {
  assert.equal(grown('Flight to Marrow Valley-Quollan Bay, Dec 4.', 'Marrow Valley').text, 'Marrow Valley-Quollan Bay');
  assert.equal(grown('Log: Semi Lotavo, Vattoquila Gold Mine, noise.', 'Vattoquila', 'NAME').text, 'Vattoquila Gold Mine');
  assert.equal(grown('Log: Semi Lotavo, Vattoquila Gold Mine, noise.', 'Vattoquila', 'NAME').type, 'LOCATION');
  assert.equal(grown('rollover at Tarrendilla Station; via town', 'Tarrendilla', 'NAME').text, 'Tarrendilla Station');
  assert.equal(grown('butcher (slaughterhouse Behor Dwarn Abattoir), 4 staff', 'Behor Dwarn', 'NAME').text, 'Behor Dwarn Abattoir');
  // In the whole detector.
  assert.ok(found('Flight to Marrow Valley-Quollan Bay on Dec 4.').includes('Marrow Valley-Quollan Bay'));
});

test('no growth where the clause goes on, a title or function word stands in the run, or a head is a surname', () => {
  assert.equal(grown('Log: Semi Lotavo Station manager rang.', 'Semi Lotavo', 'NAME').text, 'Semi Lotavo');
  assert.equal(grown('Log: Semi Lotavo, Dr Ames Station.', 'Semi Lotavo', 'NAME').text, 'Semi Lotavo');
  assert.equal(grown('Seen: Ellen Quarrow Park, 41.', 'Ellen Quarrow', 'NAME').text, 'Ellen Quarrow');
  assert.equal(grown('LOG: SEMI LOTAVO, VATTOQUILA GOLD MINE.', 'VATTOQUILA', 'NAME', false).text, 'VATTOQUILA');
  assert.equal(grown('Log: Semi Lotavo, 4 Mine Road.', 'Semi Lotavo', 'DATE').text, 'Semi Lotavo');
});

test('a head-first street type before a found name, with the house number after it', () => {
  assert.ok(found('Patient: Joff Nevrak, carrer Perevell Quimet 9, Arnsolla; review.').includes('carrer Perevell Quimet 9'));
  assert.ok(found('Adresse : avenue de la Mirabelle 112, Tobrelle; bilan.').includes('avenue de la Mirabelle 112'));
  // A given name that is also a street type, with an age after it, stays a person.
  assert.ok(found('Kaya Yilmaz 34, seen today.').includes('Kaya Yilmaz'));
});

test('the locative of a hospital\'s name and settlement class nouns', () => {
  assert.ok(found('Wynik: Szpital Specjalistyczny w Dolnej Wsi; tel 58 685 44 17.').includes('Szpital Specjalistyczny w Dolnej Wsi'));
  const tabanca = 'Registo: Umaro Santé Quibalo, tabanca Quibonte-Mato, febre.';
  assert.ok(detectPhi(tabanca).some((p) => p.type === 'LOCATION' && tabanca.slice(p.start, p.end).endsWith('Quibonte-Mato')));
  assert.ok(found('certificato: medico Lurran Bivet; frazione Vellaprato, Varclos.').includes('Vellaprato'));
});
