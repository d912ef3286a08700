import { test } from 'node:test';
import assert from 'node:assert/strict';
import { familyProbability, familyProfiles, relativesOf, type FamilyInputs } from './family-profiles.js';

const inputs: FamilyInputs = {
  names: new Map([
    ['OMIM:1', ['Foo syndrome 1']],
    ['OMIM:2', ['Foo syndrome 2']],
    ['OMIM:3', ['Foo syndrome 3']],
    ['OMIM:4', ['Bar disease']],
    ['ORPHA:9', ['Bar disease, adult form']],
  ]),
  genes: new Map([
    ['OMIM:4', new Set(['BAR1'])],
    ['ORPHA:9', new Set(['BAR1'])],
    ['OMIM:1', new Set(['FOO1'])],
  ]),
  closures: new Map([
    ['OMIM:1', new Map([['HP:a', 0.9]])],
    ['OMIM:2', new Map([['HP:a', 0.5], ['HP:b', 0.8], ['HP:rare', 0.05]])],
    ['OMIM:3', new Map([['HP:b', 0.4], ['HP:c', 0.9]])],
    ['OMIM:4', new Map([['HP:x', 0.9]])],
    ['ORPHA:9', new Map([['HP:x', 0.5], ['HP:y', 0.6]])],
  ]),
  leakOf: () => 0.01,
};

test('relatives are the other members of a numbered series and the other diseases of a gene', () => {
  const rel = relativesOf(inputs, { series: true, gene: true });
  assert.deepEqual(rel.get('OMIM:1'), ['OMIM:2', 'OMIM:3']);
  assert.deepEqual(rel.get('OMIM:4'), ['ORPHA:9']);
  assert.deepEqual(rel.get('ORPHA:9'), ['OMIM:4']);
  assert.equal(relativesOf(inputs, { series: false, gene: true }).get('OMIM:1'), undefined);
  assert.equal(relativesOf(inputs, { series: true, gene: false }).get('OMIM:4'), undefined);
});

test('a family profile lists only terms the disease lacks, pooled over its relatives, above the share floor', () => {
  const fam = familyProfiles(inputs, { credit: 0.5, series: true, gene: true, minShare: 0.1, maxTerms: 10 });
  // OMIM:1 has HP:a itself; HP:b is shown by both relatives (mean 0.6), HP:c by one (0.45), HP:rare falls below 0.1.
  assert.deepEqual([...fam.get('OMIM:1')!].map(([t, p]) => [t, Math.round(p * 1000) / 1000]).sort(), [['HP:b', 0.6], ['HP:c', 0.45]]);
  assert.deepEqual([...fam.get('OMIM:4')!], [['HP:y', 0.6]]);
  assert.equal(familyProfiles(inputs, { credit: 0, series: true, gene: true, minShare: 0.1, maxTerms: 10 }).size, 0);
  assert.equal(familyProfiles(inputs, { credit: 0.5, series: true, gene: true, minShare: 0.1, maxTerms: 1 }).get('OMIM:1')!.size, 1);
});

test('a family term sits the credited share of the way from the background to the pooled frequency', () => {
  assert.equal(familyProbability(0.5, 0.1, 0.25), 0.2);
  assert.equal(familyProbability(0.5, 0.1, 0), 0.1);
});

test('twins are the diseases sharing an exact-match MONDO class', () => {
  const mondo = new Map([['OMIM:3', ['MONDO:7']], ['ORPHA:9', ['MONDO:7']], ['OMIM:4', ['MONDO:8']]]);
  const rel = relativesOf({ ...inputs, mondo }, { series: false, gene: false, twin: true });
  assert.deepEqual(rel.get('OMIM:3'), ['ORPHA:9']);
  assert.deepEqual(rel.get('ORPHA:9'), ['OMIM:3']);
  assert.equal(rel.get('OMIM:4'), undefined);
});
