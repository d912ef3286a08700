import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { FindingDef, RedFlagRule } from '../../core/model.js';
import { SAME_TERMS_SYSTEM } from '../../intake/notes/same-terms.js';
import { addSameTermFindings, redFlagsWithSameTerms } from './same-terms.js';

const f = (id: string, name: string, synonyms: string[], leak: number): FindingDef => ({ id, name, synonyms, kind: 'symptom', valueType: 'binary', leak });

test('true synonym findings sharing a term get one finding: the chance that any of them holds (noisy-OR)', () => {
  const findings = new Map<string, FindingDef>([
    ['knee-wobble', f('knee-wobble', 'knee wobble', ['wobbly knees', 'shin wobble'], 0.01)],
    ['shin-wobble', f('shin-wobble', 'shin wobble', ['knee wobble'], 0.02)],
    ['cough', f('cough', 'cough', [], 0.05)],
  ]);
  const lk = new Map([
    ['knee-wobble', new Map([['a', 0.5], ['b', 0.05]])],
    ['shin-wobble', new Map([['b', 0.4], ['c', 0.6]])],
    ['cough', new Map([['a', 0.9]])],
  ]);
  const byMember = addSameTermFindings(findings, lk);
  const id = 'same:knee-wobble+shin-wobble';
  assert.deepEqual([...byMember], [['knee-wobble', [id]], ['shin-wobble', [id]]]);
  const same = findings.get(id)!;
  assert.equal(same.name, 'knee wobble');
  // 1 - 0.99 x 0.98.
  assert.equal(same.valueType === 'binary' && same.leak, 0.0298);
  assert.deepEqual(same.codes, [{ system: SAME_TERMS_SYSTEM, code: 'knee-wobble' }, { system: SAME_TERMS_SYSTEM, code: 'shin-wobble' }]);
  // a: 1 - 0.5 x 0.98 (shin-wobble at its leak); b: 1 - 0.95 x 0.6; c: 1 - 0.99 x 0.4.
  assert.deepEqual([...lk.get(id)!], [['a', 0.51], ['b', 0.43], ['c', 0.604]]);
  assert.equal(findings.size, 4);
});

test('a general word shared by its subtypes gets no finding: neither subtype is named by the other', () => {
  const findings = new Map<string, FindingDef>([
    ['tight-knee', f('tight-knee', 'tight knee', ['knee trouble'], 0.01)],
    ['sharp-knee', f('sharp-knee', 'sharp knee', ['knee trouble'], 0.02)],
  ]);
  const lk = new Map([['tight-knee', new Map([['a', 0.5]])], ['sharp-knee', new Map([['a', 0.4]])]]);
  assert.equal(addSameTermFindings(findings, lk).size, 0);
  assert.equal(findings.size, 2);
  assert.equal(lk.size, 2);
});

test('red-flag rules naming a member also fire on its shared-terms finding', () => {
  const rules: RedFlagRule[] = [
    { id: 'r1', description: 'd', all: ['x', 'y'], any: ['y', 'z'], level: 'urgent', source: 's' },
    { id: 'r2', description: 'd', all: ['z'], level: 'emergency', source: 's' },
  ];
  const out = redFlagsWithSameTerms(rules, new Map([['y', ['same:y+w']]]));
  assert.deepEqual(out.map((r) => [r.id, r.all, r.any]), [
    ['r1', ['x', 'y'], ['y', 'same:y+w', 'z']],
    ['r1~1', ['x', 'same:y+w'], ['y', 'same:y+w', 'z']],
    ['r2', ['z'], undefined],
  ]);
});
