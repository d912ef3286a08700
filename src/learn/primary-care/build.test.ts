import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { InputError, type Issue } from '../../core/issues.js';
import { validateModel } from '../../core/validate-model.js';
import { readModelArtifact } from '../artifact.js';
import { buildPrimaryCareModel, COLUMBIA_LEAK, heldAncestor, SMALL_SAMPLE_CAP, smallSampleCap } from './build.js';
import { loadKnowledge, type Knowledge } from './knowledge.js';
import type { SymcatData } from './sources.js';

const MODEL = join(process.cwd(), 'models', 'primary-care.json');
const KNOWLEDGE = join(process.cwd(), 'knowledge', 'primary-care');

test('the committed primary-care model validates, has its hash, >= 800 conditions and >= 100 priced tests', () => {
  const m = readModelArtifact(MODEL);
  assert.ok(m.conditions.length >= 800);
  const tests = m.actions.filter((a) => a.kind !== 'question');
  assert.ok(tests.length >= 100);
  for (const t of tests) assert.ok('priceUsd' in t && t.priceUsd > 0, t.id);
});

test('every can\'t-miss condition has next steps with a confirmatory test', () => {
  const m = readModelArtifact(MODEL);
  const cm = m.conditions.filter((c) => c.cantMiss);
  assert.ok(cm.length >= 9);
  for (const id of ['heart-attack', 'pulmonary-embolism', 'aortic-dissection', 'sepsis', 'meningitis', 'ectopic-pregnancy', 'appendicitis', 'stroke', 'subarachnoid-hemorrhage']) {
    assert.ok(cm.some((c) => c.id === id), id);
  }
  for (const c of cm) {
    assert.ok(c.nextSteps, c.id);
    assert.ok(c.nextSteps.firstStep.startsWith('Consider'), c.id);
  }
  const authored = cm.filter((c) => c.nextSteps?.authored);
  assert.ok(authored.length >= 15);
  for (const c of authored) assert.ok(c.nextSteps!.confirm.length > 0, c.id);
});

test('lab findings carry concept codes', () => {
  const m = readModelArtifact(MODEL);
  for (const id of ['troponin-high', 'd-dimer-high', 'lipase-high', 'hcg-positive', 'urine-nitrite-positive', 'fever', 'hypoxemia']) {
    const f = m.findings.find((x) => x.id === id);
    assert.ok(f?.codes?.some((c) => c.system === 'https://ddx.dev/concept' && c.code === id), id);
  }
});

// A tiny synthetic source set, so bad knowledge can be tested without ../shared.
function tinyInput(mutate: (k: Knowledge) => Knowledge) {
  const k = loadKnowledge(KNOWLEDGE);
  const used = new Set(['cough', ...k.authored.conditions.flatMap((c) => Object.keys(c.findings)).filter((f) => !(f in k.catalog.findings))]);
  const symcat: SymcatData = {
    conditions: [...new Set([...k.conditions.keys(), ...Object.values(k.catalog.findings).flatMap((f) => Object.keys(f.sens))])].filter((id) => !k.authored.conditions.some((a) => a.id === id)).sort().map((slug) => ({ slug, name: slug, symptoms: new Map([...used].map((s) => [s, 30] as const)), ageRisk: [1, 1, 1, 1, 1, 1, 1, 1], sexRisk: [1, 1] })),
    symptomNames: new Map([...used].map((s) => [s, s] as const)),
  };
  const clfs = new Map<string, number>();
  const testPrices = new Map<string, number>();
  for (const t of k.catalog.tests) {
    if (t.price === 'clfs') clfs.set(t.code!, 10);
    if (t.price === 'test-prices') testPrices.set(t.priceProxyCode ?? t.code!, 100);
  }
  const rf = k.redFlags as { rules: unknown[]; references: unknown };
  // Breadth lines reference SymCat symptoms the tiny source lacks; tests that need them add their own.
  const knowledge = mutate({ ...k, breadth: [], authoredFindings: k.authoredFindings.filter((f) => f.name !== '-'), columbia: { diseases: {}, symptoms: {}, dropSymptoms: [] }, redFlags: { ...rf, rules: [] } });
  return { symcat, columbia: [], prices: { clfs, testPrices }, knowledge, trainingFiles: [] };
}

function issuesOf(f: () => unknown): string[] {
  try {
    f();
  } catch (e) {
    if (e instanceof InputError) return e.issues.map((i) => `${i.path} ${i.code}`);
    throw e;
  }
  return [];
}

test('a tiny build from the knowledge files validates', () => {
  const m = buildPrimaryCareModel(tinyInput((k) => k));
  assert.ok(validateModel(m).ok);
});

test('a test without a price fails the build with file and path', () => {
  const got = issuesOf(() => buildPrimaryCareModel(tinyInput((k) => ({ ...k, catalog: { ...k.catalog, tests: [...k.catalog.tests, { id: 'test:x', name: 'x', kind: 'test', system: 'CPT', code: '99999', price: 'clfs', reveals: ['troponin-high'] }] } }))));
  assert.ok(got.some((s) => s.startsWith('tests.json:$.tests[') && s.endsWith('price')), got.join('\n'));
});

test('a probability outside [0,1] fails the build with file and path', () => {
  const got = issuesOf(() => buildPrimaryCareModel(tinyInput((k) => {
    const f = k.catalog.findings['troponin-high']!;
    return { ...k, catalog: { ...k.catalog, findings: { ...k.catalog.findings, 'troponin-high': { ...f, spec: 1.4, sens: { ...f.sens, 'heart-attack': [1.2, 'reichlin2009'] } } } } };
  })));
  assert.ok(got.includes('tests.json:$.findings["troponin-high"].spec probability'), got.join('\n'));
  assert.ok(got.includes('tests.json:$.findings["troponin-high"].sens["heart-attack"][0] probability'), got.join('\n'));
});

test('a finding referenced but undefined fails the build with file and path', () => {
  const got = issuesOf(() => buildPrimaryCareModel(tinyInput((k) => ({ ...k, catalog: { ...k.catalog, tests: [...k.catalog.tests, { id: 'test:y', name: 'y', kind: 'test', system: 'CPT', code: '84484', price: 'clfs', reveals: ['no-such-finding'] }] } }))));
  assert.ok(got.includes('tests.json:$.tests[129].reveals[0] reference') || got.some((s) => s.includes('.reveals[0] reference')), got.join('\n'));
});

test('the model file exists (built by ddx learn primary-care)', () => {
  assert.ok(existsSync(MODEL));
  assert.match(readFileSync(MODEL, 'utf8').slice(0, 200), /"actions"/);
});

test('the model\'s red-flag rules fire on the documented combinations and not on parts of them', async () => {
  const { firedRedFlags } = await import('../../core/triage.js');
  const m = readModelArtifact(MODEL);
  const ids = (fs: string[]): string[] => firedRedFlags(m.redFlags ?? [], new Set(fs)).map((r) => r.id).sort();
  assert.deepEqual(ids(['fever', 'headache']), []);
  assert.ok(ids(['fever', 'headache', 'neck-stiffness-or-tightness']).includes('meningism'));
  assert.ok(ids(['focal-weakness', 'slurring-words']).includes('stroke-signs'));
  assert.ok(ids(['hcg-positive', 'pelvic-pain']).includes('ectopic'));
  assert.deepEqual(ids(['hcg-positive']), []);
  assert.ok(ids(['fever', 'hypotension']).includes('sepsis-signs'));
});

test('a finding\'s exposure (tests.json field, authored-findings.tsv fifth column) reaches the model; a bad value fails with file and path', async () => {
  const { parseAuthoredFindings } = await import('./knowledge.js');
  const m = readModelArtifact(MODEL);
  const byId = new Map(m.findings.map((f) => [f.id, f.exposure]));
  assert.equal(byId.get('nsaid-use'), 'current');
  assert.equal(byId.get('recent-antibiotics'), 'course');
  assert.equal(byId.get('recent-surgery-or-immobilization'), 'recent-procedure');
  assert.equal(byId.get('abusing-alcohol'), 'lifetime');
  assert.equal(byId.get('fever'), undefined);
  const issues: Issue[] = [];
  const rows = parseAuthoredFindings('a-use\thistory\tA use\ta drug\tcurrent\nb-hx\thistory\tB\tb\n', 'authored-findings.tsv', issues);
  assert.equal(issues.length, 0);
  assert.deepEqual(rows.map((r) => r.exposure), ['current', undefined]);
  parseAuthoredFindings('c-use\thistory\tC use\tc\tsometimes\n', 'authored-findings.tsv', issues);
  assert.deepEqual(issues.map((i) => `${i.path} ${i.code}`), ['authored-findings.tsv:1 format']);
  const got = issuesOf(() => buildPrimaryCareModel(tinyInput((k) => {
    const f = k.catalog.findings['troponin-high']!;
    return { ...k, catalog: { ...k.catalog, findings: { ...k.catalog.findings, 'troponin-high': { ...f, exposure: 'often' as never } } } };
  })));
  assert.ok(got.includes('tests.json:$.findings["troponin-high"].exposure format'), got.join('\n'));
});

test('breadth conditions: frequency classes become likelihoods, prevalence scales the prior, bad lines fail with file and line', async () => {
  const { parseBreadth } = await import('./knowledge.js');
  const issues: Issue[] = [];
  const text = '@ref\tr1\tAuthor A 2020, Title, Journal\nnew-cond\tNew condition\tX00\t3\troutine\tn\tr\tadult\tb\tr1\tcough:T|fever:O\tsyn one\n';
  const { refs, rows } = parseBreadth(text, 'authored-conditions.tsv', issues);
  assert.equal(issues.length, 0);
  const conditions = new Map(loadKnowledge(KNOWLEDGE).conditions);
  conditions.set('new-cond', rows[0]!.facts!);
  const m = buildPrimaryCareModel(tinyInput((k) => ({ ...k, conditions, breadth: rows, breadthRefs: refs, prevalence: new Map([['new-cond', 'r' as const]]) })));
  assert.equal(m.likelihoods['cough']!['new-cond']![0], 0.8);
  assert.equal(m.likelihoods['fever']!['new-cond']![0], 0.25);
  const c = m.conditions.find((x) => x.id === 'new-cond')!;
  assert.deepEqual(c.synonyms, ['syn one']);
  assert.equal(c.prior[3]![0], 0.55); // adult profile 15-29 = 1, both sexes 1, rare = 0.55
  const bad = issuesOf(() => buildPrimaryCareModel(tinyInput((k) => ({ ...k, conditions, breadth: [{ ...rows[0]!, findings: [['no-such-finding', 'T']] }], breadthRefs: refs }))));
  assert.ok(bad.includes('authored-conditions.tsv:2:findings reference'), bad.join('\n'));
  parseBreadth('x\tX\t-\t3\troutine\tn\tu\tadult\tb\tr1\tcough:Q\t\n', 'authored-conditions.tsv', issues);
  assert.ok(issues.some((i) => i.path === 'authored-conditions.tsv:1:findings'));
});

test('a SymCat list with the signature of a tiny sample is capped; a graded list is not', () => {
  assert.equal(smallSampleCap([91, 91, 91, 91, 91, 91]), SMALL_SAMPLE_CAP);
  assert.equal(smallSampleCap([77, 11, 11, 77, 11]), SMALL_SAMPLE_CAP);
  assert.equal(smallSampleCap([53, 35, 28, 28, 23]), 1);
  assert.equal(smallSampleCap([90, 90, 90]), 1, 'three symptoms are too few to tell');
});

test('every SymCat condition of the committed model lists some history or examination finding', () => {
  const m = readModelArtifact(MODEL);
  const clinical = new Set(m.findings.filter((f) => f.kind === 'symptom' || f.kind === 'sign' || f.kind === 'history').map((f) => f.id));
  const listed = new Set<string>();
  for (const [fid, row] of Object.entries(m.likelihoods)) if (clinical.has(fid)) for (const cid of Object.keys(row)) listed.add(cid);
  const bare = m.conditions.filter((c) => !listed.has(c.id)).map((c) => c.id);
  assert.deepEqual(bare, []);
});

test('a non-specific Columbia finding (pain) leaks by how common it is; a specific one keeps the floor', () => {
  const m = readModelArtifact(MODEL);
  const leak = (id: string): number => { const f = m.findings.find((x) => x.id === id); return f && f.valueType === 'binary' ? f.leak : NaN; };
  assert.ok(leak('umls-c0030193') > 3 * COLUMBIA_LEAK, 'pain');
  assert.equal(leak('umls-c0232267'), COLUMBIA_LEAK, 'pericardial friction rub');
});

test('exposures a history states are read and weigh by how common they are (smoking, alcohol use disorder)', async () => {
  const { buildLexicon, extractFindings } = await import('../../intake/notes/index.js');
  const m = readModelArtifact(MODEL);
  const lex = buildLexicon(m);
  const read = (text: string): string[] => {
    const r = extractFindings(text, lex);
    assert.ok(r.ok);
    return r.value.findings.flatMap((o) => ('present' in o && (o.id === 'tobacco-smoking' || o.id === 'abusing-alcohol') ? [`${o.present ? '' : '-'}${o.id}`] : []));
  };
  assert.deepEqual(read('He has a 30-pack-year smoking history.'), ['tobacco-smoking']);
  assert.deepEqual(read('He has smoked 1 pack of cigarettes daily for 20 years.'), ['tobacco-smoking']);
  assert.deepEqual(read('She does not smoke.'), ['-tobacco-smoking']);
  assert.deepEqual(read('He drinks alcohol socially.'), []);
  assert.deepEqual(read('He has chronic alcoholism.'), ['abusing-alcohol']);
  const f = m.findings.find((x) => x.id === 'tobacco-smoking');
  assert.ok(f && f.valueType === 'binary' && f.leak === 0.15);
  const row = m.likelihoods['tobacco-smoking'] ?? {};
  const p = (cid: string): number => { const v = row[cid]; return Array.isArray(v) ? v[0]! : NaN; };
  assert.ok(p('chronic-obstructive-pulmonary-disease-copd') >= 0.8 && p('stroke') < p('bladder-cancer'));
  assert.equal(row['smoking-or-tobacco-addiction'], undefined, 'the exposure itself is not a disease it causes');
});

test('a stated diabetes or HIV reads from the history; diabetes links to its complications, not to itself', async () => {
  const { buildLexicon, extractFindings } = await import('../../intake/notes/index.js');
  const m = readModelArtifact(MODEL);
  const lex = buildLexicon(m);
  const read = (text: string, id: string): string[] => {
    const r = extractFindings(text, lex);
    assert.ok(r.ok);
    return r.value.findings.flatMap((o) => ('present' in o && o.id === id ? [`${o.present ? '' : '-'}${o.id}`] : []));
  };
  assert.deepEqual(read('She has type 2 diabetes mellitus.', 'diabetes-history'), ['diabetes-history']);
  assert.deepEqual(read('His father has diabetes.', 'diabetes-history'), []);
  assert.deepEqual(read('He has HIV.', 'hiv-test-positive'), ['hiv-test-positive']);
  assert.deepEqual(read('An HIV test is negative.', 'hiv-test-positive'), ['-hiv-test-positive']);
  const row = m.likelihoods['diabetes-history'] ?? {};
  assert.ok(row['diabetic-kidney-disease'] !== undefined);
  assert.equal(row['type-2-diabetes'], undefined);
  const f = m.findings.find((x) => x.id === 'diabetes-history');
  assert.ok(f && f.valueType === 'binary' && f.leak > 0.1);
});

test('exposure rules on the built model: a longer condition name, an allergy, a stopped medicine and a dated surgery are not exposures', async () => {
  const { buildLexicon, extractFindings } = await import('../../intake/notes/index.js');
  const m = readModelArtifact(MODEL);
  const lex = buildLexicon(m);
  const ids = new Set(['diabetes-history', 'cat-exposure', 'lithium-use', 'tobacco-smoking', 'recent-surgery-or-immobilization', 'nsaid-use']);
  const read = (text: string): string[] => {
    const r = extractFindings(text, lex);
    assert.ok(r.ok);
    return r.value.findings.flatMap((o) => ('present' in o && ids.has(o.id) ? [`${o.present ? '' : '-'}${o.id}`] : []));
  };
  assert.deepEqual(read('He has nephrogenic diabetes insipidus.'), []);
  assert.deepEqual(read('She has type 2 diabetes mellitus.'), ['diabetes-history']);
  assert.deepEqual(read('She is not allergic to cats.'), []);
  assert.deepEqual(read('She has a cat.'), ['cat-exposure']);
  assert.deepEqual(read('He stopped taking lithium 3 years ago.'), []);
  assert.deepEqual(read('He takes lithium.'), ['lithium-use']);
  assert.deepEqual(read('He quit smoking 20 years ago.'), ['tobacco-smoking']);
  assert.deepEqual(read('She had a hip replacement 5 days ago.'), ['recent-surgery-or-immobilization']);
  assert.deepEqual(read('She had a hip replacement 10 years ago.'), []);
  assert.deepEqual(read('Avoid NSAIDs.'), []);
});

test('cardinal signs reach their textbook causes; a lay label\'s clinical term reads it unless it already read as a phenotype', async () => {
  const { buildLexicon, extractFindings } = await import('../../intake/notes/index.js');
  const m = readModelArtifact(MODEL);
  const p = (f: string, c: string): number | undefined => m.likelihoods[f]?.[c]?.[0];
  assert.equal(p('rlq-tenderness', 'appendicitis'), 0.8);
  assert.equal(p('ruq-tenderness', 'cholecystitis'), 0.8);
  assert.equal(p('fasciculations', 'amyotrophic-lateral-sclerosis-als'), 0.8);
  assert.equal(p('s3-gallop', 'heart-failure'), 0.5);
  // filling gaps only: Columbia's value (0.38) stays where the sign rows say C (0.5)
  assert.equal(p('umls-c0232257', 'aortic-valve-disease'), 0.38);
  const lex = buildLexicon(m);
  const ids = (t: string): string[] => { const r = extractFindings(t, lex); return r.ok ? r.value.findings.map((f) => f.id) : []; };
  assert.deepEqual(ids('He reports low libido.'), ['loss-of-sex-drive']);
  assert.deepEqual(ids('The child has otorrhea.'), ['pus-draining-from-ear']);
  assert.deepEqual(ids('She has a dry mouth.'), ['hp-xerostomia']);
});

test('threshold-defined conditions (fourteenth session): each has its ICD-10-CM code, its defining value links to it, and a note giving that value ranks it in the top 3', async () => {
  const { buildLexicon, extractFindings } = await import('../../intake/notes/index.js');
  const { compileModel } = await import('../../core/compile.js');
  const { beliefFromCase } = await import('../../core/posterior.js');
  const { diagnoseBelief } = await import('../../core/diagnose.js');
  const m = readModelArtifact(MODEL);
  const p = (f: string, c: string): number | undefined => m.likelihoods[f]?.[c]?.[0];
  const icd = (id: string): readonly string[] => m.conditions.find((c) => c.id === id)?.icd10 ?? [];
  assert.deepEqual(icd('prediabetes'), ['R73.03']);
  assert.deepEqual(icd('asymptomatic-bacteriuria'), ['R82.71']);
  assert.deepEqual(icd('male-hypogonadism'), ['E29.1']);
  for (const [f, c] of [['bicarbonate-low', 'metabolic-acidosis'], ['bicarbonate-high', 'metabolic-alkalosis'], ['pco2-low', 'respiratory-alkalosis'], ['abg-hypercapnia', 'respiratory-acidosis'],
    ['phosphate-low', 'hypophosphatemia'], ['phosphate-high', 'hyperphosphatemia'], ['magnesium-high', 'hypermagnesemia'], ['triglycerides-high', 'hypertriglyceridemia'], ['urine-culture-positive', 'asymptomatic-bacteriuria'],
    ['ldl-high', 'mixed-hyperlipidemia'], ['triglycerides-high', 'mixed-hyperlipidemia']] as const) {
    assert.ok((p(f, c) ?? 0) >= 0.9, `${f} -> ${c}`);
  }
  // prediabetes is an HbA1c below the diabetic threshold: a raised (diabetic) HbA1c speaks against it
  assert.ok((p('hba1c-high', 'prediabetes') ?? 1) < (p('hba1c-high', 'type-2-diabetes') ?? 0));
  const lex = buildLexicon(m);
  const cm = compileModel(m);
  const top3 = (note: string, age: number, sex: 'female' | 'male'): string[] => {
    const r = extractFindings(note, lex, { age, sex });
    assert.ok(r.ok);
    const d = diagnoseBelief(beliefFromCase(cm, { age, sex, findings: r.value.findings }), { mode: 'no-budget', maxDifferential: 10 });
    return d.differential.slice(0, 3).map((e) => e.conditionId);
  };
  assert.ok(top3('Blood gas: pH 7.53, HCO3 37 mmol/L, pCO2 47 mmHg. Chloride 88.', 50, 'female').includes('metabolic-alkalosis'));
  assert.ok(top3('Triglycerides 540 mg/dL, LDL 110 mg/dL.', 52, 'male').includes('hypertriglyceridemia'));
  // mixed (combined) hyperlipidaemia, E78.2, is raised cholesterol and raised triglycerides together
  assert.ok(top3('Triglycerides 420 mg/dL, LDL 190 mg/dL.', 52, 'male').includes('mixed-hyperlipidemia'));
  assert.ok(top3('Magnesium 4.8 mg/dL, creatinine 3.1 mg/dL.', 80, 'female').includes('hypermagnesemia'));
});

test('a coded condition under a disease the model holds is a subtype: its nearest held DO ancestor at disease depth, never a grouping', () => {
  // DOID:0 root -> 1 -> 2 -> 3 groupings; 4 a disease (depth 4) -> 5 -> 6 a subtype two levels below; 7 under grouping 3 only.
  const t = (id: number, parents: number[]): { id: string; name: string; synonyms: string[]; icd10: string[]; umls: string[]; parents: string[] } =>
    ({ id: `DOID:${id}`, name: `d${id}`, synonyms: [], icd10: [], umls: [], parents: parents.map((p) => `DOID:${p}`) });
  const doid = [t(0, []), t(1, [0]), t(2, [1]), t(3, [2]), t(4, [3]), t(5, [4]), t(6, [5]), t(7, [3])];
  const held = heldAncestor({ doid }, new Set(['DOID:4', 'DOID:3']));
  assert.equal(held('DOID:6'), 'DOID:4', 'two levels up is still a subtype');
  assert.equal(held('DOID:5'), 'DOID:4');
  assert.equal(held('DOID:7'), undefined, 'a grouping (depth 3) the model is linked to holds no subtype');
  assert.equal(held('DOID:4'), undefined, 'a term is not its own ancestor');
});

test('the coded conditions of the committed model (doid- ids) list at least three phenotype findings, each one an existing condition lists too', () => {
  const m = readModelArtifact(MODEL);
  const coded = new Set(m.conditions.filter((c) => c.id.startsWith('doid-')).map((c) => c.id));
  assert.ok(coded.size > 100, `${coded.size} coded conditions`);
  const count = new Map<string, number>();
  for (const [fid, row] of Object.entries(m.likelihoods)) {
    const ids = Object.keys(row);
    if (!ids.some((c) => coded.has(c))) continue;
    // An organism finding (organisms.ts) is the condition's own test, from DO's definition of that condition: a
    // coded condition may list its organism alone ("Lassa virus detected"); it is read from notes, never asked.
    if (fid.startsWith('organism-')) continue;
    assert.ok(fid.startsWith('hp-'), `${fid}: a coded condition lists a phenotype finding only`);
    assert.ok(ids.some((c) => !coded.has(c)), `${fid}: listed by coded conditions alone`);
    for (const c of ids) if (coded.has(c)) count.set(c, (count.get(c) ?? 0) + 1);
  }
  const few = [...coded].filter((c) => (count.get(c) ?? 0) < 3);
  assert.deepEqual(few, []);
});
