/**
 * The edges of a found name (name-edges.ts, session 27): an initial or an abbreviated given name before it after a
 * word, and a patronymic word between a given name and the father's; what must stay: a letter that is a value (vitamin
 * D., type A.), a run of capitals, and a name in capitals. Every name is invented.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { getDefaultLexicon } from './lexicon.js';
import { nameEdges } from './name-edges.js';

/** The text of the span `nameEdges` grows from the found `piece` (a NAME). */
const grown = (t: string, piece: string): string => {
  const start = t.indexOf(piece);
  const [s] = nameEdges([{ start, end: start + piece.length, type: 'NAME' }], t);
  return s === undefined ? '' : t.slice(s.start, s.end);
};

test('an initial or an abbreviated given name before a found name is part of it', () => {
  assert.equal(grown('Scan reviewed by T. Gunawardane today.', 'Gunawardane'), 'T. Gunawardane');
  assert.equal(grown('Audit: user K. Souvannavong opened the chart.', 'Souvannavong'), 'K. Souvannavong');
  assert.equal(grown('Referral for Ma. Rosalinda Bautista, 52.', 'Rosalinda Bautista'), 'Ma. Rosalinda Bautista');
  assert.equal(grown('Seen with Md. Shafiqur Rahman at clinic.', 'Shafiqur Rahman'), 'Md. Shafiqur Rahman');
  assert.equal(grown('Cancelled: Ts. Oyuunchimeg, slot 4.', 'Oyuunchimeg'), 'Ts. Oyuunchimeg');
});

test('a patronymic word joins the name on either side', () => {
  assert.equal(grown('Letter to Dafydd ap Gruffudd, Bangor.', 'Dafydd'), 'Dafydd ap Gruffudd');
  assert.equal(grown('Letter to Dafydd ap Gruffudd, Bangor.', 'Gruffudd'), 'Dafydd ap Gruffudd');
  assert.equal(grown('Seen: Kipkemboi arap Kirui, 60.', 'Kipkemboi'), 'Kipkemboi arap Kirui');
  assert.equal(grown('Seen: Rajendran a/l Maniam and wife.', 'Rajendran'), 'Rajendran a/l Maniam');
  assert.equal(grown('Seen: Lakshmi d/o Ramasamy and son.', 'Ramasamy'), 'Lakshmi d/o Ramasamy');
});

test('a letter that is a value, a run of initials and a name in capitals stay as they are', () => {
  assert.equal(grown('Low vitamin D. Margaret rang about it.', 'Margaret'), 'Margaret');
  assert.equal(grown('Blood group A. Hollis to repeat.', 'Hollis'), 'Hollis');
  // "J.R." is two initials (name-heads.ts reads them); one of them is not an initial after a word.
  assert.equal(grown('Seen by J.R. Okonkwo today.', 'Okonkwo'), 'Okonkwo');
  assert.equal(grown('AS PER E. QUILLAN, CALL FAMILY.', 'QUILLAN'), 'QUILLAN');
  assert.equal(grown('Dr. Abernethy reviewed.', 'Abernethy'), 'Abernethy');
});

// Thirtieth session (second round): the given names before a particle or connective and the surname joined after a
// conjunction or written with the Arabic article. Every name is invented. `nameEdges` reads them only with a lexicon.
const lex = getDefaultLexicon();
const joined = (t: string, piece: string): string => {
  const start = t.indexOf(piece);
  const [s] = nameEdges([{ start, end: start + piece.length, type: 'NAME' }], t, lex);
  return s === undefined ? '' : t.slice(s.start, s.end);
};

test('the given name before a particle or connective joins the found surname', () => {
  assert.equal(joined('Donor work-up: Tamsk bin Quorvash Al-Velunka, brother.', 'bin Quorvash Al-Velunka'), 'Tamsk bin Quorvash Al-Velunka');
  assert.equal(joined('Discharge: patient Brivenna bint Oderino Al-Zhalmor, 80.', 'Oderino Al-Zhalmor'), 'Brivenna bint Oderino Al-Zhalmor');
  assert.equal(joined('Consulta: utente Quiteria da Gralhos Pinhel, 88 anos.', 'Gralhos Pinhel'), 'Quiteria da Gralhos Pinhel');
  assert.equal(joined('Nom: Oderino Velunka ould Zhalmor, NNI 12.', 'Zhalmor'), 'Oderino Velunka ould Zhalmor');
});

test('a surname after a conjunction or with the Arabic article joins the found name', () => {
  assert.equal(joined('Alta: Pau Vilagrosa i Terradell, 70 anys.', 'Pau Vilagrosa'), 'Pau Vilagrosa i Terradell');
  assert.equal(joined('Referral: Zhalmor Oderino al-Quorvash, 31, from Hama.', 'Zhalmor Oderino'), 'Zhalmor Oderino al-Quorvash');
});

test('an English or listed word, a title and an outer word inside a sentence stay out', () => {
  // "Hospital" is an English word: the place head before a particle is no given name.
  assert.equal(joined('Seen at Hospital da Vranquilho today.', 'Vranquilho'), 'Vranquilho');
  assert.equal(joined('Letter to Dr de Vranquilho, cardiology.', 'Vranquilho'), 'Vranquilho');
  // A second unlisted word inside a sentence (no field opens before it) is left: it may be a role in another language.
  assert.equal(joined('Consulta utente Quiteria da Gralhos, 88 anos.', 'Gralhos'), 'Quiteria da Gralhos');
  assert.equal(joined('Seen by Pau Vilagrosa i Went home.', 'Pau Vilagrosa'), 'Pau Vilagrosa');
  // Without a lexicon the joiners are left as before.
  const t = 'Alta: Pau Vilagrosa i Terradell, 70 anys.';
  const [s] = nameEdges([{ start: 6, end: 19, type: 'NAME' }], t);
  assert.equal(t.slice(s?.start ?? 0, s?.end ?? 0), 'Pau Vilagrosa');
});
