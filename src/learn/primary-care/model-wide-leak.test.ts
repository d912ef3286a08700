/**
 * MODEL_WIDE_LEAK (docs/sessions/15-vignettes.md): a symptom's leak raised to its base rate over all the model's
 * conditions; the flat mean was measured in the fifteenth session (read-half gain, score half fell), the prior-weighted
 * mean is the twenty-seventh session's candidate (docs/sessions/27-rank11.md), restricted to signs in the twenty-eighth
 * (docs/sessions/28-rank12.md).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { FindingDef } from '../../core/model.js';
import { MODEL_WIDE_LEAK, meanPrior, modelWideLeaks } from './build.js';

const sym = (id: string, leak: number, kind: 'symptom' | 'sign' | 'history' = 'symptom', system = 'https://www.symcat.com/symptoms'): FindingDef =>
  ({ id, name: id, kind, valueType: 'binary', leak, question: `Ask about: ${id}`, codes: [{ system, code: id }] }) as FindingDef;

test('the shipped build raises the leaks of signs only to the prior-weighted base rate', () => {
  assert.equal(MODEL_WIDE_LEAK.on, true);
  assert.equal(MODEL_WIDE_LEAK.weighting, 'prior');
  assert.deepEqual(MODEL_WIDE_LEAK.kinds, ['sign']);
});

test('restricted to signs, a symptom keeps its leak exactly and a sign is raised', () => {
  const findings = new Map<string, FindingDef>([['fatigue', sym('fatigue', 0.0166)], ['pallor', sym('pallor', 0.002, 'sign')]]);
  const row = (n: number, p: number): Map<string, number> => new Map(Array.from({ length: n }, (_, i) => [`c${i}`, p]));
  modelWideLeaks(findings, new Map([['fatigue', row(12, 0.5)], ['pallor', row(12, 0.5)]]), 100, { share: 1, max: 0.1, kinds: ['sign'] });
  assert.equal(findings.get('fatigue')!.leak, 0.0166);
  assert.equal(findings.get('pallor')!.leak, 0.06); // 12 x 0.5 / 100
});

test('a symptom listed widely gets its mean frequency over all conditions as leak; rare, history and catalog findings keep theirs', () => {
  const findings = new Map<string, FindingDef>([
    ['fatigue', sym('fatigue', 0.0166)],
    ['rare-sign', sym('rare-sign', 0.002, 'sign')],
    ['smoking', sym('smoking', 0.01, 'history')],
    ['troponin-high', sym('troponin-high', 0.01, 'sign', 'https://ddx.dev/concept')],
    ['very-common', sym('very-common', 0.05)],
  ]);
  const row = (n: number, p: number): Map<string, number> => new Map(Array.from({ length: n }, (_, i) => [`c${i}`, p]));
  const lk = new Map([['fatigue', row(12, 0.5)], ['rare-sign', row(1, 0.1)], ['smoking', row(50, 0.9)], ['troponin-high', row(50, 0.9)], ['very-common', row(100, 0.9)]]);
  modelWideLeaks(findings, lk, 100, { share: 1, max: 0.1 });
  assert.equal(findings.get('fatigue')!.leak, 0.06); // 12 x 0.5 / 100
  assert.equal(findings.get('rare-sign')!.leak, 0.002); // 0.001 is below the leak it has
  assert.equal(findings.get('smoking')!.leak, 0.01);
  assert.equal(findings.get('troponin-high')!.leak, 0.01);
  assert.equal(findings.get('very-common')!.leak, 0.1);
  modelWideLeaks(findings, new Map([['rare-sign', row(10, 0.5)]]), 100, { share: 1, max: 0.1 });
  assert.equal(findings.get('rare-sign')!.leak, 0.05);
});

test('with weights the base rate is the prior-weighted mean over every condition, unlisted ones adding 0', () => {
  const findings = new Map<string, FindingDef>([['cough', sym('cough', 0.002)], ['rash', sym('rash', 0.002)]]);
  // Ten conditions: c0 common (weight 9), c1..c9 weight 1 each; total weight 18.
  const weights = new Map(Array.from({ length: 10 }, (_, i) => [`c${i}`, i === 0 ? 9 : 1] as const));
  const lk = new Map([['cough', new Map([['c0', 0.4]])], ['rash', new Map([['c1', 0.4]])]]);
  modelWideLeaks(findings, lk, 10, { share: 1, max: 0.5 }, weights);
  assert.equal(findings.get('cough')!.leak, 0.2); // 9 x 0.4 / 18: the common condition's finding is common
  assert.equal(findings.get('rash')!.leak, 0.02222); // 1 x 0.4 / 18, rounded to 4 significant digits
});

test('a condition weighs by its prior averaged over age bands and sexes', () => {
  assert.equal(meanPrior([[1, 3], [2, 2]]), 2);
  assert.equal(meanPrior([]), 0);
});
