import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ancestors, descendants, mostSpecific, parseObo, resolveTerm } from './obo.js';
import { createTermMapper, mapCaseTerms } from './terms.js';

export const TINY_OBO = `format-version: 1.2

[Term]
id: HP:0000001
name: All

[Term]
id: HP:0000118
name: Phenotypic abnormality
is_a: HP:0000001 ! All

[Term]
id: HP:0000707
name: Abnormality of the nervous system
is_a: HP:0000118

[Term]
id: HP:0001250
name: Seizures
synonym: "Epileptic seizures" EXACT []
alt_id: HP:0001251
is_a: HP:0000707

[Term]
id: HP:0002069
name: Generalized tonic-clonic seizures
is_a: HP:0001250 ! Seizures

[Term]
id: HP:0007359
name: Focal seizures
is_a: HP:0001250
is_a: HP:0000707

[Term]
id: HP:0009999
name: Old term
is_obsolete: true
replaced_by: HP:0007359

[Typedef]
id: part_of
name: part of
`;

test('parses terms, synonyms, alt ids, obsolete replacements and multiple parents', () => {
  const o = parseObo(TINY_OBO);
  assert.equal(o.terms.size, 7);
  assert.deepEqual(o.terms.get('HP:0007359')!.parents, ['HP:0001250', 'HP:0000707']);
  assert.equal(resolveTerm(o, 'HP:0001251'), 'HP:0001250');
  assert.equal(resolveTerm(o, 'HP:0009999'), 'HP:0007359');
  assert.equal(resolveTerm(o, 'HP:0123456', 'Epileptic  seizures'), 'HP:0001250');
  assert.equal(resolveTerm(o, 'HP:0123456', 'no such thing'), undefined);
});

test('ancestors, descendants and most specific terms', () => {
  const o = parseObo(TINY_OBO);
  assert.deepEqual(ancestors(o, 'HP:0002069'), ['HP:0000001', 'HP:0000118', 'HP:0000707', 'HP:0001250']);
  assert.deepEqual(descendants(o, 'HP:0001250'), ['HP:0002069', 'HP:0007359']);
  assert.deepEqual(mostSpecific(o, ['HP:0001250', 'HP:0002069', 'HP:0000707']), ['HP:0002069']);
});

test('closure stops below the roots; a term the ontology lacks stays a leaf', () => {
  const m = createTermMapper(parseObo(TINY_OBO), { 'HP:0300000': 'A brand new term' });
  assert.deepEqual(m.closure('HP:0002069'), ['HP:0000707', 'HP:0001250', 'HP:0002069']);
  assert.deepEqual(m.closure('HP:0300000'), ['HP:0300000']);
  const model = new Set(['HP:0000707', 'HP:0001250', 'HP:0007359']);
  const mapped = mapCaseTerms(m, ['HP:0002069', 'HP:0000707'], ['HP:0001250'], (id) => model.has(id));
  // GTC seizures is not a model finding: its nearest model ancestor (Seizures) is scored, not both.
  assert.deepEqual(mapped.presentSpecific, ['HP:0001250']);
  assert.deepEqual(mapped.presentClosure, ['HP:0000707', 'HP:0001250']);
  // An exclusion contradicted by a present term is dropped.
  assert.deepEqual(mapped.excluded, []);
});
