/**
 * PRIOR_MARGINAL_LEAK (docs/sessions/34-rank22.md): a symptom's or sign's leak is at least its marginal under the
 * model's own prior.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { FindingDef } from '../../core/model.js';
import { priorMarginalLeaks, priorShares } from './prior-marginal-leak.js';

const CONCEPT = 'https://ddx.dev/concept';
const sym = (id: string, leak: number, kind: 'symptom' | 'sign' | 'history' = 'symptom', system = 'https://www.symcat.com/symptoms'): FindingDef =>
  ({ id, name: id, kind, valueType: 'binary', leak, question: `Ask about: ${id}`, codes: [{ system, code: id }] }) as FindingDef;

test('prior shares are the mean of each prior table, normalised', () => {
  const s = priorShares(new Map([['a', [[1, 3], [2, 2]]], ['b', [[6, 6], [6, 6]]]]));
  assert.equal(s.get('a'), 0.25);
  assert.equal(s.get('b'), 0.75);
});

test('a finding common in a common condition gets its prior marginal as leak', () => {
  const findings = new Map<string, FindingDef>([['sweating', sym('sweating', 0.002)]]);
  // a common condition (share .5) lists it at .4, a rare one (share .01) at .9: marginal .2 + .009
  const raised = priorMarginalLeaks(findings, new Map([['sweating', new Map([['flu', 0.4], ['rare', 0.9]])]]), new Map([['flu', 0.5], ['rare', 0.01], ['other', 0.49]]), CONCEPT);
  assert.equal(raised, 1);
  assert.equal(findings.get('sweating')!.leak, 0.209);
});

test('refusals: a leak above the marginal, history findings and catalog tests keep theirs', () => {
  const findings = new Map<string, FindingDef>([
    ['rare-sign', sym('rare-sign', 0.002, 'sign')],
    ['smoking', sym('smoking', 0.01, 'history')],
    ['troponin-high', sym('troponin-high', 0.01, 'sign', CONCEPT)],
  ]);
  const shares = new Map([['rare', 0.001], ['flu', 0.999]]);
  const lk = new Map([['rare-sign', new Map([['rare', 0.9]])], ['smoking', new Map([['flu', 0.9]])], ['troponin-high', new Map([['flu', 0.9]])]]);
  assert.equal(priorMarginalLeaks(findings, lk, shares, CONCEPT), 0);
  assert.equal(findings.get('rare-sign')!.leak, 0.002); // marginal 0.0009 is below the leak it has
  assert.equal(findings.get('smoking')!.leak, 0.01);
  assert.equal(findings.get('troponin-high')!.leak, 0.01);
});
