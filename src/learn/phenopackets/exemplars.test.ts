import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compileModel } from '../../core/compile.js';
import { exemplarsOf, fuseRanking } from '../../core/exemplar-rank.js';
import { initialBelief, observe, posterior } from '../../core/posterior.js';
import { matchDetail, matchScore, prepareQuery } from '../../core/similarity.js';
import { validateModel } from '../../core/validate-model.js';
import { canonicalJson } from '../artifact.js';
import { parseJsonl, parsePhenopacket } from './cases.js';
import { parseHpoa } from './hpoa.js';
import { learnHpoModel, type HpoLearnOptions } from './hpo-model.js';
import { parseObo } from './obo.js';
import { TINY_OBO } from './obo.test.js';
import { createTermMapper } from './terms.js';

const HPOA = [
  'DatabaseID\tDiseaseName\tQualifier\tHPO_ID\tReference\tEvidence\tOnset\tFrequency\tSex\tModifier\tAspect\tBiocuration',
  'OMIM:1\tFocal epilepsy\t\tHP:0007359\tx\tTAS\t\tHP:0040281\t\t\tP\tx',
  'OMIM:2\tGeneralized epilepsy\t\tHP:0002069\tx\tTAS\t\t1/2\t\t\tP\tx',
].join('\n');
// Two cases of OMIM:2 with the same terms (kept once; the ancestor HP:0001250 is dropped as less specific), one with an alt id.
const CASES = [
  '{"id":"PMID_1_a","sex":"MALE","age":"P3Y","diseases":[{"id":"OMIM:2","label":"Generalized epilepsy"}],"present_hpo":["HP:0002069","HP:0001250"],"excluded_hpo":[],"genes":[]}',
  '{"id":"PMID_1_b","sex":"MALE","age":"P3Y","diseases":[{"id":"OMIM:2","label":"Generalized epilepsy"}],"present_hpo":["HP:0002069"],"excluded_hpo":[],"genes":[]}',
  '{"id":"PMID_2_a","sex":"FEMALE","age":"P3Y","diseases":[{"id":"OMIM:2","label":"Generalized epilepsy"}],"present_hpo":["HP:0001251"],"excluded_hpo":[],"genes":[]}',
].join('\n');

function model(opts: Partial<HpoLearnOptions> = {}): ReturnType<typeof learnHpoModel>['model'] {
  const ontology = parseObo(TINY_OBO);
  const inputs = {
    ontology, mapper: createTermMapper(ontology, {}), annotations: parseHpoa(HPOA), geneLinks: new Map<string, Set<string>>(),
    mondo: new Map<string, string[]>(), train: parseJsonl(CASES, parsePhenopacket).items, training: [],
  };
  return learnHpoModel(inputs, { priceOf: () => ({ priceUsd: 100, source: 'test' }), ...opts }).model;
}

test('the learner carries each seen disease\'s training cases as sorted, distinct, most specific term sets', () => {
  const m = model();
  assert.ok(m.exemplars);
  assert.equal(m.exemplars.enabled, true);
  assert.deepEqual(m.exemplars.cases, { 'OMIM:2': [['HP:0001250'], ['HP:0002069']] });
  assert.ok(validateModel(m).ok);
  assert.equal(model({ exemplars: 0 }).exemplars, undefined);
  assert.equal(model({ exemplarRerank: 0 }).exemplars?.enabled, false);
  // The symmetric share (0.5, the default) is not written, so such a model keeps its bytes; another share is, and in the manifest.
  assert.equal('forwardShare' in m.exemplars, false);
  assert.equal('exemplarForwardShare' in (m.manifest.parameters ?? {}), false);
  assert.equal(canonicalJson(model({ exemplarForwardShare: 0.5 })), canonicalJson(m));
  const fwd = model({ exemplarForwardShare: 0.75 });
  assert.equal(fwd.exemplars?.forwardShare, 0.75);
  assert.equal((fwd.manifest.parameters as Record<string, unknown>)['exemplarForwardShare'], 0.75);
  assert.ok(validateModel(fwd).ok);
});

test('the field survives a JSON round trip: the same re-rank from the parsed model', () => {
  const m = model();
  const back = validateModel(JSON.parse(canonicalJson(m)) as unknown);
  assert.ok(back.ok);
  assert.deepEqual(back.value.exemplars, m.exemplars);
  const rankOf = (mm: typeof m): number[] => {
    const cm = compileModel(mm);
    const st = observe(initialBelief(cm, 3, 'male'), [{ id: 'HP:0002069', present: true }]);
    return [...fuseRanking(exemplarsOf(cm)!, st, posterior(st)).order];
  };
  assert.deepEqual(rankOf(back.value), rankOf(m));
});

test('on a learned model the symmetric best-match average prefers the disease annotated with the patient term; parts add up', () => {
  const m = model();
  const ex = exemplarsOf(compileModel(m))!;
  const c = (id: string): number => m.conditions.findIndex((x) => x.id === id);
  const q = ['HP:0007359', 'HP:9999999'];
  const focal = matchDetail(ex.index, q, ex.index.profiles, c('OMIM:1'));
  const generalized = matchDetail(ex.index, q, ex.index.profiles, c('OMIM:2'));
  assert.ok(focal.score > generalized.score);
  // An exact match scores the term's information content (both halves), an unknown term nothing.
  const ic = ex.index.ic[ex.index.termIndex.get('HP:0007359')!]!;
  assert.ok(Math.abs(focal.score - ic) < 1e-12, `${focal.score} vs ${ic}`);
  assert.equal(focal.matches[1]!.share, 0);
  for (const s of [focal, generalized]) assert.ok(Math.abs(s.matches.reduce((a, b) => a + b.share, 0) - s.score) < 1e-12);
  const pq = prepareQuery(ex.index, q);
  assert.ok(Math.abs(matchScore(ex.index, pq, ex.index.profiles, c('OMIM:1')) - focal.score) < 1e-12);
});
