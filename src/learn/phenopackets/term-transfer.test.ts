/** Tests of the transfer of unreached patient terms between diseases sharing annotations (term-transfer.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { learnTransfer, transferredTerms } from './term-transfer.js';

const closureOf = (t: string): string[] => (t === 'B1' ? ['B1', 'B'] : [t]);

test('learnTransfer pools the share of cases recording an unreached term per annotated term, shrunk', () => {
  const src = { annotated: ['A'], reached: new Set(['A']), cases: [{ weight: 1, terms: ['A', 'B'] }, { weight: 1, terms: ['C'] }] };
  const table = learnTransfer([src, src], closureOf, 2);
  assert.equal(table.get('A')!.get('B'), (0.5 + 0.5) / 4);
  assert.equal(table.get('A')!.has('A'), false, 'a reached term is not transferred');
});

test('transferredTerms combines annotations by noisy-OR and keeps terms above the floors, strongest first', () => {
  const table = new Map([['A', new Map([['B', 0.5], ['C', 0.01]])], ['D', new Map([['B', 0.5]])]]);
  const out = transferredTerms(table, ['A', 'D'], new Set(['A', 'D']), closureOf, () => 0.01, { minProbability: 0.05, minRatio: 3, maxTerms: 5 });
  assert.deepEqual(out, [['B', 0.75]]);
  const none = transferredTerms(table, ['A'], new Set(['A', 'B']), closureOf, () => 0.01, { minProbability: 0.05, minRatio: 3, maxTerms: 5 });
  assert.deepEqual(none, [], 'a term the disease already reaches is not added');
});
