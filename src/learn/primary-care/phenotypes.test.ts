import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { FindingDef } from '../../core/model.js';
import { codedPhenotypeEntries, coverageReader, hpoSynonyms, parseDoSymptoms, parseFrequency, parseHpoa, phenotypeFindings, phenotypeKnowledge, phenotypeMapper, PHENOTYPE_LEAK_MIN, type HpoTerm, type PhenotypeFinding, type Phenotypes } from './phenotypes.js';

const f = (id: string, name: string, synonyms: string[] = []): FindingDef => ({ id, name, synonyms, kind: 'symptom', valueType: 'binary', leak: 0.01 });
const FINDINGS = [f('seizures', 'seizures', ['seizure']), f('regurgitation', 'regurgitation'), f('fever', 'fever'), f('headache', 'headache'), f('rash', 'skin rash', ['rash'])];
const TERMS = new Map<string, HpoTerm>([
  ['HP:1', { label: 'Seizure', synonyms: [], parents: [] }],
  ['HP:2', { label: 'Focal clonic seizure', synonyms: [], parents: ['HP:1'] }],
  ['HP:3', { label: 'Mitral regurgitation', synonyms: [], parents: [] }],
  ['HP:4', { label: 'Fever', synonyms: ['Pyrexia'], parents: [] }],
]);

test('HPO frequencies, annotations and DO symptom rules parse', () => {
  assert.equal(parseFrequency('HP:0040281'), 0.9);
  assert.equal(parseFrequency('3/4'), (3 + 0.8) / 6); // shrunk toward 0.4 by two patients
  assert.equal(parseFrequency('1/1'), 0.6);
  assert.equal(parseFrequency('20%'), 0.2);
  assert.equal(parseFrequency('HP:0040285'), null);
  const d = parseHpoa('#h\nOMIM:1\tX\t\tHP:4\tr\tIEA\t\tHP:0040281\t\t\tP\tb\nOMIM:1\tX\tNOT\tHP:1\tr\tIEA\t\t\t\t\tP\tb\nOMIM:1\tX\t\tHP:0003577\tr\tIEA\t\t\t\t\tC\tb\n');
  assert.deepEqual(d.get('OMIM:1')!.phenotypes, [{ hpo: 'HP:4', freq: 0.9, frequent: true }]);
  assert.deepEqual(d.get('OMIM:1')!.onsets, ['HP:0003577']);
  const s = parseDoSymptoms('disease_id\tl\ts\tsl\nDOID:1\tx\tSYMP:1\tfever\n', "ID\tLABEL\tR\nDOID:1\tx\t'has symptom' some headache|'has symptom' some 'skin rash'\n");
  assert.deepEqual(s.get('DOID:1'), ['fever', 'headache', 'skin rash']);
});

test('HPO marks an annotation a hallmark from 80 % as stated: the very frequent band and obligate, n/m and percentages before shrinking, never an empty column', () => {
  const line = (term: string, freq: string): string => `OMIM:2\tY\t\t${term}\tr\tIEA\t\t${freq}\t\t\tP\tb`;
  const rows: [string, string][] = [['HP:20', 'HP:0040280'], ['HP:21', 'HP:0040281'], ['HP:22', 'HP:0040282'], ['HP:23', '4/5'], ['HP:24', '3/4'], ['HP:25', '80%'], ['HP:26', '79%'], ['HP:27', '']];
  const d = parseHpoa(`#h\n${rows.map(([t, f]) => line(t, f)).join('\n')}\n`);
  const frequent = d.get('OMIM:2')!.phenotypes.filter((a) => a.frequent).map((a) => a.hpo);
  assert.deepEqual(frequent, ['HP:20', 'HP:21', 'HP:23', 'HP:25']);
  // The frequent band (30-79 %) is no hallmark.
  assert.equal(d.get('OMIM:2')!.phenotypes.find((a) => a.hpo === 'HP:22')!.frequent, false);
});

test('an HPO term maps to the findings its label reads as, or its parent\'s; a partial reading maps to nothing', () => {
  const m = phenotypeMapper(FINDINGS, TERMS);
  assert.deepEqual(m.hpo('HP:1'), ['seizures']);
  assert.deepEqual(m.hpo('HP:2'), ['seizures'], 'borrowed from the is_a parent');
  assert.deepEqual(m.hpo('HP:3'), [], '"regurgitation" alone is not mitral regurgitation');
});

test('DO terms linked to a condition feed it; an unlinked DO term with enough findings becomes a condition', () => {
  const m = phenotypeMapper(FINDINGS, TERMS);
  const ph: Phenotypes = {
    terms: TERMS, files: [],
    diseases: new Map([['OMIM:9', { id: 'OMIM:9', name: 'x', phenotypes: [{ hpo: 'HP:1', freq: 0.9 }], onsets: ['HP:0003577'], inheritance: ['HP:0001419'] }]]),
    doSymptoms: new Map([['DOID:7', ['fever', 'headache']], ['DOID:8', ['fever']]]),
  };
  const pk = phenotypeKnowledge(
    [{ id: 'DOID:7', name: 'new disease', icd10: ['A01.0'] }, { id: 'DOID:8', name: 'linked', icd10: [] }],
    [{ doid: ['DOID:7'], rare: ['OMIM:9'] }], ph, m, new Map([['cond-a', ['DOID:8']]]),
  );
  assert.deepEqual([...pk.existing.get('cond-a')!], [['fever', 0.4]]);
  assert.equal(pk.added.length, 1);
  const c = pk.added[0]!;
  assert.equal(c.id, 'doid-7');
  assert.equal(c.source, 'hpo');
  assert.equal(c.age, 'early');
  assert.equal(c.sex, 'M');
  assert.deepEqual([...c.findings].sort(), [['fever', 0.4], ['headache', 0.4], ['seizures', 0.9]]);
});

test('a linked condition gains one finding per specific HPO phenotype the lexicon cannot read, with a leak from how many diseases list it', () => {
  const terms = new Map<string, HpoTerm>([
    ['HP:0000118', { label: 'Phenotypic abnormality', synonyms: [], parents: [] }],
    ['HP:10', { label: 'Abnormality of the mouth', synonyms: [], parents: ['HP:0000118'] }],
    ['HP:11', { label: 'Cleft palate', synonyms: ['Palatoschisis', 'CP'], parents: ['HP:10'] }],
    ['HP:12', { label: 'Submucous cleft palate', synonyms: [], parents: ['HP:11'] }],
    ['HP:13', { label: 'Fever with rash', synonyms: [], parents: ['HP:0000118'] }],
    ['HP:14', { label: 'Myocardial infarction', synonyms: [], parents: ['HP:0000118'] }],
  ]);
  const diseases = new Map<string, Phenotypes['diseases'] extends ReadonlyMap<string, infer D> ? D : never>(Array.from({ length: 40 }, (_, i) => [`OMIM:${i}`, { id: `OMIM:${i}`, name: 'x', phenotypes: [{ hpo: 'HP:13', freq: 0.5 }], onsets: [], inheritance: [] }] as const));
  diseases.set('ORPHA:1', { id: 'ORPHA:1', name: 'y', phenotypes: [{ hpo: 'HP:12', freq: 0.9 }, { hpo: 'HP:13', freq: 0.5 }, { hpo: 'HP:14', freq: 0.5 }], onsets: [], inheritance: [] });
  const ph: Phenotypes = { terms, diseases, doSymptoms: new Map(), files: [] };
  const read = coverageReader(FINDINGS, 0);
  const out = phenotypeFindings(ph, new Map([['cond-a', ['ORPHA:1', 'OMIM:999']]]), (s) => read(s).length > 0, (s) => /infarction/i.test(s));
  // HP:12 and its parent HP:11 (lifted); not the "Abnormality of" grouping, not "Fever with rash" (the
  // lexicon reads "fever"), not a phenotype that is a condition of the model.
  assert.deepEqual(out.map((p) => [p.id, p.hpo]), [['hp-cleft-palate', 'HP:11'], ['hp-submucous-cleft-palate', 'HP:12']]);
  const cleft = out[0]!;
  assert.deepEqual(cleft.synonyms, ['Palatoschisis'], 'abbreviations under four letters are left out');
  assert.deepEqual([...cleft.conditions], [['cond-a', 0.9]]);
  assert.equal(cleft.leak, Math.max(PHENOTYPE_LEAK_MIN, 1 / 41));
});

test('a condition named frequent-only gains phenotype findings from its frequent annotations alone', () => {
  const terms = new Map<string, HpoTerm>([
    ['HP:0000118', { label: 'Phenotypic abnormality', synonyms: [], parents: [] }],
    ['HP:30', { label: 'Iris coloboma', synonyms: [], parents: ['HP:0000118'] }],
    ['HP:31', { label: 'Cleft palate', synonyms: [], parents: ['HP:0000118'] }],
  ]);
  const diseases = new Map<string, Phenotypes['diseases'] extends ReadonlyMap<string, infer D> ? D : never>(Array.from({ length: 30 }, (_, i) => [`OMIM:${i}`, { id: `OMIM:${i}`, name: 'x', phenotypes: [], onsets: [], inheritance: [] }] as const));
  diseases.set('ORPHA:1', { id: 'ORPHA:1', name: 'y', phenotypes: [{ hpo: 'HP:30', freq: 0.9, frequent: true }, { hpo: 'HP:31', freq: 0.17, frequent: false }], onsets: [], inheritance: [] });
  const ph: Phenotypes = { terms, diseases, doSymptoms: new Map(), files: [] };
  const linked = new Map([['cond-old', ['ORPHA:1']], ['cond-new', ['ORPHA:1']]]);
  const out = phenotypeFindings(ph, linked, () => false, () => false, new Set(['cond-new']));
  const row = (id: string): [string, number][] => [...(out.find((p) => p.id === id)?.conditions ?? [])];
  assert.deepEqual(row('hp-iris-coloboma'), [['cond-new', 0.9], ['cond-old', 0.9]]);
  assert.deepEqual(row('hp-cleft-palate'), [['cond-old', 0.17]], 'the occasional sign stays with the existing condition only');
});

test('HPO names are lent to a finding only by its own concept, and never a disease name', () => {
  const findings = [...FINDINGS, f('anticoagulant-use', 'anticoagulant use', ['anticoagulant']), f('vomiting', 'vomiting')];
  const terms = new Map<string, HpoTerm>([
    ['HP:4', { label: 'Fever', synonyms: ['Pyrexia', 'Hyperthermia'], parents: [] }],
    ['HP:5', { label: 'Lupus anticoagulant', synonyms: ['Antiphospholipid antibody'], parents: [] }],
    ['HP:6', { label: 'Vomiting', synonyms: ['Emesis', 'Gastroenteritis'], parents: [] }],
  ]);
  const m = phenotypeMapper(findings, terms);
  const out = hpoSynonyms(terms, m, findings, new Set(['gastroenteritis']));
  assert.deepEqual(out.get('fever'), ['Fever', 'Pyrexia', 'Hyperthermia']);
  assert.deepEqual(out.get('vomiting'), ['Vomiting', 'Emesis']);
  assert.equal(out.has('anticoagulant-use'), false);
});

test('an HPO synonym that is already another finding\'s term stays that finding\'s (bloating is not distention)', () => {
  const findings = [f('abdominal-distention', 'abdominal distention'), f('stomach-bloating', 'stomach bloating', ['bloating']), f('vomiting', 'vomiting')];
  const terms = new Map<string, HpoTerm>([
    ['HP:7', { label: 'Abdominal distention', synonyms: ['Bloating', 'Belly swelling'], parents: [] }],
    ['HP:6', { label: 'Vomiting', synonyms: ['Emesis'], parents: [] }],
  ]);
  const out = hpoSynonyms(terms, phenotypeMapper(findings, terms), findings);
  assert.deepEqual(out.get('abdominal-distention'), ['Abdominal distention', 'Belly swelling']);
  assert.deepEqual(out.get('vomiting'), ['Vomiting', 'Emesis']);
  assert.equal(out.has('stomach-bloating'), false);
});

test('coded candidates make no phenotype finding of their own and enter with at least three of the existing ones', () => {
  const pf = (id: string, conds: [string, number][]): PhenotypeFinding => ({ id, hpo: id, name: id, synonyms: [], leak: 0.01, conditions: new Map(conds) });
  const pfs = [
    pf('hp-a', [['old', 0.5], ['new3', 0.9], ['new2', 0.9]]), pf('hp-b', [['old', 0.5], ['new3', 0.5]]),
    pf('hp-c', [['other', 0.4], ['new3', 0.4], ['new2', 0.4]]), pf('hp-only-new', [['new3', 0.9], ['new2', 0.9]]),
  ];
  const { findings, enter } = codedPhenotypeEntries(pfs, new Set(['new3', 'new2']));
  assert.deepEqual(findings.map((f) => f.id), ['hp-a', 'hp-b', 'hp-c'], 'a phenotype only candidates list makes no finding');
  assert.deepEqual([...enter], ['new3'], 'three existing findings let a candidate in; two do not');
  assert.deepEqual(codedPhenotypeEntries(pfs, new Set()).findings.length, 4, 'without candidates every phenotype stays');
});
