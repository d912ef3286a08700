/** Shared finding synonyms resolved by HPO (docs/sessions/31-rank17.md). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { FindingDef } from '../../core/model.js';
import type { HpoTerm } from './phenotypes.js';
import { resolveSharedSynonyms } from './shared-synonyms.js';

const UMLS = 'http://www.nlm.nih.gov/research/umls';
const f = (id: string, name: string, synonyms: string[], codes: { system: string; code: string }[] = []): FindingDef =>
  ({ id, name, synonyms, kind: 'sign', valueType: 'binary', leak: 0.01, codes }) as FindingDef;
const terms = new Map<string, HpoTerm>([
  ['HP:1', { label: 'Crackles', synonyms: ['Rales', 'Crepitations'], parents: ['HP:0'], umls: ['C1'] }],
  ['HP:2', { label: 'Night sweats', synonyms: [], parents: ['HP:3'] }],
  ['HP:3', { label: 'Hyperhidrosis', synonyms: ['Sweating'], parents: [] }],
  ['HP:4', { label: 'Papule', synonyms: ['Papules'], parents: [] }],
]);

test('a shared word stays with the finding that is its HPO term (by UMLS code or by name); the others lose it', () => {
  const m = new Map([
    ['breath-sounds', f('breath-sounds', 'abnormal breathing sounds', ['crackles', 'rales', 'rhonchi'])],
    ['rale', f('rale', 'rale', ['crackles', 'Crepitations'], [{ system: UMLS, code: 'C1' }])],
    ['night-sweats', f('night-sweats', 'night sweats', [])],
    ['sweating', f('sweating', 'sweating', ['Night sweats', 'diaphoresis'])],
  ]);
  assert.equal(resolveSharedSynonyms(m, terms), 2);
  assert.deepEqual(m.get('breath-sounds')!.synonyms, ['rales', 'rhonchi']);
  assert.deepEqual(m.get('rale')!.synonyms, ['crackles', 'Crepitations']);
  assert.deepEqual(m.get('sweating')!.synonyms, ['diaphoresis']);
});

test('a shared word no sharer\'s HPO term owns, or that names no HPO term, stays with every sharer', () => {
  const m = new Map([
    ['skin-lesion', f('skin-lesion', 'skin lesion', ['papules', 'irritable'])],
    ['skin-nodule', f('skin-nodule', 'skin nodule', ['papules', 'irritable'])],
  ]);
  assert.equal(resolveSharedSynonyms(m, terms), 0);
  assert.deepEqual(m.get('skin-lesion')!.synonyms, ['papules', 'irritable']);
});

test('a finding left with no synonym carries no synonyms field', () => {
  const m = new Map([['night-sweats', f('night-sweats', 'night sweats', [])], ['sweating', f('sweating', 'sweating', ['night sweats'])]]);
  resolveSharedSynonyms(m, terms);
  assert.equal('synonyms' in m.get('sweating')!, false);
});
