import { test } from 'node:test';
import assert from 'node:assert/strict';
import { indexOntology, type OboTerm, type Ontology } from './obo.js';
import { groupBySeries, seriesKey } from './label-stem.js';
import { buildLabelTermIndex, termsInLabel } from './label-terms.js';
import { derivationNote, derivedProfiles, inheritanceInName, type DerivedProfileOptions } from './derived-profiles.js';
import { parseMondoOmimDiseases } from '../mondo-diseases.js';

function onto(rows: readonly [id: string, name: string, parents: string[], exact?: string[]][]): Ontology {
  const terms = new Map<string, OboTerm>();
  for (const [id, name, parents, exact] of rows) terms.set(id, { id, name, synonyms: exact ?? [], exactSynonyms: exact ?? [], parents, altIds: [], obsolete: false });
  return indexOntology(terms, [...terms.values()]);
}

const O = onto([
  ['HP:0000118', 'Phenotypic abnormality', []],
  ['HP:0000707', 'Abnormality of the nervous system', ['HP:0000118']],
  ['HP:0001250', 'Seizure', ['HP:0000707'], ['Seizures']],
  ['HP:0002069', 'Bilateral tonic-clonic seizure', ['HP:0001250']],
  ['HP:0000252', 'Microcephaly', ['HP:0000707']],
  ['HP:0001249', 'Intellectual disability', ['HP:0000707'], ['Mental retardation']],
  ['HP:0012759', 'Neurodevelopmental abnormality', ['HP:0000707']],
  ['HP:0000518', 'Cataract', ['HP:0000118']],
  ['HP:0001251', 'Ataxia', ['HP:0000707']],
]);
const LIVE = new Set([...O.terms.keys()].filter((t) => t !== 'HP:0000118'));

test('series key: the words before the first number, without type/susceptibility qualifiers', () => {
  assert.equal(seriesKey('Developmental and epileptic encephalopathy 95'), 'developmental epileptic encephalopathy');
  assert.equal(seriesKey('Charcot-Marie-Tooth disease, axonal, type 2KK'), 'charcot marie tooth disease axonal');
  assert.equal(seriesKey('Parkinson disease 26, autosomal dominant, susceptibility to'), 'parkinson disease');
  assert.equal(seriesKey('Anemia, congenital dyserythropoietic, type IVb'), 'anemia congenital dyserythropoietic');
  // X-linked is part of the series name, not a roman numeral ten.
  assert.equal(seriesKey('Intellectual developmental disorder, X-linked 112'), 'intellectual developmental disorder xlinked');
  assert.equal(seriesKey('Bardet-Biedl syndrome'), undefined);
  assert.equal(seriesKey('3-M syndrome'), undefined);
});

test('series groups: numbered members together, an unnumbered first member under its whole name', () => {
  const g = groupBySeries([['OMIM:3', 'Spinocerebellar ataxia 2'], ['OMIM:1', 'Spinocerebellar ataxia 1'], ['OMIM:5', 'Ververi-Brady syndrome'], ['OMIM:6', 'Ververi-Brady syndrome 2']]);
  assert.deepEqual(g.get('spinocerebellar ataxia'), ['OMIM:1', 'OMIM:3']);
  assert.deepEqual(g.get('ververi brady syndrome'), ['OMIM:5', 'OMIM:6']);
});

test('terms in a label: names and exact synonyms as whole words, plurals, longest first, name vocabulary', () => {
  const idx = buildLabelTermIndex(O, LIVE);
  assert.deepEqual(termsInLabel(idx, 'Neurodevelopmental disorder with seizures, microcephaly, and cataracts'), ['HP:0012759', 'HP:0001250', 'HP:0000252', 'HP:0000518']);
  // The longer phrase wins over the word inside it; a word inside another word does not match.
  assert.deepEqual(termsInLabel(idx, 'bilateral tonic-clonic seizures'), ['HP:0002069']);
  assert.deepEqual(termsInLabel(idx, 'Microcephalyxx syndrome'), []);
  assert.deepEqual(termsInLabel(idx, 'Intellectual developmental disorder, autosomal recessive 7'), ['HP:0001249']);
  // Terms outside the allowed set are not indexed (nor is vocabulary pointing at them).
  assert.deepEqual(termsInLabel(buildLabelTermIndex(O, ['HP:0000252']), 'microcephaly with seizures and intellectual developmental disorder'), ['HP:0000252']);
});

test('MONDO table: live classes with exact OMIM matches, one row per OMIM id, lowest MONDO id', () => {
  const text = [
    'mondo_id\tlabel\tis_obsolete\texact_OMIM\texact_OMIMPS',
    'MONDO:0000002\tspinocerebellar ataxia 52\tfalse\tOMIM:621535\t',
    'MONDO:0000001\tSCA52 duplicate\tfalse\tOMIM:621535|OMIM:100\t',
    'MONDO:0000003\tobsolete thing\ttrue\tOMIM:200\t',
    'MONDO:0000004\tseries only\tfalse\t\tOMIMPS:164400',
    '',
  ].join('\n');
  assert.deepEqual(parseMondoOmimDiseases(text), [
    { omim: 'OMIM:100', mondo: 'MONDO:0000001', label: 'SCA52 duplicate' },
    { omim: 'OMIM:621535', mondo: 'MONDO:0000001', label: 'SCA52 duplicate' },
  ]);
  assert.deepEqual(parseMondoOmimDiseases('no header'), []);
});

const OPTS: DerivedProfileOptions = { series: true, label: true, seriesMin: 0.25, minMembers: 2, labelFrequency: 0.8, maxTerms: 10, nameNeighbours: 0 };
const leakOf = (): number => 0.01;

test('derived profiles: series members pooled, named phenotypes added, annotated and profile-less diseases left out', () => {
  const closures = new Map([
    ['OMIM:1', new Map([['HP:0001251', 0.9], ['HP:0000707', 0.95], ['HP:0000518', 0.2]])],
    ['OMIM:2', new Map([['HP:0001251', 0.7], ['HP:0000707', 0.8]])],
  ]);
  const annotatedNames = new Map([['OMIM:1', ['Spinocerebellar ataxia 1']], ['OMIM:2', ['Spinocerebellar ataxia 2']]]);
  const diseases = [
    { omim: 'OMIM:1', mondo: 'MONDO:1', label: 'spinocerebellar ataxia 1' },
    { omim: 'OMIM:9', mondo: 'MONDO:9', label: 'spinocerebellar ataxia 52 with cataract' },
    { omim: 'OMIM:8', mondo: 'MONDO:8', label: 'Smith-Jones syndrome' },
  ];
  const out = derivedProfiles({ ontology: O, live: LIVE, diseases, annotatedNames, closures, leakOf, index: buildLabelTermIndex(O, LIVE) }, OPTS);
  assert.deepEqual(out.map((p) => p.id), ['OMIM:9']);
  const p = out[0]!;
  assert.equal(p.closure.get('HP:0001251'), 0.8); // mean of 0.9 and 0.7
  assert.equal(p.closure.has('HP:0000518'), true); // named: 0.8, though pooled only 0.1
  assert.equal(p.closure.get('HP:0000518'), 0.8);
  assert.deepEqual(p.series, { key: 'spinocerebellar ataxia', members: 2 });
  assert.match(derivationNote(p), /series "spinocerebellar ataxia"/);
  // Series off: the name alone (cataract, and ataxia its name states).
  const nameOnly = derivedProfiles({ ontology: O, live: LIVE, diseases, annotatedNames, closures, leakOf, index: buildLabelTermIndex(O, LIVE) }, { ...OPTS, series: false });
  assert.deepEqual([...nameOnly[0]!.closure.keys()].sort(), ['HP:0000518', 'HP:0000707', 'HP:0001251']);
  assert.equal(nameOnly[0]!.series, undefined);
});

test('derived profiles: without a series, annotated diseases showing every named phenotype are pooled', () => {
  const closures = new Map([
    ['OMIM:1', new Map([['HP:0001250', 0.9], ['HP:0000252', 0.9], ['HP:0000518', 0.9]])],
    ['OMIM:2', new Map([['HP:0001250', 0.8], ['HP:0000252', 0.5], ['HP:0000518', 0.5]])],
    ['OMIM:3', new Map([['HP:0001250', 0.9]])], // no microcephaly: not a neighbour
  ]);
  const annotatedNames = new Map([['OMIM:1', ['A syndrome']], ['OMIM:2', ['B syndrome']], ['OMIM:3', ['C syndrome']]]);
  const diseases = [{ omim: 'OMIM:9', mondo: 'MONDO:9', label: 'microcephaly with seizures' }];
  const [p] = derivedProfiles({ ontology: O, live: LIVE, diseases, annotatedNames, closures, leakOf, index: buildLabelTermIndex(O, LIVE) }, { ...OPTS, nameNeighbours: 5 });
  assert.equal(p!.neighbours, 2);
  assert.equal(p!.closure.get('HP:0000518'), 0.7); // mean of 0.9 and 0.5
  assert.ok(Math.abs(p!.closure.get('HP:0001250')! - 0.85) < 1e-9);
});

test('inheritance a disease name states: autosomal dominant / recessive, X-linked, or none', () => {
  assert.equal(inheritanceInName('Spastic paraplegia 91, autosomal dominant, with or without cerebellar ataxia'), 'ad');
  assert.equal(inheritanceInName('Intellectual developmental disorder, autosomal recessive 84'), 'ar');
  assert.equal(inheritanceInName('Intellectual developmental disorder, X-linked 112'), 'xl');
  assert.equal(inheritanceInName('Developmental and epileptic encephalopathy 95'), undefined);
});

test('derived profiles: series members stating the same inheritance, or showing the named phenotypes, weigh more', () => {
  const closures = new Map([
    ['OMIM:1', new Map([['HP:0001251', 0.9]])],
    ['OMIM:2', new Map([['HP:0000518', 0.9]])],
  ]);
  const annotatedNames = new Map([['OMIM:1', ['Spastic paraplegia 1, autosomal dominant']], ['OMIM:2', ['Spastic paraplegia 2, autosomal recessive']]]);
  const inp = { ontology: O, live: LIVE, annotatedNames, closures, leakOf, index: buildLabelTermIndex(O, LIVE) };
  const plain = derivedProfiles({ ...inp, diseases: [{ omim: 'OMIM:9', mondo: 'MONDO:9', label: 'spastic paraplegia 91, autosomal dominant' }] }, { ...OPTS, seriesMin: 0.1 });
  assert.equal(plain[0]!.closure.get('HP:0001251'), 0.45); // plain mean
  const byInh = derivedProfiles({ ...inp, diseases: [{ omim: 'OMIM:9', mondo: 'MONDO:9', label: 'spastic paraplegia 91, autosomal dominant' }] }, { ...OPTS, seriesMin: 0.1, inheritanceWeight: 3 });
  assert.ok(Math.abs(byInh[0]!.closure.get('HP:0001251')! - 0.675) < 1e-9); // (3 * 0.9 + 0) / 4
  assert.ok(Math.abs(byInh[0]!.closure.get('HP:0000518')! - 0.225) < 1e-9);
  // The name states cataract: the member showing it counts twice (the named term itself is set to 0.8).
  const byNamed = derivedProfiles({ ...inp, diseases: [{ omim: 'OMIM:9', mondo: 'MONDO:9', label: 'spastic paraplegia 92 with cataract' }] }, { ...OPTS, seriesMin: 0.1, namedTermWeight: 2 });
  assert.ok(Math.abs(byNamed[0]!.closure.get('HP:0001251')! - 0.3) < 1e-9); // (0.9 + 2 * 0) / 3
});
