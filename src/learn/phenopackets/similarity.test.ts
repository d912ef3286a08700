import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseJsonl, parsePhenopacket } from './cases.js';
import { parseHpoa } from './hpoa.js';
import { learnHpoModel } from './hpo-model.js';
import { parseObo } from './obo.js';
import { TINY_OBO } from './obo.test.js';
import { buildSimilarityIndex, prepareQuery, profileOf, similarity, similarityTo } from './similarity.js';
import { createTermMapper } from './terms.js';

const HPOA = [
  'DatabaseID\tDiseaseName\tQualifier\tHPO_ID\tReference\tEvidence\tOnset\tFrequency\tSex\tModifier\tAspect\tBiocuration',
  'OMIM:1\tFocal epilepsy\t\tHP:0007359\tx\tTAS\t\tHP:0040281\t\t\tP\tx',
  'OMIM:2\tGeneralized epilepsy\t\tHP:0002069\tx\tTAS\t\t1/2\t\t\tP\tx',
].join('\n');
const CASES = '{"id":"PMID_1_a","sex":"MALE","age":"P3Y","diseases":[{"id":"OMIM:2","label":"Generalized epilepsy"}],"present_hpo":["HP:0002069"],"excluded_hpo":[],"genes":[]}';

function model(): ReturnType<typeof learnHpoModel>['model'] {
  const ontology = parseObo(TINY_OBO);
  const inputs = {
    ontology, mapper: createTermMapper(ontology, {}), annotations: parseHpoa(HPOA), geneLinks: new Map<string, Set<string>>(),
    mondo: new Map<string, string[]>(), train: parseJsonl(CASES, parsePhenopacket).items, training: [],
  };
  return learnHpoModel(inputs, { priceOf: () => ({ priceUsd: 100, source: 'test' }) }).model;
}

test('the symmetric best-match average prefers the disease annotated with the patient term, and its parts add up exactly', () => {
  const m = model();
  const index = buildSimilarityIndex(m);
  const c = (id: string): number => m.conditions.findIndex((x) => x.id === id);
  const focal = similarity(index, ['HP:0007359', 'HP:9999999'], c('OMIM:1'));
  const generalized = similarity(index, ['HP:0007359', 'HP:9999999'], c('OMIM:2'));
  assert.ok(focal.score > generalized.score);
  // An exact match scores the term's information content (both halves), an unknown term nothing.
  const ic = index.ic[index.termIndex.get('HP:0007359')!]!;
  assert.ok(Math.abs(focal.score - ic) < 1e-12, `${focal.score} vs ${ic}`);
  assert.equal(focal.perTerm[1], 0);
  for (const s of [focal, generalized]) assert.ok(Math.abs(s.perTerm.reduce((a, b) => a + b, 0) - s.score) < 1e-12);
  assert.equal(similarity(index, [], c('OMIM:1')).score, 0);
});

test('a prepared query scores as the ids do, and a case profile taken alone is compared the same way', () => {
  const m = model();
  const index = buildSimilarityIndex(m);
  const ids = ['HP:0002069', 'HP:0007359'];
  const c = m.conditions.findIndex((x) => x.id === 'OMIM:2');
  assert.deepEqual(similarity(index, prepareQuery(index, ids), c), similarity(index, ids, c));
  const exemplar = profileOf(index, ['HP:0002069']);
  const s = similarityTo(index, ids, exemplar);
  assert.ok(Math.abs(s.perTerm.reduce((a, b) => a + b, 0) - s.score) < 1e-12);
  // The exemplar holds exactly the first term: it gets IC / 4 from the patient's half (two terms) and
  // IC / 2 from the exemplar's half (one term, matched by it).
  assert.ok(Math.abs(s.perTerm[0]! - index.ic[index.termIndex.get('HP:0002069')!]! * 0.75) < 1e-12);
  assert.ok(s.perTerm[1]! < s.perTerm[0]!);
});
