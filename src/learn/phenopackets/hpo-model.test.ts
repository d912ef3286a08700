import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compileModel } from '../../core/compile.js';
import { initialBelief, observe, posterior } from '../../core/posterior.js';
import { validateModel } from '../../core/validate-model.js';
import { canonicalJson, withContentHash } from '../artifact.js';
import { parseJsonl, parsePhenopacket } from './cases.js';
import { parseHpoa } from './hpoa.js';
import { DERIVED_PROFILE_SYSTEM, TRAINING_CASES_SYSTEM, learnHpoModel } from './hpo-model.js';
import { parseObo } from './obo.js';
import { TINY_OBO } from './obo.test.js';
import { createTermMapper } from './terms.js';

const HPOA = [
  'DatabaseID\tDiseaseName\tQualifier\tHPO_ID\tReference\tEvidence\tOnset\tFrequency\tSex\tModifier\tAspect\tBiocuration',
  'OMIM:1\tFocal epilepsy\t\tHP:0007359\tx\tTAS\t\tHP:0040281\t\t\tP\tx',
  'OMIM:1\tFocal epilepsy\tNOT\tHP:0002069\tx\tTAS\t\t\t\t\tP\tx',
  'OMIM:2\tGeneralized epilepsy\t\tHP:0002069\tx\tTAS\t\t1/2\t\t\tP\tx',
  'OMIM:2\tGeneralized epilepsy\t\tHP:0003581\tx\tTAS\t\t\t\t\tC\tx',
  'ORPHA:3\tOld seizures\t\tHP:0009999\tx\tTAS\t\t\t\t\tP\tx',
].join('\n');
const CASES = '{"id":"PMID_1_a","sex":"MALE","age":"P3Y","diseases":[{"id":"OMIM:2","label":"Generalized epilepsy"}],"present_hpo":["HP:0002069"],"excluded_hpo":[],"genes":["GENEB"]}';

function learn(params: { caseWeight?: number; absentWeight?: number; publicationPower?: number; publicationShrink?: number; absentAnnotation?: number; xlrFemaleFactor?: number; ratioPower?: number; relativeCredit?: number; relativeScope?: number } = {}, cases = CASES): ReturnType<typeof learnHpoModel>['model'] {
  const ontology = parseObo(TINY_OBO);
  const inputs = {
    ontology, mapper: createTermMapper(ontology, {}), annotations: parseHpoa(HPOA), geneLinks: new Map([['OMIM:1', new Set(['GENEA'])]]),
    mondo: new Map([['OMIM:1', ['MONDO:1']], ['ORPHA:3', ['MONDO:1']]]), train: parseJsonl(cases, parsePhenopacket).items, training: [],
  };
  return learnHpoModel(inputs, { ratioPower: 1, ...params, priceOf: () => ({ priceUsd: 100, source: 'test' }) }).model;
}

test('the HPO model is valid and byte-identical for the same input', () => {
  assert.equal(canonicalJson(withContentHash(learn())), canonicalJson(withContentHash(learn())));
  const r = validateModel(withContentHash(learn()));
  assert.ok(r.ok, JSON.stringify(r.issues.slice(0, 3)));
});

test('every annotated disease is a condition; seen diseases are marked; obsolete ids resolve; ORPHA twins carry the OMIM id', () => {
  const m = learn();
  assert.deepEqual(m.conditions.map((c) => c.id), ['OMIM:1', 'OMIM:2', 'ORPHA:3']);
  const code = (id: string, system: string): string | undefined => m.conditions.find((c) => c.id === id)!.codes?.find((x) => x.system === system)?.code;
  assert.equal(code('OMIM:2', TRAINING_CASES_SYSTEM), '1');
  assert.equal(code('OMIM:1', TRAINING_CASES_SYSTEM), undefined);
  assert.equal(code('ORPHA:3', 'OMIM'), 'OMIM:1');
  // HP:0009999 is obsolete, replaced by focal seizures HP:0007359.
  assert.ok(m.likelihoods['HP:0007359']!['ORPHA:3']);
  assert.ok(m.findings.find((f) => f.id === 'HP:0007359')!.codes!.some((c) => c.code === 'HP:0009999'));
});

test('frequencies, NOT annotations and cases as pseudo-counts shape the ranking', () => {
  const cm = compileModel(learn());
  const post = (obs: { id: string; present: boolean }[]): Float64Array => posterior(observe(initialBelief(cm, 30, 'female'), obs));
  const odds = (p: Float64Array): number => p[cm.conditionIndex.get('OMIM:1')!]! / p[cm.conditionIndex.get('OMIM:2')!]!;
  const base = odds(post([]));
  // Focal seizures (annotated very frequent) raise OMIM:1 against OMIM:2; generalized seizures (NOT for OMIM:1) lower it.
  assert.ok(odds(post([{ id: 'HP:0007359', present: true }])) > base);
  assert.ok(odds(post([{ id: 'HP:0002069', present: true }])) < base / 10);
  const m = learn({ caseWeight: 2, absentWeight: 0 });
  const p2 = m.likelihoods['HP:0002069']!['OMIM:2']![0]!;
  // (2 x 0.5 + 1) / (2 + 1): with caseWeight 2 the annotation prior counts as two cases.
  assert.ok(Math.abs(p2 - 2 / 3) < 1e-3, String(p2));
  const leak = (m.findings.find((f) => f.id === 'HP:0002069') as { leak: number }).leak;
  assert.ok(m.likelihoods['HP:0002069']!['OMIM:1']![0]! < leak / 10);
  // Adult onset: the child bands carry less prior than the adult bands.
  const prior = m.conditions.find((c) => c.id === 'OMIM:2')!.prior;
  assert.ok(prior[2]![0]! < prior[4]![0]!);
});

test('expected features the record does not report count against a disease; a reported one takes its factor back', () => {
  const plain = learn({ absentWeight: 0 });
  const withAbsent = learn({ absentWeight: 0.1 });
  // OMIM:1's most specific listed term, focal seizures, very frequent (0.9): P rises to 0.9 / (1 - 0.09).
  const p0 = plain.likelihoods['HP:0007359']!['OMIM:1']![0]!;
  const p1 = withAbsent.likelihoods['HP:0007359']!['OMIM:1']![0]!;
  assert.ok(Math.abs(p1 - p0 / (1 - 0.1 * p0)) < 2e-3, `${p0} ${p1}`);
  // ... and its prior falls by P / P', so observing the term leaves the score where the plain model has it.
  const prior = (m: typeof plain): number => m.conditions.find((c) => c.id === 'OMIM:1')!.prior[4]![0]!;
  assert.ok(Math.abs(prior(withAbsent) / prior(plain) - p0 / p1) < 1e-3);
  const score = (m: typeof plain, obs: { id: string; present: boolean }[]): number => {
    const cm = compileModel(m);
    const p = posterior(observe(initialBelief(cm, 30, 'female'), obs));
    return Math.log(p[cm.conditionIndex.get('OMIM:1')!]! / p[cm.conditionIndex.get('OMIM:2')!]!);
  };
  const seizure = [{ id: 'HP:0007359', present: true }];
  assert.ok(score(withAbsent, []) < score(plain, []));
  assert.ok(score(withAbsent, seizure) - score(plain, seizure) > score(withAbsent, []) - score(plain, []));
});

test('cases of one publication count together: with publicationPower 1 two cases of one paper weigh as one', () => {
  const two = `${CASES}\n${CASES.replace('PMID_1_a', 'PMID_1_b')}`;
  const p = (pp: number): number => learn({ caseWeight: 2, absentWeight: 0, publicationPower: pp }, two).likelihoods['HP:0002069']!['OMIM:2']![0]!;
  assert.ok(Math.abs(p(0) - (2 * 0.5 + 2) / (2 + 2)) < 1e-3, String(p(0)));
  assert.ok(Math.abs(p(1) - (2 * 0.5 + 1) / (2 + 1)) < 1e-3, String(p(1)));
  const otherPaper = `${CASES}\n${CASES.replace('PMID_1_a', 'PMID_2_a')}`;
  assert.ok(Math.abs(learn({ caseWeight: 2, absentWeight: 0, publicationPower: 1 }, otherPaper).likelihoods['HP:0002069']!['OMIM:2']![0]! - p(0)) < 1e-3);
});

test('publicationShrink: an annotated disease\'s cases from p publications count p / (p + s); off (0) leaves the model and manifest as before', () => {
  const onePaper = `${CASES}\n${CASES.replace('PMID_1_a', 'PMID_1_b')}`;
  const twoPapers = `${CASES}\n${CASES.replace('PMID_1_a', 'PMID_2_a')}`;
  const p = (s: number, cases: string): number => learn({ caseWeight: 2, absentWeight: 0, publicationPower: 0, publicationShrink: s }, cases).likelihoods['HP:0002069']!['OMIM:2']![0]!;
  // Annotated 1/2, two cases record the term: off (2 x 0.5 + 2) / (2 + 2).
  assert.ok(Math.abs(p(0, onePaper) - 0.75) < 1e-3);
  // One publication, s 1: the cases count 1/2 -> (1 + 1) / (2 + 1); two publications: 2/3 -> (1 + 4/3) / (2 + 4/3).
  assert.ok(Math.abs(p(1, onePaper) - 2 / 3) < 1e-3, String(p(1, onePaper)));
  assert.ok(Math.abs(p(1, twoPapers) - (1 + 4 / 3) / (2 + 4 / 3)) < 1e-3, String(p(1, twoPapers)));
  assert.equal(canonicalJson(withContentHash(learn({ publicationShrink: 0 }))), canonicalJson(withContentHash(learn())));
  assert.equal('publicationShrink' in (learn().manifest.parameters ?? {}), false);
  assert.equal((learn({ publicationShrink: 1 }).manifest.parameters as Record<string, unknown>)['publicationShrink'], 1);
});

test('absentAnnotation: a seen annotated disease expects a term only its cases record at its background only; the listed support stays', () => {
  // OMIM:2 is annotated with generalized seizures (1/2); its case also records focal seizures, which its annotations lack.
  const cases = CASES.replace('"present_hpo":["HP:0002069"]', '"present_hpo":["HP:0002069","HP:0007359"]');
  const off = learn({ absentWeight: 0.6 }, cases);
  const on = learn({ absentWeight: 0.6, absentAnnotation: 1 }, cases);
  const plain = learn({ absentWeight: 0 }, cases);
  const prior = (m: typeof off): number => m.conditions.find((c) => c.id === 'OMIM:2')!.prior[4]![0]!;
  // The case-only term: off it is expected at its case-updated P (raised by 1 / (1 - 0.6 P), prior lowered); at 1 only at its background.
  const p = (m: typeof off): number => m.likelihoods['HP:0007359']!['OMIM:2']![0]!;
  assert.ok(p(off) > p(plain) + 0.05, `${p(off)} ${p(plain)}`);
  const L = (on.findings.find((f) => f.id === 'HP:0007359') as { leak: number }).leak;
  assert.ok(Math.abs(p(on) - p(plain) / (1 - 0.6 * L)) < 2e-3, `${p(on)} ${p(plain)} ${L}`);
  assert.ok(p(on) < p(off));
  assert.ok(prior(on) > prior(off));
  // Unseen diseases and off (0) are untouched: OMIM:1 rows and the whole model at 0.
  assert.deepEqual(on.likelihoods['HP:0007359']!['OMIM:1'], off.likelihoods['HP:0007359']!['OMIM:1']);
  assert.equal(canonicalJson(withContentHash(learn({ absentWeight: 0.6, absentAnnotation: 0 }, cases))), canonicalJson(withContentHash(off)));
  assert.equal('absentAnnotation' in (off.manifest.parameters ?? {}), false);
  assert.equal((on.manifest.parameters as Record<string, unknown>)['absentAnnotation'], 1);
});

test('ratioPower discounts every listed likelihood ratio alike, NOT entries too', () => {
  const plain = learn({ absentWeight: 0 });
  const tempered = learn({ absentWeight: 0, ratioPower: 0.5 });
  const leak = (id: string): number => (plain.findings.find((f) => f.id === id) as { leak: number }).leak;
  const L = leak('HP:0007359');
  const p0 = plain.likelihoods['HP:0007359']!['OMIM:1']![0]!;
  const p1 = tempered.likelihoods['HP:0007359']!['OMIM:1']![0]!;
  assert.ok(p0 > L && Math.abs(p1 - L * Math.sqrt(p0 / L)) < 2e-3 * p1, `${p0} ${p1} ${L}`);
  const n0 = plain.likelihoods['HP:0002069']!['OMIM:1']![0]!;
  const n1 = tempered.likelihoods['HP:0002069']!['OMIM:1']![0]!;
  assert.ok(n0 < n1 && n1 < leak('HP:0002069'), `${n0} ${n1}`);
});

test('relative credit: a sibling of a term of a disease only cases know gets a share of the common ancestor ratio', () => {
  const onlyCases = '{"id":"PMID_7_a","sex":"MALE","age":"P3Y","diseases":[{"id":"OMIM:9","label":"New focal epilepsy"}],"present_hpo":["HP:0007359"],"excluded_hpo":[],"genes":["GENEC"]}';
  const off = learn({ absentWeight: 0 }, onlyCases);
  const on = learn({ absentWeight: 0, relativeCredit: 1 }, onlyCases);
  // Generalized seizures is a sibling of focal seizures under Seizures.
  assert.equal(off.likelihoods['HP:0002069']!['OMIM:9'], undefined);
  const leak = (on.findings.find((f) => f.id === 'HP:0002069') as { leak: number }).leak;
  const pSeiz = on.likelihoods['HP:0001250']!['OMIM:9']![0]!;
  const leakSeiz = (on.findings.find((f) => f.id === 'HP:0001250') as { leak: number }).leak;
  const got = on.likelihoods['HP:0002069']!['OMIM:9']![0]!;
  assert.ok(Math.abs(got - Math.min(0.5, (leak * pSeiz) / leakSeiz)) < 2e-3 * got, `${got}`);
  assert.ok(got > leak);
  // An annotated disease is outside the default scope; its NOT entry is never overwritten.
  assert.deepEqual(on.likelihoods['HP:0002069']!['OMIM:1'], off.likelihoods['HP:0002069']!['OMIM:1']);
  // Explanations stay exact: the compiled model scores with the listed value.
  const cm = compileModel(on);
  const p = posterior(observe(initialBelief(cm, 30, 'male'), [{ id: 'HP:0002069', present: true }]));
  const q = posterior(observe(initialBelief(compileModel(off), 30, 'male'), [{ id: 'HP:0002069', present: true }]));
  assert.ok(p[cm.conditionIndex.get('OMIM:9')!]! > q[cm.conditionIndex.get('OMIM:9')!]!);
});

test('an OMIM disease only MONDO knows becomes a condition with a derived profile, no genes, and a note saying so', () => {
  const ontology = parseObo(TINY_OBO);
  const mondoDiseases = [
    { omim: 'OMIM:1', mondo: 'MONDO:1', label: 'focal epilepsy' },
    { omim: 'OMIM:7', mondo: 'MONDO:7', label: 'Smith syndrome with focal seizures' },
    { omim: 'OMIM:8', mondo: 'MONDO:8', label: 'Jones syndrome' },
  ];
  const make = (derivedPrior: number): ReturnType<typeof learnHpoModel>['model'] => learnHpoModel({
    ontology, mapper: createTermMapper(ontology, {}), annotations: parseHpoa(HPOA), geneLinks: new Map(), mondo: new Map(), mondoDiseases,
    train: parseJsonl(CASES, parsePhenopacket).items, training: [],
  }, { derivedPrior, priceOf: () => ({ priceUsd: 100, source: 'test' }) }).model;
  const m = make(10);
  // OMIM:1 is annotated (kept as it is); OMIM:8's name states no phenotype and it has no series: left out.
  assert.deepEqual(m.conditions.map((c) => c.id), ['OMIM:1', 'OMIM:2', 'OMIM:7', 'ORPHA:3']);
  const c7 = m.conditions.find((c) => c.id === 'OMIM:7')!;
  assert.equal(c7.name, 'Smith syndrome with focal seizures');
  assert.match(c7.codes!.find((x) => x.system === DERIVED_PROFILE_SYSTEM)!.display!, /name states/);
  assert.ok(!c7.codes!.some((x) => x.system === 'HGNC-symbol'));
  assert.ok(m.likelihoods['HP:0007359']!['OMIM:7']![0]! > (m.findings.find((f) => f.id === 'HP:0007359')!.leak as number));
  assert.ok(validateModel(withContentHash(m)).ok);
  // Off: the annotated model as before.
  assert.deepEqual(make(0).conditions.map((c) => c.id), ['OMIM:1', 'OMIM:2', 'ORPHA:3']);
  // Focal seizures, which its name states, raise the derived disease against the one annotated with generalized seizures.
  const cm = compileModel(m);
  const odds = (obs: { id: string; present: boolean }[]): number => {
    const post = posterior(observe(initialBelief(cm, 30, 'male'), obs));
    return post[cm.conditionIndex.get('OMIM:7')!]! / post[cm.conditionIndex.get('OMIM:2')!]!;
  };
  assert.ok(odds([{ id: 'HP:0007359', present: true }]) > 1.5 * odds([]), String(odds([{ id: 'HP:0007359', present: true }]) / odds([])));
});

test('publicationPrior: an annotated disease citing m PubMed ids has (1 + m)^alpha times the prior; cap and default unchanged', () => {
  const ontology = parseObo(TINY_OBO);
  const hpoa = HPOA.replace('OMIM:1\tFocal epilepsy\t\tHP:0007359\tx', 'OMIM:1\tFocal epilepsy\t\tHP:0007359\tPMID:5;PMID:6;PMID:7');
  const make = (params: { publicationPrior?: number; maxProbability?: number }): ReturnType<typeof learnHpoModel>['model'] => learnHpoModel({
    ontology, mapper: createTermMapper(ontology, {}), annotations: parseHpoa(hpoa), geneLinks: new Map(), mondo: new Map(),
    train: parseJsonl(CASES, parsePhenopacket).items, training: [],
  }, { ...params, priceOf: () => ({ priceUsd: 100, source: 'test' }) }).model;
  const prior = (m: ReturnType<typeof make>, id: string): number => m.conditions.find((c) => c.id === id)!.prior[4]![0]!;
  const off = make({});
  const on = make({ publicationPrior: 0.5 });
  assert.ok(Math.abs(prior(on, 'OMIM:1') / prior(off, 'OMIM:1') - 2) < 1e-3, 'three PubMed ids: sqrt(1 + 3) = 2');
  assert.equal(prior(on, 'ORPHA:3'), prior(off, 'ORPHA:3'));
  // maxProbability caps every listed phenotype probability (genes keep theirs).
  const capped = make({ maxProbability: 0.5 });
  for (const [t, row] of Object.entries(capped.likelihoods)) if (t.startsWith('HP:')) for (const v of Object.values(row)) assert.ok(v[0]! <= 0.5, `${t} ${v[0]}`);
});

test('calibration and transfer (default off) leave the manifest as before; on, the model stays valid and records them', () => {
  const off = learn();
  assert.equal(off.manifest.parameters?.['calibrate'], undefined);
  assert.equal(off.manifest.parameters?.['transfer'], undefined);
  assert.equal(off.manifest.parameters?.['siblingWeight'], undefined);
  const ontology = parseObo(TINY_OBO);
  const inputs = {
    ontology, mapper: createTermMapper(ontology, {}), annotations: parseHpoa(HPOA), geneLinks: new Map<string, Set<string>>(),
    mondo: new Map<string, string[]>(), train: parseJsonl(CASES, parsePhenopacket).items, training: [],
  };
  const on = learnHpoModel(inputs, { calibrate: 2, transfer: 1, siblingWeight: 1, priceOf: () => ({ priceUsd: 100, source: 'test' }) });
  assert.equal(on.model.manifest.parameters?.['calibrate'], 2);
  assert.equal(on.model.manifest.parameters?.['transfer'], 1);
  assert.equal(on.model.manifest.parameters?.['siblingWeight'], 1);
  assert.ok(String(on.report['calibration']).includes('frequent'));
  const r = validateModel(withContentHash(on.model));
  assert.ok(r.ok, JSON.stringify(r.issues.slice(0, 3)));
});

test('sibling transfer: an unseen disease borrows what its seen gene relative\'s cases record, never against its NOT annotations', () => {
  const ontology = parseObo(TINY_OBO);
  const geneLinks = new Map([['OMIM:1', new Set(['GENEA'])], ['OMIM:2', new Set(['GENEA'])]]);
  const inputs = { ontology, mapper: createTermMapper(ontology, {}), annotations: parseHpoa(HPOA), geneLinks, mondo: new Map<string, string[]>(), train: parseJsonl(CASES, parsePhenopacket).items, training: [] };
  const make = (p: Record<string, number>): ReturnType<typeof learnHpoModel>['model'] => learnHpoModel(inputs, { ratioPower: 1, absentWeight: 0, ...p, priceOf: () => ({ priceUsd: 100, source: 'test' }) }).model;
  const off = make({});
  const on = make({ siblingWeight: 1, siblingMode: 2 });
  const p = (m: typeof off, t: string): number | undefined => m.likelihoods[t]?.['OMIM:1']?.[0];
  // OMIM:2's one case records generalized seizures: OMIM:1 (focal, NOT generalized) gets the shared parent raised, not the NOT term.
  assert.ok(p(on, 'HP:0001250')! > (p(off, 'HP:0001250') ?? 0));
  assert.equal(p(on, 'HP:0002069'), p(off, 'HP:0002069'));
  assert.ok(p(on, 'HP:0002069')! < Number(off.findings.find((f) => f.id === 'HP:0002069')!.leak));
  // Mode 3 lists nothing the disease's own annotations do not.
  const own = make({ siblingWeight: 1, siblingMode: 3 });
  for (const t of Object.keys(own.likelihoods)) if (t.startsWith('HP:')) assert.equal(own.likelihoods[t]!['OMIM:1'] === undefined, off.likelihoods[t]?.['OMIM:1'] === undefined, t);
});

test('sibling transfer by annotation similarity (siblingSimilar): an unseen disease annotated like a seen one borrows its recorded terms; off leaves the model as before', () => {
  const ontology = parseObo(TINY_OBO);
  const inputs = { ontology, mapper: createTermMapper(ontology, {}), annotations: parseHpoa(HPOA), geneLinks: new Map<string, Set<string>>(), mondo: new Map<string, string[]>(), train: parseJsonl(CASES, parsePhenopacket).items, training: [] };
  const make = (p: Record<string, number>): ReturnType<typeof learnHpoModel>['model'] => learnHpoModel(inputs, { ratioPower: 1, absentWeight: 0, ...p, priceOf: () => ({ priceUsd: 100, source: 'test' }) }).model;
  const off = make({});
  assert.deepEqual(make({ siblingSimilar: 5 }), off, 'without siblingWeight the similarity lenders change nothing');
  const on = make({ siblingWeight: 1, siblingSimilar: 5, siblingSimilarMin: 0 });
  assert.equal(on.manifest.parameters?.['siblingSimilar'], 5);
  const p = (m: typeof off, t: string): number | undefined => m.likelihoods[t]?.['OMIM:1']?.[0];
  // No series, no gene: OMIM:1 still borrows OMIM:2's recorded seizures through their shared annotations, never its NOT term.
  assert.ok(p(on, 'HP:0001250')! > (p(off, 'HP:0001250') ?? 0));
  assert.equal(p(on, 'HP:0002069'), p(off, 'HP:0002069'));
  const none = make({ siblingWeight: 1, siblingSimilar: 5, siblingSimilarMin: 1.01 });
  assert.equal(p(none, 'HP:0001250'), p(off, 'HP:0001250'), 'no lender is similar enough');
});

test('absentAnnotation reads the annotation P on the learner\'s tempered scale (ratioPower), as the listed P it stands beside', () => {
  // OMIM:2's annotated term (1/2) recorded by its case: at a = 1 the expected-unreported factor uses q = L (0.5 / L)^power.
  const p = (m: ReturnType<typeof learn>): number => m.likelihoods['HP:0002069']!['OMIM:2']![0]!;
  for (const ratioPower of [0.8, 1]) {
    const plain = p(learn({ absentWeight: 0, ratioPower }));
    const on = learn({ absentWeight: 0.6, absentAnnotation: 1, ratioPower });
    const L = (on.findings.find((f) => f.id === 'HP:0002069') as { leak: number }).leak;
    const q = (1 - plain / p(on)) / 0.6;
    const want = L * Math.pow(0.5 / L, ratioPower);
    assert.ok(Math.abs(q - want) < 0.01, `ratioPower ${ratioPower}: q ${q} want ${want} (L ${L})`);
  }
});
