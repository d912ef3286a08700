import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { KnowledgeModel } from '../../core/model.js';
import { withContentHash } from '../../learn/artifact.js';
import { LABELS_FILE } from '../../learn/phenopackets/load.js';
import { createSuite } from './suite.js';

/**
 * Two diseases with the same terms; OMIM:1 has the higher prior, OMIM:2 a training case with exactly the
 * patient's terms, so the posterior ranks OMIM:1 first and the exemplar re-rank OMIM:2 (the true disease).
 */
function model(): KnowledgeModel {
  const f = (id: string, leak: number) => ({ id, name: `term ${id}`, kind: 'sign' as const, valueType: 'binary' as const, leak });
  const cond = (id: string, pr: number) => ({ id, name: `disease ${id}`, icd10: [], severity: 3 as const, cantMiss: false, prior: [[pr, pr]] });
  return withContentHash({
    format: 'ddx-model', formatVersion: 1, id: 't', version: '1', name: 'tree', description: 'suite re-rank test',
    ageBands: [{ id: 'all', minYears: 0, maxYears: 131 }],
    conditions: [cond('OMIM:1', 1.05), cond('OMIM:2', 1), cond('OMIM:3', 1)],
    findings: [f('HP:0000001', 0.2), f('HP:0000002', 0.1), f('HP:0000003', 0.2), f('HP:0000004', 0.1), f('HP:0000005', 0.1)],
    actions: [],
    likelihoods: { 'HP:0000001': { 'OMIM:1': [0.5], 'OMIM:2': [0.5] }, 'HP:0000004': { 'OMIM:1': [0.5], 'OMIM:2': [0.5] }, 'HP:0000005': { 'OMIM:3': [0.5] } },
    hierarchy: { parents: { 'HP:0000002': ['HP:0000001'], 'HP:0000004': ['HP:0000003'], 'HP:0000005': ['HP:0000003'] }, descendantCredit: 0.5, maxDescendants: 10 },
    exemplars: { version: 1, enabled: true, weight: 1, top: 3, source: 'test', cases: { 'OMIM:2': [['HP:0000002', 'HP:0000004']] } },
    manifest: { contentHash: `sha256:${'0'.repeat(64)}`, createdBy: { tool: 'test', codeVersion: '0' }, training: [] },
  });
}

const CASE = { id: 'case-1', cohort: 'c', sex: 'FEMALE', age: 'P30Y', diseases: [{ id: 'OMIM:2', label: 'disease OMIM:2' }], present_hpo: ['HP:0000002', 'HP:0000004'], excluded_hpo: [], genes: [] };

test('stepwise: the stop is ranked on the posterior by default, through the exemplar re-rank with rerankAtStop; compareRankings scores the other', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ddx-suite-'));
  try {
    writeFileSync(join(dir, 'model.json'), JSON.stringify(model()));
    writeFileSync(join(dir, LABELS_FILE), '{}');
    const run = (o: { rerankAtStop?: boolean; compareRankings?: boolean }) => {
      const suite = createSuite({ modelPath: join(dir, 'model.json'), dataDir: dir, stepwise: true, policies: [{ name: 'instant', budget: null }], visitFeeUsd: 300, ...o });
      const r = suite.evaluate(CASE, 'line 0');
      assert.ok(r.ok);
      return r.value.policies[0]!;
    };
    const plain = run({});
    assert.equal(plain.top[0], 'OMIM:1');
    assert.equal(plain.correct, false);
    assert.equal(plain.alt, undefined);
    const fused = run({ rerankAtStop: true, compareRankings: true });
    assert.equal(fused.top[0], 'OMIM:2');
    assert.equal(fused.correct, true);
    assert.deepEqual(fused.alt, { correct: false, rank: plain.rank });
    assert.deepEqual(run({ compareRankings: true }).alt, { correct: true, rank: 0 });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
