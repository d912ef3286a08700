/**
 * Parameter recovery: learning the synthetic records a model generates, without a base, gives back
 * that model's likelihoods. Sized as the issue states: 20,000 patients (about 49,000 episodes, 170 MB
 * of NDJSON) from the DDXPlus model, whose 49 conditions each get about 1,000 episodes; mean absolute
 * error over the binary condition-finding pairs of conditions with at least 1,000 episodes.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findingIndex } from '../../intake/fhir/match.js';
import { loadModel } from '../builtin-models.js';
import { learnRecords } from './learn.js';
import { synthFhir } from './synth.js';

test('synthetic records are deterministic by seed', () => {
  const model = loadModel('primary-care');
  const a = mkdtempSync(join(tmpdir(), 'ddx-syn-a-'));
  const b = mkdtempSync(join(tmpdir(), 'ddx-syn-b-'));
  try {
    synthFhir(model, a, { patients: 30, seed: 5 });
    synthFhir(model, b, { patients: 30, seed: 5 });
    for (const f of ['Patient', 'Encounter', 'Condition', 'Observation']) {
      assert.equal(readFileSync(join(a, `${f}.000.ndjson`), 'utf8'), readFileSync(join(b, `${f}.000.ndjson`), 'utf8'));
    }
  } finally {
    rmSync(a, { recursive: true, force: true });
    rmSync(b, { recursive: true, force: true });
  }
});

test('learning 20,000 synthetic patients without a base recovers the likelihoods (MAE <= 0.02 on pairs with >= 1,000 episodes)', async (t) => {
  const model = loadModel('ddxplus');
  const dir = mkdtempSync(join(tmpdir(), 'ddx-recovery-'));
  try {
    synthFhir(model, dir, { patients: 20_000, seed: 1 });
    const { model: learned, report } = await learnRecords({ kind: 'fhir', paths: [dir] }, { minCount: 5 });
    // Without a base, a finding read from a lab value is named by its concept (fever), not the model's id.
    const index = findingIndex(model);
    const alias = new Map<string, string>();
    for (const [concept, ids] of index.byConcept) for (const id of ids) alias.set(id, concept);
    const learnedLeak = new Map(learned.findings.map((f) => [f.id, f.valueType === 'binary' ? f.leak : 0] as const));
    let n = 0;
    let err = 0;
    for (const f of model.findings) {
      if (f.valueType !== 'binary') continue;
      for (const [c, v] of Object.entries(model.likelihoods[f.id] ?? {})) {
        if ((report.labelEpisodes[c] ?? 0) < 1000) continue;
        const id = learned.likelihoods[f.id] || learnedLeak.has(f.id) ? f.id : (alias.get(f.id) ?? f.id);
        const est = learned.likelihoods[id]?.[c]?.[0] ?? learnedLeak.get(id) ?? 0;
        n++;
        err += Math.abs(est - v[0]!);
      }
    }
    assert.ok(n >= 100, `only ${n} pairs had >= 1,000 episodes`);
    const mae = err / n;
    t.diagnostic(`MAE ${mae.toFixed(4)} over ${n} condition-finding pairs; ${report.episodes} episodes`);
    assert.ok(mae <= 0.02, `MAE ${mae.toFixed(4)} over ${n} pairs`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
