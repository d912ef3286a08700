import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Ontologies } from '../../learn/primary-care/ontologies.js';
import { acceptedIndices, isCorrect, judge } from '../judge.js';
import { adjectiveKinds, causalParents, truthResolver } from './truth-codes.js';
import { truthOf } from './run.js';

const onto: Ontologies = {
  doid: [{ id: 'DOID:10762', name: 'portal hypertension', synonyms: [], icd10: ['K76.6'], umls: [] }],
  mondo: [{ id: 'MONDO:0043765', label: 'presbycusis', doid: [], icd10: [], synonyms: [], rare: [] }],
  icdTitles: new Map([['H91.10', 'Presbycusis, unspecified ear'], ['K76.6', 'Portal hypertension'], ['R69', 'Illness, unspecified'], ['Z11.1', 'Encounter for screening for respiratory tuberculosis'], ['A15.9', 'Respiratory tuberculosis unspecified']]),
  icdIndex: [{ term: 'Presbycusis, presbyacusia', code: 'H91.1' }, { term: 'Tuberculosis', code: 'A15.9' }, { term: 'Tuberculosis', code: 'Z11.1' }, { term: 'Illness', code: 'R69' }],
  files: [],
};

test('a gold name resolves to the codes of the same disease; ambiguous and bare-category codes do not', () => {
  const r = truthResolver(onto);
  assert.deepEqual(r('Presbycusis'), { icd10: ['H91.1'], codes: ['MONDO:0043765'], parents: [], names: ['presbycusis'], ancestors: [] });
  assert.deepEqual(r('Portal hypertension'), { icd10: ['K76.6'], codes: ['DOID:10762'], parents: [], names: ['Portal hypertension', 'portal hypertension'], ancestors: [] });
  assert.deepEqual(r('Tuberculosis').icd10, [], 'filed under two categories: ambiguous');
  assert.deepEqual(r('Illness').icd10, [], 'a three-character category names no single disease');
});

test('the judge matches the same disease under another spelling by a shared code, not a stranger', () => {
  const opts = { truthCodes: truthResolver(onto) };
  const model = { id: 'presbyacusis', name: 'Presbyacusis', icd10: ['H91.10'] };
  assert.ok(!isCorrect(judge(model, truthOf('Presbycusis'))), 'names alone differ');
  assert.ok(isCorrect(judge(model, truthOf('Presbycusis', opts))));
  assert.ok(!isCorrect(judge({ id: 'x', name: 'Otitis media', icd10: ['H66.90'] }, truthOf('Presbycusis', opts))));
});

test('a causal qualifier names the parent disease; a site or a bare word does not', () => {
  assert.deepEqual(causalParents('Escherichia-induced hemolytic uremic syndrome'), ['hemolytic uremic syndrome']);
  assert.deepEqual(causalParents('Traveler’s diarrhea due to ETEC'), ['Traveler’s diarrhea']);
  assert.deepEqual(causalParents('Bacterial infection from ethmoidal sinus'), []);
  assert.deepEqual(causalParents('Drug-induced lupus'), [], 'too short a head to name a disease');
  assert.deepEqual(causalParents('Alcohol-induced disorder'), []);
  assert.ok(isCorrect(judge({ name: 'Hemolytic uremic syndrome' }, truthOf('Escherichia-induced hemolytic uremic syndrome', { truthCodes: truthResolver(onto) }))));
});

// A small DO tree: disease > musculoskeletal system disease > connective tissue disease > tendinopathy >
// tendinitis > patellar tendinitis; disease > ... > hematologic cancer > lymphoma; the root levels are groupings.
const chain = (ids: readonly (readonly [string, string, string?])[]): Ontologies['doid'] => ids.map(([id, name, parent]) => ({ id, name, synonyms: [], icd10: [], umls: [], parents: parent ? [parent] : [] }));
const tree: Ontologies = {
  ...onto,
  doid: [
    ...chain([['DOID:4', 'disease'], ['DOID:17', 'musculoskeletal system disease', 'DOID:4'], ['DOID:65', 'connective tissue disease', 'DOID:17'],
      ['DOID:70', 'tendinopathy', 'DOID:65'], ['DOID:971', 'tendinitis', 'DOID:70'], ['DOID:9', 'autosomal dominant disease', 'DOID:70'],
      ['DOID:14', 'cancer', 'DOID:4'], ['DOID:15', 'cell type cancer', 'DOID:14'], ['DOID:16', 'hematologic cancer', 'DOID:15'], ['DOID:0060058', 'lymphoma', 'DOID:16'],
      ['DOID:10', 'hypertension', 'DOID:70'], ['DOID:11', 'hepatic vascular disease', 'DOID:70'], ['DOID:12', 'portal hypertension', 'DOID:11'], ['DOID:13', 'Hodgkin lymphoma', 'DOID:0060058']]),
    { id: 'DOID:972', name: 'patellar tendinitis', synonyms: ['patellar tendonitis'], icd10: [], umls: [], parents: ['DOID:971', 'DOID:9'] },
  ],
};

test('DO parents: is_a parents of a known name, the head of an unknown one; groupings and inheritance classes are none', () => {
  const r = truthResolver(tree);
  assert.deepEqual(r('Patellar tendonitis').parents, ['tendinitis'], 'is_a parent; the inheritance class is dropped');
  assert.deepEqual(r('Mediastinal lymphoma').parents, ['lymphoma'], 'unknown to DO: its head is the disease it is a kind of');
  assert.deepEqual(r('Tendinopathy').parents, [], 'connective tissue disease is a grouping (depth 2)');
  assert.deepEqual(r('Portal hypertension').parents, ['hepatic vascular disease'], 'DO knows the name: no head rule');
  assert.deepEqual(r('Non Hodgkin lymphoma').parents, [], 'never the head after a negator');
  assert.deepEqual(r('Lymphoma of the stomach').parents, [], 'a preposition: the head is not last');
  assert.deepEqual(r('Severe disorder').parents, [], 'filler names nothing');
});

test('the judge counts a condition named as a parent correct; a sibling that drops to the parent is not', () => {
  const opts = { truthCodes: truthResolver(tree) };
  assert.ok(isCorrect(judge({ name: 'Tendinitis' }, truthOf('Patellar tendonitis', opts))));
  assert.ok(isCorrect(judge({ name: 'Lymphoma' }, truthOf('Mediastinal lymphoma', opts))));
  assert.ok(!isCorrect(judge({ name: 'Lymphoma' }, truthOf('Mediastinal lymphoma'))), 'names only: no parents');
  assert.ok(!isCorrect(judge({ name: 'Acute tendinitis' }, truthOf('Patellar tendonitis', opts))), "the prediction's own exact name, not its looser keys");
  assert.ok(!isCorrect(judge({ name: 'Hypertension' }, truthOf('Portal hypertension', opts))));
});

test('a gold name unknown to DO is a kind of what remains without its adjective premodifiers; a noun compound is not', () => {
  assert.deepEqual(adjectiveKinds('Monomorphic ventricular tachycardia'), ['monomorphic tachycardia', 'ventricular tachycardia'], 'one adjective at a time: the nearest kinds');
  assert.deepEqual(adjectiveKinds('Left ventricular free wall rupture'), ['left free wall rupture', 'ventricular free wall rupture']);
  assert.deepEqual(adjectiveKinds('Heat stroke'), [], 'a noun premodifier makes a compound, not a kind');
  assert.deepEqual(adjectiveKinds('Tension headache'), []);
  assert.deepEqual(adjectiveKinds('Non-bacterial chronic prostatitis').length > 0, true, 'a hyphenated word is one word');
  assert.deepEqual(adjectiveKinds('Non bacterial prostatitis'), [], 'never across a negator');
  assert.deepEqual(adjectiveKinds('Chronic disease'), [], 'filler names nothing');
  assert.deepEqual(adjectiveKinds('Infection of the bone'), [], 'a preposition: the head is not last');
  const opts = { truthCodes: truthResolver(tree) };
  assert.ok(isCorrect(judge({ name: 'Ventricular tachycardia' }, truthOf('Monomorphic ventricular tachycardia', opts))));
  assert.ok(!isCorrect(judge({ name: 'Stroke' }, truthOf('Heat stroke', opts))));
  assert.ok(!isCorrect(judge({ name: 'Hypertension' }, truthOf('Portal hypertension', opts))), 'DO knows the name: its is_a links decide');
});

// DO: uveitis (depth 4) > panuveitis > sympathetic ophthalmia; liver disease > hepatic vascular disease > portal
// hypertension (groupings by name); bronchitis lists "chronic bronchitis" as an EXACT synonym.
const eye: Ontologies = {
  ...onto,
  mondo: [{ id: 'MONDO:0005545', label: 'staphylococcus aureus infection', doid: [], icd10: [], synonyms: [], rare: [] }],
  doid: [
    ...chain([['DOID:4', 'disease'], ['DOID:1', 'disease of anatomical entity', 'DOID:4'], ['DOID:2', 'sensory system disease', 'DOID:1'], ['DOID:3', 'eye disease', 'DOID:2'],
      ['DOID:13141', 'uveitis', 'DOID:3'], ['DOID:5', 'panuveitis', 'DOID:13141'],
      ['DOID:77', 'gastrointestinal system disease', 'DOID:1'], ['DOID:78', 'hepatobiliary disease', 'DOID:77'], ['DOID:409', 'liver disease', 'DOID:78'],
      ['DOID:11', 'hepatic vascular disease', 'DOID:409'], ['DOID:10762', 'portal hypertension', 'DOID:11']]),
    { id: 'DOID:12029', name: 'sympathetic ophthalmia', synonyms: ['Sympathetic uveitis'], icd10: ['H44.13'], umls: [], parents: ['DOID:5'] },
    { id: 'DOID:6132', name: 'bronchitis', synonyms: ['chronic bronchitis', 'chest infection'], icd10: [], umls: [], parents: ['DOID:2'] },
  ],
};

test('vocabulary names: a DO name gives its synonyms, a DO synonym only its term\'s name; an organism gives its infection', () => {
  const r = truthResolver(eye);
  assert.deepEqual(r('Sympathetic ophthalmia').names, ['Sympathetic uveitis', 'sympathetic ophthalmia']);
  assert.deepEqual(r('Chronic bronchitis').names, ['bronchitis'], 'matched by a synonym: not the other synonyms');
  assert.deepEqual(r('Infection with Staphylococcus aureus').names, ['staphylococcus aureus infection']);
  assert.deepEqual(r('Staphylococcus aureus').names, ['staphylococcus aureus infection'], 'an organism DO and MONDO know only as its infection');
  const opts = { truthCodes: r };
  assert.ok(isCorrect(judge({ name: 'Sympathetic uveitis' }, truthOf('Sympathetic ophthalmia', opts))));
  assert.ok(!isCorrect(judge({ name: 'X', synonyms: ['Sympathetic uveitis'] }, truthOf('Sympathetic ophthalmia', opts))), "vocabulary names meet the prediction's own name only");
  assert.ok(!isCorrect(judge({ name: 'Acute chest syndrome' }, truthOf('Bronchitis', opts))), 'exact keys: "chest infection" is no "chest syndrome"');
});

test('ancestors: the nearest level a condition names, only when nothing matches more closely; groupings never', () => {
  const r = truthResolver(eye);
  assert.deepEqual(r('Sympathetic ophthalmia').ancestors, [['panuveitis'], ['uveitis']]);
  assert.deepEqual(r('Portal hypertension').ancestors, [], 'hepatic vascular disease and liver disease are groupings');
  const truth = truthOf('Sympathetic ophthalmia', { truthCodes: r });
  assert.deepEqual(acceptedIndices([{ name: 'Keratitis' }, { name: 'Uveitis' }], truth), [1]);
  assert.deepEqual(acceptedIndices([{ name: 'Uveitis' }, { name: 'Panuveitis' }], truth), [1], 'the more specific condition only');
  assert.deepEqual(acceptedIndices([{ name: 'Uveitis' }, { name: 'Sympathetic ophthalmia' }], truth), [1], 'the disease itself: no ancestor');
  assert.ok(!isCorrect(judge({ name: 'Uveitis' }, truth)), 'a grandparent is no pairwise match');
});

// Below panuveitis: iridocyclitis > chronic iridocyclitis > granulomatous chronic iridocyclitis; eye disease > keratitis > herpes
// keratitis. MONDO's "iridocyclitis" cross-references DO's iridocyclitis and (a narrower, unrelated term) herpes keratitis.
const deep: Ontologies = {
  ...eye,
  mondo: [{ id: 'MONDO:9', label: 'iridocyclitis', doid: ['DOID:91', 'DOID:96'], icd10: [], synonyms: [], rare: [] }],
  doid: [
    ...eye.doid,
    ...chain([['DOID:91', 'iridocyclitis', 'DOID:5'], ['DOID:92', 'chronic iridocyclitis', 'DOID:91'], ['DOID:93', 'granulomatous chronic iridocyclitis', 'DOID:92'],
      ['DOID:95', 'keratitis', 'DOID:3'], ['DOID:96', 'herpes keratitis', 'DOID:95']]),
  ],
};

test('ancestors: the is_a walk starts at DO\'s own term, not at MONDO\'s other cross-references', () => {
  const r = truthResolver(deep);
  assert.deepEqual(r('Granulomatous chronic iridocyclitis').ancestors, [['chronic iridocyclitis'], ['iridocyclitis'], ['panuveitis'], ['uveitis']]);
  assert.deepEqual(r('Iridocyclitis').ancestors, [['panuveitis'], ['uveitis']], 'not keratitis, the parent of a term MONDO also lists');
  const truth = truthOf('Granulomatous chronic iridocyclitis', { truthCodes: r });
  assert.deepEqual(acceptedIndices([{ name: 'Uveitis' }, { name: 'Iridocyclitis' }], truth), [1], 'the nearest level a condition names');
  assert.deepEqual(acceptedIndices([{ name: 'Keratitis' }], truthOf('Iridocyclitis', { truthCodes: r })), []);
});
