import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { FindingDef } from '../../core/model.js';
import { fillFromIcdSiblings, icdSiblings } from './icd-siblings.js';

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
  assert.equal(added, 3);
});

test('a fill at or below the leak is not written', () => {
  const findings = new Map([['rash', bin('rash', 0.1)]]);
  const lk = new Map([['rash', new Map([['a', 0.3]])]]);
  const icd = new Map([['a', ['L20.0']], ['b', ['L20.9']]]);
  assert.equal(fillFromIcdSiblings(findings, lk, icd, 0.3), 0);
  assert.equal(lk.get('rash')!.has('b'), false);
});
