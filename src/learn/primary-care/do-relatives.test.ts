import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { FindingDef } from '../../core/model.js';
import { doRelatives, fallbackRelation } from './do-relatives.js';
import { fillFromIcdSiblings, fillFromRelatives, icdSiblings } from './icd-siblings.js';
import { DO_RELATIVE_FILL } from './build.js';
import type { DoTerm } from './ontologies.js';

const term = (id: string, parents: string[]): DoTerm => ({ id, name: id, synonyms: [], icd10: [], umls: [], parents });
const bin = (id: string, leak: number): FindingDef => ({ id, name: id, kind: 'symptom', valueType: 'binary', leak });

test('the shipped build fills from DO relatives where the ICD-10 siblings relate nothing', () => {
  assert.equal(DO_RELATIVE_FILL.on, true);
});

test('DO relatives, parents only: the same DO term or a direct is_a parent; not children, grandparents, siblings or itself', () => {
  const terms = [term('DOID:1', []), term('DOID:2', ['DOID:1']), term('DOID:3', ['DOID:2']), term('DOID:4', ['DOID:1'])];
  const doids = new Map([['root', ['DOID:1']], ['mid', ['DOID:2']], ['mid-twin', ['DOID:2']], ['leaf', ['DOID:3']], ['other', ['DOID:4']], ['none', ['DOID:99']]]);
  const r = doRelatives(doids, terms);
  assert.deepEqual(r.get('mid'), ['mid-twin', 'root']);
  assert.deepEqual(r.get('mid-twin'), ['mid', 'root']);
  assert.deepEqual(r.get('leaf'), ['mid', 'mid-twin']);
  assert.deepEqual(r.get('other'), ['root']);
  // the root has no parent in the model and no twin: a superclass does not read its subclasses
  assert.equal(r.has('root'), false);
  assert.equal(r.has('none'), false);
});

test('with one relation the fill is the ICD-10 sibling fill exactly', () => {
  const findings = new Map([['edema', bin('edema', 0.01)], ['cough', bin('cough', 0.05)]]);
  const mk = (): Map<string, Map<string, number>> => new Map([['edema', new Map([['hf-a', 0.8], ['hf-c', 0.4]])], ['cough', new Map([['hf-a', 0.2]])]]);
  const icd = new Map([['hf-a', ['I50.1']], ['hf-b', ['I50.9']], ['hf-c', ['I50.2']], ['asthma', ['J45']]]);
  const a = mk(); const b = mk();
  assert.deepEqual(fillFromIcdSiblings(findings, a, icd, 0.5), fillFromRelatives(findings, b, [icdSiblings(icd)], 0.5));
  assert.deepEqual(a, b);
});

test('two relations read the profiles before the fill; the higher value is written, listed values never change', () => {
  const findings = new Map([['edema', bin('edema', 0.01)]]);
  const lk = new Map([['edema', new Map([['a', 0.8], ['b', 0.2]])]]);
  const icd = new Map([['c', ['a']], ['d', ['c']]]);
  const dox = new Map([['c', ['b']], ['a', ['c']]]);
  const added = fillFromRelatives(findings, lk, [icd, dox], 0.5);
  // c: max(0.5 x 0.8, 0.5 x 0.2) = 0.4; d reads c as unlisted (the leak), 0.5 x 0.01 is below the leak
  assert.equal(lk.get('edema')!.get('c'), 0.4);
  assert.equal(lk.get('edema')!.has('d'), false);
  assert.equal(lk.get('edema')!.get('a'), 0.8);
  assert.deepEqual([...added], [['edema', ['c']]]);
});

test('the DO relation is a fallback: a condition with ICD-10 siblings keeps them alone; one without takes its DO relatives', () => {
  const icd = icdSiblings(new Map([['hf-a', ['I50.1']], ['hf-b', ['I50.9']], ['lonely', ['Q87.1']], ['uncoded', []]]));
  const dor = new Map([['hf-a', ['cardiomyopathy']], ['lonely', ['hf-a', 'other']], ['uncoded', ['hf-b']], ['none', []]]);
  const r = fallbackRelation(icd, dor);
  assert.deepEqual([...r].sort(), [['lonely', ['hf-a', 'other']], ['uncoded', ['hf-b']]]);
  // refusal: hf-a has an ICD-10 sibling, so its DO relative (cardiomyopathy) is not read
  assert.equal(r.has('hf-a'), false);
  assert.equal(r.has('none'), false);
  const findings = new Map([['edema', bin('edema', 0.01)]]);
  const lk = new Map([['edema', new Map([['hf-b', 0.8], ['cardiomyopathy', 0.9]])]]);
  fillFromRelatives(findings, lk, [icd, r], 0.5);
  // hf-a: ICD sibling hf-b only (0.5 x 0.8), not the higher DO value 0.5 x 0.9; uncoded: DO relative hf-b
  assert.equal(lk.get('edema')!.get('hf-a'), 0.4);
  assert.equal(lk.get('edema')!.get('uncoded'), 0.4);
});
