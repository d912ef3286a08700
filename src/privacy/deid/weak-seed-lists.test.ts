/**
 * A weak seed's comma list, forty-first session round 2 (issue 14, deid-clean39; `words.ts` `weakName`): a given name or
 * surname of the lists standing alone, with no cue, lends medium strength only to the one item right after it (a
 * person's given name or place); the later items must each be a list name. Texts are invented. The first and fourth tests
 * fail on main 501b2007 (the word detector then reads every later item of the run as a name).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getDefaultLexicon } from './lexicon.js';
import { detectWords } from './words.js';
import { found, has } from '../../testkit/deid-pieces.js';

function words(text: string): string[] {
  const out: string[] = [];
  detectWords(text, getDefaultLexicon(), (s, e, ty) => out.push(`${ty}:${text.slice(s, e)}`));
  return out;
}

test('a list word alone lends no medium strength past the first item of its list', () => {
  const t = 'Thank-you cards by the desk: Thank you / Merci / Danke / Grazie / Gracias / Obrigado / Toda / Kiitos.';
  const w = words(t);
  for (const item of ['Grazie', 'Gracias', 'Obrigado', 'Toda', 'Kiitos']) assert.ok(!w.includes(`NAME:${item}`), item);
  const b = 'The order went to Baxter, Vygon, Teleflex, Prismaflex and Ambix last week.';
  for (const item of ['Teleflex', 'Prismaflex', 'Ambix']) assert.ok(!words(b).includes(`NAME:${item}`), item);
});

test('the item right after a weak seed is still read: a person\'s given name or place', () => {
  assert.ok(words('Bed 3 Hughes, Glenys 93 - day 2 post op.').includes('NAME:Glenys'));
  assert.ok(has('Re: Seamus Ó Briain, Ballinrobe, Co. Mayo', 'Ballinrobe'));
  assert.ok(words('The order went to Baxter, Vygon, Teleflex last week.').includes('NAME:Vygon'));
});

test('real lists of people stay found', () => {
  assert.deepEqual(found('Present: Smith, Okafor, Nguyen.'), ['NAME:Smith, Okafor', 'NAME:Nguyen']);
  assert.deepEqual(found('Visitors today Priya, Tomasz, Ngozi.'), ['NAME:Priya, Tomasz', 'NAME:Ngozi']);
  // later items that are list names themselves stay names of the word detector
  const w = words('Seen today with Glenys, Maria, Priya and Tomasz.');
  for (const item of ['Maria', 'Priya', 'Tomasz']) assert.ok(w.some((p) => p.includes(item)), item);
});

test('candidate 2: a given name with no cue (given then unknown, a capitalised given word) lends one item too', () => {
  const t = 'Makers on the formulary: Grace Velunka, Aurobindo, Hikma, Julphar, Polpharma, Menarini, Grifols.';
  const w = words(t);
  for (const item of ['Julphar', 'Polpharma', 'Menarini', 'Grifols']) assert.ok(!w.some((p) => p.includes(item)), item);
});

test('a lowercase role between a name and its place uses no lent item', () => {
  const w = words('Coup de chaleur: Yasmina Velunka, saisonnier, Trosket, Sault; T 38.9.');
  assert.ok(w.includes('NAME:Trosket'), JSON.stringify(w));
});
