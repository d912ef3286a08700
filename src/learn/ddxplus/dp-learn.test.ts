import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../testkit/cli-capture.js';
import { readModelArtifact } from '../artifact.js';
import { learnDdxplus } from './index.js';
import { createRng } from '../../core/random.js';

/** A small DDXPlus-shaped data set: three conditions, binary, categorical and multi-choice evidences. */
function writeRelease(dir: string): void {
  const ev = (name: string, data_type: string, extra: object = {}): object => ({
    name, code_question: name, question_en: `Question ${name}?`, is_antecedent: false, default_value: 0, value_meaning: {}, 'possible-values': [], data_type, ...extra,
  });
  writeFileSync(join(dir, 'release_evidences.json'), JSON.stringify({
    E_1: ev('E_1', 'B'), E_2: ev('E_2', 'C', { default_value: 0, 'possible-values': [0, 1, 2] }),
    E_3: ev('E_3', 'M', { default_value: 'V_0', 'possible-values': ['V_0', 'V_1', 'V_2'], value_meaning: { V_0: { en: 'none' }, V_1: { en: 'left' }, V_2: { en: 'right' } } }),
    E_4: ev('E_4', 'B'),
  }));
  const cond = (name: string, symptoms: string[]): object => ({ condition_name: name, 'cond-name-eng': name, 'icd10-id': 'X00', symptoms: Object.fromEntries(symptoms.map((s) => [s, {}])), antecedents: {}, severity: 3 });
  writeFileSync(join(dir, 'release_conditions.json'), JSON.stringify({ Alpha: cond('Alpha', ['E_1', 'E_2']), Beta: cond('Beta', ['E_3']), Gamma: cond('Gamma', ['E_4', 'E_1']) }));
  const rows = ['AGE,DIFFERENTIAL_DIAGNOSIS,SEX,PATHOLOGY,EVIDENCES,INITIAL_EVIDENCE'];
  for (let i = 0; i < 90; i++) {
    const k = i % 3;
    const evidences = k === 0 ? `['E_1', 'E_2_@_${i % 3}']` : k === 1 ? `['E_3_@_V_${1 + (i % 2)}']` : "['E_4', 'E_1']";
    const name = ['Alpha', 'Beta', 'Gamma'][k]!;
    rows.push(`${20 + (i % 60)},"[['${name}', 1.0]]",${i % 4 === 0 ? 'F' : 'M'},${name},"${evidences}",E_1`);
  }
  writeFileSync(join(dir, 'patients-train.csv'), `${rows.join('\n')}\n`);
}

const setup = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'ddx-dp-learn-'));
  writeRelease(dir);
  return dir;
};

test('--epsilon with a seed: noisy model, reproducible, manifest records the release but never the training hash', async () => {
  const dir = setup();
  try {
    const ledger = join(dir, 'ledger.json');
    const common = ['learn', 'ddxplus', '--data', dir, '--ledger', ledger, '--epsilon', '1', '--dp-seed', '7'];
    const a = await runCli([...common, '--out', join(dir, 'a.json')]);
    const b = await runCli([...common, '--out', join(dir, 'b.json')]);
    const exact = await runCli(['learn', 'ddxplus', '--data', dir, '--out', join(dir, 'exact.json')]);
    assert.equal(a.code, 0, a.stderr);
    assert.equal(b.code, 0, b.stderr);
    assert.equal(exact.code, 0, exact.stderr);
    assert.equal(readFileSync(join(dir, 'a.json'), 'utf8'), readFileSync(join(dir, 'b.json'), 'utf8'));
    const noisy = readModelArtifact(join(dir, 'a.json'));
    const plain = readModelArtifact(join(dir, 'exact.json'));
    assert.notDeepEqual(noisy.likelihoods, plain.likelihoods);
    const p = noisy.manifest.parameters ?? {};
    assert.equal(p['dpEpsilon'], 1);
    assert.match(String(p['dpAccounting']), /sequential composition/);
    assert.match(String(p['dpMechanism']), /discrete Laplace/);
    assert.equal(p['dpSensitivity'], 24 + 4);
    assert.ok(Object.keys(p).every((k) => !/seed/i.test(k)), 'the seed must not be published');
    const train = noisy.manifest.training.find((t) => t.name === 'patients-train.csv');
    assert.equal(train?.sha256, '');
    assert.doesNotMatch(readFileSync(join(dir, 'a.json'), 'utf8'), new RegExp(plain.manifest.training.find((t) => t.name === 'patients-train.csv')!.sha256));
    assert.equal(plain.manifest.parameters?.['dpEpsilon'], undefined);
    // Probabilities stay probabilities.
    for (const table of Object.values(noisy.likelihoods)) for (const row of Object.values(table)) for (const q of row) assert.ok(q > 0 && q < 1);
    // Two seeded releases of 1 each were charged.
    const led = JSON.parse(readFileSync(ledger, 'utf8')) as { datasets: Record<string, { releases: { epsilon: number }[] }> };
    assert.deepEqual(Object.values(led.datasets).map((d) => d.releases.map((r) => r.epsilon)), [[1, 1]]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the ledger refuses a release over budget: exit 2, nothing written, budget unchanged', async () => {
  const dir = setup();
  try {
    const ledger = join(dir, 'ledger.json');
    const run = (eps: string, out: string): ReturnType<typeof runCli> =>
      runCli(['learn', 'ddxplus', '--data', dir, '--ledger', ledger, '--epsilon-budget', '2', '--epsilon', eps, '--out', join(dir, out)]);
    assert.equal((await run('1.5', 'first.json')).code, 0);
    const before = readFileSync(ledger, 'utf8');
    const refused = await run('0.6', 'second.json');
    assert.equal(refused.code, 2);
    assert.match(refused.stderr, /budget exceeded/);
    assert.equal(existsSync(join(dir, 'second.json')), false);
    assert.equal(readFileSync(ledger, 'utf8'), before);
    // The rest of the budget can still be spent; a copy of the same bytes shares the budget.
    assert.equal((await run('0.5', 'third.json')).code, 0);
    assert.equal((await run('0.1', 'fourth.json')).code, 2);
    assert.equal(existsSync(join(dir, 'fourth.json')), false);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('bad DP flags are usage errors and spend nothing', async () => {
  const dir = setup();
  try {
    const ledger = join(dir, 'ledger.json');
    for (const extra of [['--epsilon', '0'], ['--epsilon', 'x'], ['--dp-seed', '3'], ['--epsilon', '1', '--dp-max-items', '0']]) {
      const r = await runCli(['learn', 'ddxplus', '--data', dir, '--ledger', ledger, '--out', join(dir, 'm.json'), ...extra]);
      assert.equal(r.code, 2, extra.join(' '));
    }
    assert.equal(existsSync(ledger), false);
    assert.equal(existsSync(join(dir, 'm.json')), false);
    assert.throws(() => learnDdxplus(dir, { head: true, dp: { epsilon: 1, rng: createRng(1) } }), /differential head/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('without --epsilon the shipped DDXPlus model rebuilds byte for byte', { skip: !existsSync(join(import.meta.dirname, '../../../../shared/data/ddxplus/patients-train.csv')) }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ddx-dp-rebuild-'));
  try {
    const data = join(import.meta.dirname, '../../../../shared/data/ddxplus');
    const r = await runCli(['learn', 'ddxplus', '--data', data, '--out', join(dir, 'ddxplus.json')]);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(readFileSync(join(dir, 'ddxplus.json'), 'utf8'), readFileSync(join(import.meta.dirname, '../../../models/ddxplus.json'), 'utf8'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
