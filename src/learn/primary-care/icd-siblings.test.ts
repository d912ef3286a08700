import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { FindingDef } from '../../core/model.js';
import { ICD_SIBLING_FILL, fillFromIcdSiblings, icdSiblings } from './icd-siblings.js';

const bin = (id: string, leak: number): FindingDef => ({ id, name: id, kind: 'symptom', valueType: 'binary', leak });

test('siblings share a three-character ICD-10 category; a condition is not its own sibling', () => {
  const s = icdSiblings(new Map([['hf-a', ['I50.1']], ['hf-b', ['I50.9', 'I11.0']], ['htn-heart', ['I11.9']], ['lone', ['J45']], ['none', []]]));
  assert.deepEqual(s.get('hf-a'), ['hf-b']);
  assert.deepEqual(s.get('hf-b'), ['hf-a', 'htn-heart']);
  assert.deepEqual(s.get('htn-heart'), ['hf-b']);
  assert.equal(s.has('lone'), false);
  assert.equal(s.has('none'), false);
});

test('a silent profile takes share x its siblings mean (unlisted siblings at the leak); listed values never change', () => {
  const findings = new Map([['edema', bin('edema', 0.01)], ['cough', bin('cough', 0.05)]]);
  const lk = new Map([
    ['edema', new Map([['hf-a', 0.8], ['hf-c', 0.4]])],
    ['cough', new Map([['hf-a', 0.2]])],
  ]);
  const icd = new Map([['hf-a', ['I50.1']], ['hf-b', ['I50.9']], ['hf-c', ['I50.2']], ['asthma', ['J45']]]);
  const added = fillFromIcdSiblings(findings, lk, icd, 0.5);
  // hf-b: 0.5 x (0.8 + 0.4) / 2 = 0.3; cough for hf-b: 0.5 x (0.2 + 0.05) / 2 = 0.0625 > 0.05
  assert.equal(lk.get('edema')!.get('hf-b'), 0.3);
  assert.equal(lk.get('cough')!.get('hf-b'), 0.0625);
  // hf-c's cough: 0.5 x (0.2 + 0.05) / 2 = 0.0625; hf-a and hf-c keep their own edema values
  assert.equal(lk.get('cough')!.get('hf-c'), 0.0625);
  assert.equal(lk.get('edema')!.get('hf-a'), 0.8);
  assert.equal(lk.get('edema')!.get('hf-c'), 0.4);
  // no siblings, nothing filled
  assert.equal(lk.get('edema')!.has('asthma'), false);
  assert.deepEqual([...added], [['edema', ['hf-b']], ['cough', ['hf-b', 'hf-c']]]);
});

test('a fill at or below the leak is not written', () => {
  const findings = new Map([['rash', bin('rash', 0.1)]]);
  const lk = new Map([['rash', new Map([['a', 0.3]])]]);
  const icd = new Map([['a', ['L20.0']], ['b', ['L20.9']]]);
  assert.equal(fillFromIcdSiblings(findings, lk, icd, 0.3).size, 0);
  assert.equal(lk.get('rash')!.has('b'), false);
});

test('only ICD-10-shaped codes form a category; one code or several in a category count the condition once', () => {
  const s = icdSiblings(new Map([
    ['a', ['K85.0', 'K85.9']], ['b', ['K85.1']], ['doid', ['DOID:1234']], ['doid2', ['DOID:5678']],
    ['prefixed', ['ICD10CM:K85.2']], ['prefixed2', ['ICD10CM:I50.9']], ['lower', ['k85.3']],
  ]));
  assert.deepEqual(s.get('a'), ['b']);
  assert.deepEqual(s.get('b'), ['a']);
  for (const id of ['doid', 'doid2', 'prefixed', 'prefixed2', 'lower']) assert.equal(s.has(id), false, id);
});

test('the fill is the same whatever order conditions and findings come in, and returns what it added, sorted', () => {
  const run = (rev: boolean) => {
    const order = <T>(xs: T[]): T[] => (rev ? [...xs].reverse() : xs);
    const findings = new Map(order([['edema', bin('edema', 0.01)], ['cough', bin('cough', 0.003)]] as [string, FindingDef][]));
    const lk = new Map(order([
      ['edema', new Map(order([['z', 0.7], ['a', 0.3], ['m', 0.1]] as [string, number][]))],
      ['cough', new Map(order([['m', 0.123456], ['z', 0.0711]] as [string, number][]))],
    ] as [string, Map<string, number>][]));
    const icd = new Map(order([['a', ['I50.1']], ['m', ['I50.2']], ['z', ['I50.3']], ['q', ['I50.4']], ['r', ['I50.9']]] as [string, string[]][]));
    const added = fillFromIcdSiblings(findings, lk, icd, 0.1);
    const flat = (m: Map<string, Map<string, number>>) => [...m].map(([f, r]) => [f, [...r].sort((x, y) => (x[0] < y[0] ? -1 : 1))] as const).sort((x, y) => (x[0] < y[0] ? -1 : 1));
    return { lk: flat(lk), added: [...added].sort((x, y) => (x[0] < y[0] ? -1 : 1)) };
  };
  const fwd = run(false);
  assert.deepEqual(run(true), fwd);
  assert.deepEqual(fwd.added, [['cough', ['a', 'q', 'r']], ['edema', ['q', 'r']]]);
});

test('listed values (below the leak too), non-binary findings and findings no condition lists are untouched', () => {
  const findings = new Map<string, FindingDef>([
    ['rare-sign', bin('rare-sign', 0.05)],
    ['pain-site', { id: 'pain-site', name: 'pain site', kind: 'symptom', valueType: 'categorical', values: [{ id: 'a', name: 'a' }, { id: 'b', name: 'b' }], defaultValue: 'a', leak: [0.5, 0.5] } as FindingDef],
    ['unlisted', bin('unlisted', 0.01)],
  ]);
  // "against" entries: the siblings list the sign below its leak; a silent sibling must not be pushed below (or to) the leak.
  const lk = new Map([
    ['rare-sign', new Map([['a', 0.001], ['b', 0.01]])],
    ['pain-site', new Map([['a', 0.9]])],
  ]);
  const icd = new Map([['a', ['N04.0']], ['b', ['N04.1']], ['c', ['N04.9']]]);
  const added = fillFromIcdSiblings(findings, lk, icd, 1);
  assert.equal(added.size, 0);
  assert.deepEqual([...lk.get('rare-sign')!], [['a', 0.001], ['b', 0.01]]);
  assert.deepEqual([...lk.get('pain-site')!], [['a', 0.9]]);
  assert.equal(lk.has('unlisted'), false);
});

test('the shipped model marks its filled entries, and a diagnosis explains one as inferred', async () => {
  const { loadModel } = await import('../builtin-models.js');
  const { compileModel } = await import('../../core/compile.js');
  const { beliefFromCase } = await import('../../core/posterior.js');
  const { explain } = await import('../../core/explain.js');
  const { validateModel } = await import('../../core/validate-model.js');
  const model = loadModel('primary-care');
  assert.equal(model.manifest.parameters?.['icdSiblingFill'], ICD_SIBLING_FILL.share);
  const inf = model.inferredLikelihoods ?? {};
  const entries = Object.entries(inf).flatMap(([f, cs]) => cs.map((c) => [f, c] as const));
  assert.ok(entries.length > 1000, `${entries.length} inferred entries`);
  assert.equal(validateModel(model).ok, true);
  const [fid, cid] = entries.find(([f]) => model.findings.find((x) => x.id === f)?.kind === 'symptom')!;
  const cm = compileModel(model);
  const ex = explain(beliefFromCase(cm, { age: 50, sex: 'female', findings: [{ id: fid, present: true }] }), cm.conditionIndex.get(cid)!);
  const contrib = ex.contributions.find((x) => x.findingId === fid)!;
  assert.equal(contrib.inferred, true);
  assert.ok(contrib.llr > 0, 'a fill is written only above the leak');
});

test('the conditions an ontology step adds (doid- ids) take no sibling fill: their profiles list HPO phenotypes only', async () => {
  const { loadModel } = await import('../builtin-models.js');
  const model = loadModel('primary-care');
  const added = new Set(model.conditions.filter((c) => c.id.startsWith('doid-')).map((c) => c.id));
  assert.ok(added.size > 100, `${added.size} coded conditions`);
  const filled = Object.values(model.inferredLikelihoods ?? {}).flat().filter((c) => added.has(c));
  assert.equal(filled.length, 0, `${filled.length} filled entries of coded conditions`);
});
