/**
 * A role or relation noun opening a name span is left out of it (twenty-sixth session, deid-clean7); titles, ranks and
 * terms of address stay, and a given name or surname that is also a word stays. Sentences written here, after the kinds
 * counted on the read letters10-21, not copied from them.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectPhi } from './detect.js';
import { getDefaultLexicon } from './lexicon.js';
import { trimRoleHeads } from './role-heads.js';

const found = (t: string): string[] => detectPhi(t).map((s) => `${s.type}:${t.slice(s.start, s.end)}`);
const trimmed = (text: string, span: string, mixed = true): string => {
  const start = text.indexOf(span);
  const [s] = trimRoleHeads([{ start, end: start + span.length, type: 'NAME' }], text, getDefaultLexicon(), mixed);
  return s ? text.slice(s.start, s.end) : '';
};

test('a role or relation noun before a name is left out of the span', () => {
  assert.equal(trimmed('Home visit done. Carer Wiremu Tane helped.', 'Carer Wiremu Tane'), 'Wiremu Tane');
  assert.equal(trimmed('Referral: Applicant Ottoline Bramshaw, policy 44.', 'Applicant Ottoline Bramshaw'), 'Ottoline Bramshaw');
  assert.equal(trimmed('NOK: niece Esperanza Quill.', 'niece Esperanza Quill'), 'Esperanza Quill');
  assert.ok(found('Swallow reviewed. Physio Ilsabet Marrow, ext 4471.').includes('NAME:Ilsabet Marrow'));
});

test('titles, ranks and terms of address stay inside the span; a name that is also a word stays whole', () => {
  assert.equal(trimmed('Seen by Dr Ilsabet Marrow today.', 'Dr Ilsabet Marrow'), 'Dr Ilsabet Marrow');
  assert.equal(trimmed('Escort: Captain Ilsabet Marrow.', 'Captain Ilsabet Marrow'), 'Captain Ilsabet Marrow');
  assert.equal(trimmed('Aunty Ilsabet Marrow rang.', 'Aunty Ilsabet Marrow'), 'Aunty Ilsabet Marrow');
  assert.equal(trimmed('Porter Ilsabet took her down.', 'Porter Ilsabet'), 'Porter Ilsabet');
  assert.equal(trimmed('Patience Ogunbanjo rang.', 'Patience Ogunbanjo'), 'Patience Ogunbanjo');
});

test('notes in capitals or lower case keep their spans as they are', () => {
  assert.equal(trimmed('CARER WIREMU TANE HELPED. Carer Wiremu', 'Carer Wiremu', false), 'Carer Wiremu');
});

test('lower-case words of any language before a capitalised name are left out of its span (twenty-seventh session)', () => {
  assert.equal(trimmed('Turno da noite: tecnica Ilsabet Marrow de plantao.', 'tecnica Ilsabet Marrow'), 'Ilsabet Marrow');
  assert.equal(trimmed('Se llamo a su sobrina Ilsabet Marrow por la tarde.', 'su sobrina Ilsabet Marrow'), 'Ilsabet Marrow');
  assert.equal(trimmed('Cher confrere, nous vous adressons Mme Ilsabet Marrow.', 'nous vous adressons Mme Ilsabet Marrow'), 'Mme Ilsabet Marrow');
});

test('a particle, a title in lower case, an article or a place word keeps the lower-case head; other notes are untouched', () => {
  assert.equal(trimmed('Seen: de la Marrow family.', 'de la Marrow'), 'de la Marrow');
  assert.equal(trimmed('Visita: dona Ilsabet Marrow en casa.', 'dona Ilsabet Marrow'), 'dona Ilsabet Marrow');
  assert.equal(trimmed('Transferred to the Royal Marrow yesterday.', 'the Royal Marrow'), 'the Royal Marrow');
  assert.equal(trimmed('Domicilio: barrio San Ilsabet, casa 4.', 'barrio San Ilsabet'), 'barrio San Ilsabet');
  assert.equal(trimmed('Domicilio: sector Villa Marrow, casa 4.', 'sector Villa Marrow'), 'sector Villa Marrow');
  assert.equal(trimmed('SEEN BY tecnica ILSABET MARROW', 'tecnica ILSABET MARROW', false), 'tecnica ILSABET MARROW');
});
