import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHpoa } from './hpoa.js';
import { mergeTwins, orphaTwins } from './twins.js';

const HPOA = [
  'DatabaseID\tDiseaseName\tQualifier\tHPO_ID\tReference\tEvidence\tOnset\tFrequency\tSex\tModifier\tAspect\tBiocuration',
  'OMIM:1\tOne\t\tHP:0000001\tx\tTAS\t\t\t\t\tP\tx',
  'OMIM:1\tOne\t\tHP:0000002\tx\tTAS\t\t1/2\t\t\tP\tx',
  'ORPHA:10\tOne (Orphanet)\t\tHP:0000001\tx\tTAS\t\tHP:0040281\t\t\tP\tx',
  'ORPHA:10\tOne (Orphanet)\t\tHP:0000002\tx\tTAS\t\tHP:0040283\t\t\tP\tx',
  'ORPHA:10\tOne (Orphanet)\tNOT\tHP:0000003\tx\tTAS\t\t\t\t\tP\tx',
  'ORPHA:10\tOne (Orphanet)\t\tHP:0003581\tx\tTAS\t\t\t\t\tC\tx',
  'ORPHA:20\tGroup of two\t\tHP:0000001\tx\tTAS\t\t\t\t\tP\tx',
  'ORPHA:30\tNo annotated twin\t\tHP:0000001\tx\tTAS\t\t\t\t\tP\tx',
].join('\n');

const MONDO = new Map<string, string[]>([
  ['OMIM:1', ['MONDO:1']], ['ORPHA:10', ['MONDO:1']],
  // ORPHA:20 matches a MONDO concept with two OMIM entries: a group, not a twin.
  ['OMIM:2', ['MONDO:2']], ['OMIM:3', ['MONDO:2']], ['ORPHA:20', ['MONDO:2']],
  // ORPHA:30's OMIM twin has no annotations.
  ['OMIM:4', ['MONDO:3']], ['ORPHA:30', ['MONDO:3']],
]);

test('only an Orphanet disease with exactly one annotated OMIM twin is merged', () => {
  const ann = parseHpoa(HPOA);
  assert.deepEqual([...orphaTwins(ann, MONDO)], [['ORPHA:10', 'OMIM:1']]);
  const m = mergeTwins(ann, new Map([['ORPHA:10', new Set(['G1'])]]), MONDO);
  assert.deepEqual([...m.annotations.keys()].sort(), ['OMIM:1', 'ORPHA:20', 'ORPHA:30']);
  assert.deepEqual([...m.mergedInto], [['OMIM:1', ['ORPHA:10']]]);
  assert.deepEqual([...(m.geneLinks.get('OMIM:1') ?? [])], ['G1']);
  assert.equal(m.geneLinks.has('ORPHA:10'), false);
});

test('merged annotations: given frequencies averaged, a missing one ignored, NOT kept, onsets joined', () => {
  const m = mergeTwins(parseHpoa(HPOA), new Map(), MONDO).annotations.get('OMIM:1')!;
  const f = (t: string): number | undefined => m.phenotypes.find((a) => a.term === t)?.frequency;
  assert.equal(f('HP:0000001'), 0.9);
  assert.ok(Math.abs(f('HP:0000002')! - (0.5 + 0.17) / 2) < 1e-9);
  assert.equal(m.phenotypes.find((a) => a.term === 'HP:0000003')?.not, true);
  assert.deepEqual(m.onsets, ['HP:0003581']);
  assert.equal(m.name, 'One');
});
