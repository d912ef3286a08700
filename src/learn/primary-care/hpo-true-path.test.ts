/** HPO's true path rule for the broad model (docs/sessions/28-rank12.md): the is_a table among the model's HPO-coded findings. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compileModel } from '../../core/compile.js';
import type { FindingDef, KnowledgeModel } from '../../core/model.js';
import { HPO_TRUE_PATH } from './build.js';
import { hpoFindingParents } from './hpo-true-path.js';
import type { HpoTerm } from './phenotypes.js';

const HPO = 'http://purl.obolibrary.org/obo/hp.owl';
const f = (id: string, codes: string[], system = HPO): FindingDef =>
  ({ id, name: id, kind: 'sign', valueType: 'binary', leak: 0.01, codes: codes.map((code) => ({ system, code })) }) as FindingDef;
const t = (...parents: string[]): HpoTerm => ({ label: 'x', synonyms: [], parents });
// HP:3 focal seizure is_a HP:2 (no finding) is_a HP:1 seizure; HP:4 is_a HP:3 and HP:1.
const terms = new Map([['HP:1', t()], ['HP:2', t('HP:1')], ['HP:3', t('HP:2')], ['HP:4', t('HP:3', 'HP:1')], ['HP:5', t('HP:1')]]);

test('the shipped build writes the hierarchy with the phenopackets model\'s credit and reach', () => {
  assert.deepEqual(HPO_TRUE_PATH, { on: true, descendantCredit: 0.3, maxDescendants: 30 });
});

test('a finding\'s parents are the nearest findings up HPO is_a, through terms no finding codes', () => {
  const parents = hpoFindingParents([f('seizure', ['HP:1']), f('focal', ['HP:3']), f('both', ['HP:4'])], terms);
  assert.deepEqual(parents, { both: ['focal', 'seizure'], focal: ['seizure'] });
});

test('catalog tests, findings without an HPO code and findings sharing a code are left out', () => {
  const test5 = { ...f('test', ['HP:5']), codes: [{ system: HPO, code: 'HP:5' }, { system: 'https://ddx.dev/concept', code: 'test' }] } as FindingDef;
  const parents = hpoFindingParents([f('seizure', ['HP:1']), f('fit', ['HP:1']), test5, f('plain', ['S1'], 'https://www.symcat.com/symptoms')], terms);
  assert.deepEqual(parents, {});
});

test('compiled, a condition listing only the specific term gets the general one by noisy-OR', () => {
  const findings = [f('seizure', ['HP:1']), f('focal', ['HP:3'])];
  const model = {
    format: 'ddx-model', formatVersion: 1, id: 't', version: '0', name: 't', description: '', license: '', attribution: [],
    ageBands: [{ id: 'all', minYears: 0, maxYears: 200 }],
    conditions: [{ id: 'a', name: 'a', prior: [[0.5, 0.5]] }, { id: 'b', name: 'b', prior: [[0.5, 0.5]] }],
    findings, actions: [], likelihoods: { focal: { a: [0.4] }, seizure: { b: [0.6] } }, cantMissThreshold: 0.05, redFlags: [],
    hierarchy: { parents: hpoFindingParents(findings, terms), descendantCredit: 0, maxDescendants: 0 },
  } as unknown as KnowledgeModel;
  const cm = compileModel(model);
  const seizure = cm.findings[cm.findingIndex.get('seizure')!]!;
  assert.deepEqual([...seizure.listedIdx], [0, 1]);
  assert.ok(Math.abs(seizure.rows[1]!.pListed[0]! - 0.4) < 1e-12); // a: from focal seizure
  assert.ok(Math.abs(seizure.rows[1]!.pListed[1]! - 0.6) < 1e-12); // b: its own entry, unchanged
});
