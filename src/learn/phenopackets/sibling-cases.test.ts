/** Tests of the sibling transfer's relatives and pooled recorded profiles (sibling-cases.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { recordedRates, siblingProfiles } from './sibling-cases.js';

const opt = { series: true, gene: true, maxGenes: 2, minRate: 0.1 };

test('recordedRates is the weighted share of cases whose closure holds the term', () => {
  const r = recordedRates([{ weight: 1, closure: new Set(['A', 'B']) }, { weight: 3, closure: new Set(['A']) }]);
  assert.equal(r.get('A'), 1);
  assert.equal(r.get('B'), 0.25);
  assert.equal(recordedRates([]).size, 0);
});

test('siblingProfiles pools the series members and gene relatives, never the borrower itself, and drops rare terms', () => {
  const seen = [
    { id: 'OMIM:1', label: 'Spinocerebellar ataxia 1', genes: new Set(['G1']), rates: new Map([['A', 1], ['B', 0.1]]) },
    { id: 'OMIM:2', label: 'Other syndrome', genes: new Set(['G9']), rates: new Map([['A', 0.5], ['C', 1]]) },
    { id: 'OMIM:3', label: 'Unrelated disease', genes: new Set(['G5']), rates: new Map([['D', 1]]) },
  ];
  const out = siblingProfiles([{ id: 'OMIM:4', label: 'Spinocerebellar ataxia 7', genes: new Set(['G9']) }], seen, opt);
  assert.deepEqual([...out.get('OMIM:4')!], [['A', 0.75], ['C', 0.5]], 'B pooled at 0.05 is below minRate; OMIM:3 is no relative');
  const noGene = siblingProfiles([{ id: 'OMIM:4', label: 'Spinocerebellar ataxia 7', genes: new Set(['G9']) }], seen, { ...opt, gene: false });
  assert.deepEqual([...noGene.get('OMIM:4')!], [['A', 1], ['B', 0.1]]);
  const self = siblingProfiles([{ id: 'OMIM:3', label: 'Unrelated disease', genes: new Set(['G5']) }], seen, opt);
  assert.equal(self.size, 0, 'a borrower is not its own relative');
});

test('a gene shared with a disease listing many genes links nothing', () => {
  const seen = [{ id: 'ORPHA:1', label: 'Group', genes: new Set(['G1', 'G2', 'G3']), rates: new Map([['A', 1]]) }];
  assert.equal(siblingProfiles([{ id: 'OMIM:4', label: 'X', genes: new Set(['G1']) }], seen, opt).size, 0);
});
