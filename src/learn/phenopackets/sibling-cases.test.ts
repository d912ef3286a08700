/** Tests of the sibling transfer's relatives and pooled recorded profiles (sibling-cases.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { recordedRates, siblingProfiles, similarProfiles } from './sibling-cases.js';

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

test('similarProfiles weighs the k nearest lenders by annotation similarity, skips the borrower itself and dissimilar lenders', () => {
  const ic = (): number => 1;
  const lenders = [
    { id: 'OMIM:1', closure: new Map([['A', 1], ['B', 1]]), rates: new Map([['X', 1]]) },
    { id: 'OMIM:2', closure: new Map([['A', 1]]), rates: new Map([['Y', 1]]) },
    { id: 'OMIM:3', closure: new Map([['C', 1]]), rates: new Map([['Z', 1]]) },
  ];
  const out = similarProfiles([{ id: 'OMIM:9', closure: new Map([['A', 1], ['B', 1]]) }], lenders, ic, { k: 5, minSimilarity: 0.1, minRate: 0 });
  // cos(9, 1) = 1, cos(9, 2) = 1/sqrt 2; OMIM:3 shares nothing.
  const w2 = Math.SQRT1_2;
  assert.deepEqual([...out.get('OMIM:9')!].map(([t, v]) => [t, Number(v.toFixed(6))]), [['X', Number((1 / (1 + w2)).toFixed(6))], ['Y', Number((w2 / (1 + w2)).toFixed(6))]]);
  const k1 = similarProfiles([{ id: 'OMIM:9', closure: new Map([['A', 1], ['B', 1]]) }], lenders, ic, { k: 1, minSimilarity: 0.1, minRate: 0 });
  assert.deepEqual([...k1.get('OMIM:9')!], [['X', 1]]);
  const self = similarProfiles([{ id: 'OMIM:1', closure: new Map([['A', 1], ['B', 1]]) }], lenders, ic, { k: 1, minSimilarity: 0.1, minRate: 0 });
  assert.deepEqual([...self.get('OMIM:1')!], [['Y', 1]], 'not its own lender');
  assert.equal(similarProfiles([{ id: 'OMIM:8', closure: new Map([['D', 1]]) }], lenders, ic, { k: 5, minSimilarity: 0.1, minRate: 0 }).size, 0);
});
