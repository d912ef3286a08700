/**
 * MODEL_WIDE_LEAK (docs/sessions/15-vignettes.md): a symptom's leak raised to its mean frequency over all the
 * model's conditions. Measured (read-half gain, score half fell), so off in the shipped build.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { FindingDef } from '../../core/model.js';
import { MODEL_WIDE_LEAK, modelWideLeaks } from './build.js';

const sym = (id: string, leak: number, kind: 'symptom' | 'sign' | 'history' = 'symptom', system = 'https://www.symcat.com/symptoms'): FindingDef =>
  ({ id, name: id, kind, valueType: 'binary', leak, question: `Ask about: ${id}`, codes: [{ system, code: id }] }) as FindingDef;

test('the model-wide leak is off in the shipped build (measured: read-half gain, score half fell)', () => {
  assert.equal(MODEL_WIDE_LEAK.on, false);
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
