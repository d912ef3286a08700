import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { FindingDef } from '../../core/model.js';
import { DO_SYMPTOM_P, parseFrequency, phenotypeMapper, type HpoTerm, type Phenotypes } from './phenotypes.js';
import { DO_LINK_OCCASIONAL_P, doLinkWeight, isGeneralSymptom, notOthersTerms, ownTerms, sourceSymptomClass, sourceSymptomRows, SOURCE_SYMPTOMS, SYMCAT_SYSTEM } from './source-symptoms.js';

const symcat = (id: string, name: string): FindingDef => ({ id, name, kind: 'symptom', valueType: 'binary', leak: 0.002, codes: [{ system: SYMCAT_SYSTEM, code: id }] });
const FINDINGS: FindingDef[] = [
  symcat('muscle-pain', 'muscle pain'), symcat('fever', 'fever'), symcat('headache', 'headache'),
  { id: 'neck-rigidity', name: 'neck rigidity', kind: 'sign', valueType: 'binary', leak: 0.01, codes: [{ system: 'https://ddx.dev/concept', code: 'neck-rigidity' }] },
];
const TERMS = new Map<string, HpoTerm>([
  ['HP:1', { label: 'Fever', synonyms: [], parents: [] }],
  ['HP:2', { label: 'Headache', synonyms: [], parents: [] }],
  ['HP:3', { label: 'Myalgia', synonyms: ['Muscle pain'], parents: [] }],
]);
const PH: Phenotypes = {
  terms: TERMS, files: [],
  diseases: new Map([['ORPHA:5', { id: 'ORPHA:5', name: 'x', phenotypes: [{ hpo: 'HP:1', freq: 0.9, frequent: true }, { hpo: 'HP:2', freq: 0.55, frequent: false }, { hpo: 'HP:3', freq: undefined }], onsets: [], inheritance: [] }]]),
  doSymptoms: new Map([['DOID:1', ['muscle pain', 'neck rigidity']]]),
};
const MONDO = [{ doid: ['DOID:1'], rare: ['ORPHA:5'] }];
const general = (fid: string): boolean => isGeneralSymptom(FINDINGS.find((f) => f.id === fid)!);

test('a general symptom is a finding of SymCat\'s list; an authored or catalog sign is not', () => {
  assert.equal(isGeneralSymptom(FINDINGS[0]!), true);
  assert.equal(isGeneralSymptom(FINDINGS[3]!), false);
});

test('DO "has symptom" links give a linked condition its general symptoms at DO_SYMPTOM_P; a sign the link names is left out', () => {
  const rows = sourceSymptomRows(new Map([['dengue', ['DOID:1']]]), MONDO, PH, phenotypeMapper(FINDINGS, TERMS), general, 'none');
  assert.deepEqual([...rows.get('dengue')!], [['muscle-pain', DO_SYMPTOM_P]]);
  assert.equal(rows.has('other'), false);
});

test('with the occasional weight a DO link enters at HPO\'s "occasional" band midpoint; an HPO annotation keeps its stated frequency', () => {
  assert.equal(DO_LINK_OCCASIONAL_P, parseFrequency('HP:0040283'), 'the band as the build reads HPO annotations');
  assert.equal(doLinkWeight('occasional'), DO_LINK_OCCASIONAL_P);
  assert.equal(doLinkWeight('default'), DO_SYMPTOM_P, 'the default stays DO\'s .4');
  const m = phenotypeMapper(FINDINGS, TERMS);
  assert.deepEqual([...sourceSymptomRows(new Map([['c', ['DOID:1']]]), MONDO, PH, m, general, 'none', DO_LINK_OCCASIONAL_P).get('c')!], [['muscle-pain', DO_LINK_OCCASIONAL_P]]);
  assert.deepEqual([...sourceSymptomRows(new Map([['c', ['DOID:1']]]), MONDO, PH, m, general, 'hallmarks', DO_LINK_OCCASIONAL_P).get('c')!], [['fever', 0.9], ['muscle-pain', DO_LINK_OCCASIONAL_P]]);
});

test('HPO annotations join at their stated frequency: hallmarks only (80 % and more), or every stated one; none without a frequency', () => {
  const m = phenotypeMapper(FINDINGS, TERMS);
  const hall = sourceSymptomRows(new Map([['c', ['DOID:1']]]), MONDO, PH, m, general, 'hallmarks');
  assert.deepEqual([...hall.get('c')!], [['fever', 0.9], ['muscle-pain', DO_SYMPTOM_P]], 'the frequent band (headache .55) is no hallmark; myalgia has no frequency');
  const all = sourceSymptomRows(new Map([['c', ['DOID:1']]]), MONDO, PH, m, general, 'all');
  assert.deepEqual([...all.get('c')!], [['fever', 0.9], ['headache', 0.55], ['muscle-pain', DO_SYMPTOM_P]]);
});

test('a condition linked to no DO term, or to one without links, gets nothing', () => {
  const rows = sourceSymptomRows(new Map([['c', ['DOID:2']]]), MONDO, PH, phenotypeMapper(FINDINGS, TERMS), general, 'all');
  assert.equal(rows.size, 0);
});

test('only the DO terms the condition\'s own name reaches speak for it: a subtype a synonym names, or a term a code reaches, is left out', () => {
  const linked = new Map([['viral-hepatitis', ['DOID:12549', 'DOID:1884', 'DOID:2043']], ['hepatitis-e', ['DOID:4411']], ['radiculopathy-c', ['DOID:4306']]]);
  const own = new Map([['viral-hepatitis', ['DOID:1884']], ['hepatitis-e', ['DOID:4411']]]);
  const kept = ownTerms(linked, own);
  assert.deepEqual([...kept], [['viral-hepatitis', ['DOID:1884']], ['hepatitis-e', ['DOID:4411']]]);
  assert.equal(kept.has('radiculopathy-c'), false, 'a condition whose name reaches no DO term keeps none');
});

test('a name-only link the full linker did not give (a bin code dropped it) is not added', () => {
  assert.equal(ownTerms(new Map([['c', ['DOID:2']]]), new Map([['c', ['DOID:1', 'DOID:2']]])).get('c')!.join(), 'DOID:2');
});

test('a linked DO term that another model condition\'s own name reaches is barred: it is that condition (viral hepatitis\'s "hepatitis A")', () => {
  const linked = new Map([['viral-hepatitis', ['DOID:12549', 'DOID:1884', 'DOID:2043']], ['acute-hepatitis-a', ['DOID:12549']]]);
  const own = new Map([['viral-hepatitis', ['DOID:1884']], ['acute-hepatitis-a', ['DOID:12549']]]);
  const kept = notOthersTerms(linked, own);
  assert.deepEqual(kept.get('viral-hepatitis'), ['DOID:1884', 'DOID:2043'], 'hepatitis B, owned by no condition, stays');
  assert.deepEqual(kept.get('acute-hepatitis-a'), ['DOID:12549'], 'the owner keeps its own term');
});

test('a term reached only through a synonym stays when no other condition owns it (flu\'s "influenza"); a term two conditions own stays with each', () => {
  const kept = notOthersTerms(new Map([['flu', ['DOID:8469']], ['a', ['DOID:9']], ['b', ['DOID:9']]]), new Map([['a', ['DOID:9']], ['b', ['DOID:9']]]));
  assert.deepEqual([...kept], [['flu', ['DOID:8469']], ['a', ['DOID:9']], ['b', ['DOID:9']]]);
  assert.equal(notOthersTerms(new Map([['c', ['DOID:9']]]), new Map([['a', ['DOID:9']]])).has('c'), false, 'a condition left with no term is dropped');
});

test('the uncommon class (and an unlisted condition, of the default class) takes source symptoms; common and rare do not', () => {
  assert.equal(sourceSymptomClass('u', 'uncommon', 'u'), true);
  assert.equal(sourceSymptomClass(undefined, 'uncommon', 'u'), true);
  assert.equal(sourceSymptomClass('c', 'uncommon', 'u'), false);
  assert.equal(sourceSymptomClass('vc', 'uncommon', 'u'), false);
  assert.equal(sourceSymptomClass('r', 'uncommon', 'u'), false);
  assert.equal(sourceSymptomClass('c', 'not-rare', 'u'), true);
  assert.equal(sourceSymptomClass('r', 'not-rare', 'u'), false);
});

test('the shipped build runs the step over every linked term but another condition\'s own, at the occasional weight (docs/sessions/40-profiles5.md), its own terms\' definitions read in their feature clauses only (docs/sessions/41-profiles8.md)', () => {
  assert.deepEqual(SOURCE_SYMPTOMS, { on: true, hpo: 'none', terms: 'not-others', classes: 'not-rare', doWeight: 'occasional', definitions: 'features' });
});
