import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { FindingDef } from '../../core/model.js';
import { definitionReader, definitionRows, definitionText, featureClauses, oboDefinition } from './do-definitions.js';
import { parseDoid } from './ontologies.js';
import { definitionFor, definitionParts, DO_LINK_OCCASIONAL_P, SOURCE_SYMPTOMS, sourceSymptomsParameter } from './source-symptoms.js';

const f = (id: string, name: string, kind: FindingDef['kind'] = 'symptom', synonyms: string[] = []): FindingDef => ({ id, name, kind, valueType: 'binary', leak: 0.002, synonyms });
const FINDINGS: FindingDef[] = [f('fever', 'fever'), f('headache', 'headache'), f('neck-stiffness', 'stiff neck'), f('nervousness', 'nervousness', 'symptom', ['nervous']), f('rash', 'skin rash')];
const read = definitionReader(FINDINGS);

test('an OBO def line gives its quoted text, escapes undone; another line gives nothing', () => {
  assert.equal(oboDefinition('def: "A disease with a \\"quoted\\" word." [url:http\\://x]'), 'A disease with a "quoted" word.');
  assert.equal(oboDefinition('comment: "not a def"'), undefined);
  const [t] = parseDoid('format-version: 1.2\n\n[Term]\nid: DOID:1\nname: lcm\ndef: "A meningitis that has_symptom fever." [x]\n');
  assert.equal(t!.def, 'A meningitis that has_symptom fever.');
});

test('a definition is read for its stated features: has_symptom objects and the characterized-by part', () => {
  assert.deepEqual(read('A viral infectious disease that results_in inflammation, has_symptom fever, has_symptom headache and has_symptom stiff neck.'), ['fever', 'headache', 'neck-stiffness']);
  assert.deepEqual(read('A skin disease characterized by skin rash notable for pale red bumps.'), ['rash']);
});

test('a negated feature is dropped by the reader\'s own negation; each finding once', () => {
  assert.deepEqual(read('A disease that is characterized by headache without fever, and has_symptom headache.'), ['headache']);
});

test('the genus (the parent class the definition opens with) is masked; a definition of another shape keeps its opening', () => {
  assert.deepEqual(read('A nervous system disease that has_symptom fever.'), ['fever'], '"nervous" in the genus is no nervousness');
  assert.equal(definitionText('A nervous system disease that has_symptom fever.'), '; that has symptom fever.');
  assert.deepEqual(read('Nervous patients have fever.'), ['fever', 'nervousness'], 'no "A ... that" form: nothing masked');
});

test('a located_in part is masked up to the next clause; the has_symptom part after it stays', () => {
  assert.equal(definitionText('A b that results_in inflammation located_in skin and located_in neck, has_symptom fever.'), '; that results in inflammation ;, has symptom fever.');
  assert.deepEqual(read('An infection that results_in inflammation located_in the nervous tissue, has_symptom fever.'), ['fever']);
  assert.deepEqual(read('An infection that results_in inflammation, located near nervous tissue, has_symptom fever.'), ['fever', 'nervousness'], 'not the relation: kept');
});

test('definition rows: own terms only as given, accepted findings at p, sorted; a condition with none is left out', () => {
  const defs = new Map([['DOID:1', 'A b that has_symptom headache and has_symptom fever.'], ['DOID:2', 'A c that has_symptom fever.'], ['DOID:3', 'A d that has_symptom skin rash.']]);
  const rows = definitionRows(new Map([['x', ['DOID:2', 'DOID:1']], ['y', ['DOID:2']], ['z', ['DOID:9']]]), defs, read, (cid, fid) => !(cid === 'x' && fid === 'headache'), DO_LINK_OCCASIONAL_P);
  assert.deepEqual([...rows.get('x')!], [['fever', DO_LINK_OCCASIONAL_P]]);
  assert.deepEqual([...rows.get('y')!], [['fever', DO_LINK_OCCASIONAL_P]]);
  assert.equal(rows.has('z'), false);
});

test('the definitions setting: off, every condition, or a silent profile below a stated size; off leaves the manifest as before', () => {
  assert.equal(definitionFor('none', 1), false);
  assert.equal(definitionFor('all', 500), true);
  assert.equal(definitionFor({ silentBelow: 10 }, 9), true);
  assert.equal(definitionFor({ silentBelow: 10 }, 10), false);
  assert.equal(sourceSymptomsParameter({ ...SOURCE_SYMPTOMS, definitions: 'none' }), '{"on":true,"hpo":"none","terms":"not-others","classes":"not-rare","doWeight":"occasional"}');
  assert.match(sourceSymptomsParameter({ ...SOURCE_SYMPTOMS, definitions: 'all' }), /"definitions":"all"/);
});

test('feature clauses: the text after has_symptom and after characterized by, each up to the next relation word or the sentence end', () => {
  assert.equal(featureClauses('A viral infectious disease that results_in inflammation located_in meninges, has_symptom fever, has_symptom headache and has_symptom stiff neck.'), 'fever. headache. stiff neck.');
  assert.equal(featureClauses('A skin disease characterised by skin rash notable for pale red bumps. It is caused by a virus.'), 'skin rash notable for pale red bumps.');
  assert.equal(featureClauses('A disease characterized by fever and has_material_basis_in Virus, which is transmitted_by ticks, and has_symptom rash'), 'fever. rash.');
  assert.equal(featureClauses('A disease characterized by fever, has_symptom rash.', 'has-symptom'), 'rash.', 'has-symptom: only has_symptom clauses');
  assert.equal(featureClauses('A nervous system disease that results_in headache located_in head.'), '', 'no feature clause: nothing read');
});

test('the feature-clause reader reads only those clauses: a finding named in the differentia\'s other prose stays out', () => {
  const feats = definitionReader(FINDINGS, 'features');
  assert.deepEqual(feats('A disease that results_in headache located_in head, has_symptom fever.'), ['fever'], 'results_in clause not read');
  assert.deepEqual(read('A disease that results_in headache located_in head, has_symptom fever.'), ['fever', 'headache'], 'the whole reader reads it');
  assert.deepEqual(feats('A disease characterized by headache without fever.'), ['headache'], 'negation still read inside a clause');
  assert.deepEqual(feats('Nervous patients have fever.'), [], 'no feature clause: no finding');
  assert.deepEqual(definitionReader(FINDINGS, 'has-symptom')('A disease characterized by headache, has_symptom fever.'), ['fever']);
});

test('the definitions setting names the part read: whole for all and silentBelow, the clauses for features and has-symptom', () => {
  assert.equal(definitionParts('all'), 'whole');
  assert.equal(definitionParts({ silentBelow: 12 }), 'whole');
  assert.equal(definitionParts('features'), 'features');
  assert.equal(definitionParts('has-symptom'), 'has-symptom');
  assert.equal(definitionFor('features', 500), true);
  assert.match(sourceSymptomsParameter({ ...SOURCE_SYMPTOMS, definitions: 'features' }), /"definitions":"features"/);
});
