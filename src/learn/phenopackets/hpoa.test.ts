import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseFrequency, parseGeneLinks, parseHpoa } from './hpoa.js';

test('frequencies: HPO frequency terms, n/m and percentages', () => {
  assert.equal(parseFrequency('HP:0040281'), 0.9);
  assert.equal(parseFrequency('3/4'), 0.75);
  assert.equal(parseFrequency('12.5%'), 0.125);
  assert.equal(parseFrequency(''), undefined);
  assert.equal(parseFrequency('often'), undefined);
});

test('annotations by aspect: phenotypes with NOT and sex, onset and inheritance apart (a NOT onset is none), cited PubMed ids', () => {
  const text = [
    '#date: 2023-01-27',
    'DatabaseID\tDiseaseName\tQualifier\tHPO_ID\tReference\tEvidence\tOnset\tFrequency\tSex\tModifier\tAspect\tBiocuration',
    'OMIM:1\tOne\t\tHP:0001250\tOMIM:1\tTAS\t\t1/2\t\t\tP\tx',
    'OMIM:1\tOne\tNOT\tHP:0001251\tOMIM:1\tTAS\t\t\t\t\tP\tx',
    'OMIM:1\tOne\t\tHP:0000008\tOMIM:1\tTAS\t\t\tFEMALE\t\tP\tx',
    'OMIM:1\tOne\t\tHP:0003581\tOMIM:1\tTAS\t\t\t\t\tC\tx',
    'OMIM:1\tOne\t\tHP:0000007\tOMIM:1\tTAS\t\t\t\t\tI\tx',
    'OMIM:1\tOne\tNOT\tHP:0003577\tOMIM:1\tTAS\t\t\t\t\tC\tx',
    'OMIM:1\tOne\t\tHP:0001252\tPMID:11;PMID:12\tPCS\t\t\t\t\tP\tx',
    'OMIM:1\tOne\t\tHP:0001253\tPMID:12;OMIM:1\tPCS\t\t\t\t\tP\tx',
  ].join('\n');
  const d = parseHpoa(text).get('OMIM:1')!;
  assert.equal(d.name, 'One');
  assert.deepEqual(d.phenotypes, [
    { term: 'HP:0001250', frequency: 0.5, frequencyText: '1/2', not: false },
    { term: 'HP:0001251', frequency: undefined, frequencyText: '', not: true },
    { term: 'HP:0000008', frequency: undefined, frequencyText: '', not: false, sex: 'female' },
    { term: 'HP:0001252', frequency: undefined, frequencyText: '', not: false },
    { term: 'HP:0001253', frequency: undefined, frequencyText: '', not: false },
  ]);
  assert.deepEqual(d.pmids, ['PMID:11', 'PMID:12'], 'distinct PubMed ids cited, OMIM references left out');
  assert.deepEqual(d.onsets, ['HP:0003581']);
  assert.deepEqual(d.inheritance, ['HP:0000007']);
});

test('gene links from the gene-to-phenotype table', () => {
  const g = parseGeneLinks('#Format: x\n8192\tCLPP\tHP:0000013\tHypoplasia of the uterus\t-\t\t-\tmim2gene\tOMIM:614129\n');
  assert.deepEqual([...g.get('OMIM:614129')!], ['CLPP']);
});
