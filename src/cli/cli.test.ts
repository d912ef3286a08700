import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { runCli } from '../testkit/cli-capture.js';

const dir = mkdtempSync(join(tmpdir(), 'ddx-cli-'));

test('diagnose prints a differential as JSON whose probabilities are a distribution', async () => {
  const r = await runCli(['diagnose', 'examples/chest-pain.json', '--json']);
  assert.equal(r.code, 0, r.stderr);
  const result = JSON.parse(r.stdout) as { differential: { conditionId: string; probability: number; for: unknown[] }[]; nextActions: unknown[]; shouldStop: boolean };
  assert.ok(result.differential.length >= 2);
  const total = result.differential.reduce((a, e) => a + e.probability, 0);
  assert.ok(total > 0.5 && total <= 1 + 1e-9);
  assert.ok(result.differential.some((e) => /angina|stemi|pericarditis/.test(e.conditionId)), 'a cardiac cause should be listed for chest pain');
  assert.ok(result.differential[0]!.for.length > 0);
});

test('diagnose prints a readable table by default', async () => {
  const r = await runCli(['diagnose', 'examples/chest-pain.json']);
  assert.equal(r.code, 0);
  assert.match(r.stdout, /Differential diagnosis/);
  assert.match(r.stdout, /Next best actions/);
});

test('a malformed case gets every problem with its JSON path and exit code 2, no stack trace', async () => {
  const bad = join(dir, 'bad.json');
  writeFileSync(bad, JSON.stringify({ age: 'forty', findings: [{ id: 'E_91', present: 1 }, { id: 'NOPE', present: true }] }));
  const r = await runCli(['diagnose', bad]);
  assert.equal(r.code, 2);
  for (const path of ['$.age', '$.sex', '$.findings[0].present', '$.findings[1].id']) assert.ok(r.stderr.includes(path), `missing ${path} in ${r.stderr}`);
  assert.doesNotMatch(r.stderr, /\bat .*\.ts:\d+/);
  assert.equal(r.stdout, '');
});

test('invalid JSON is reported without echoing the file content', async () => {
  const bad = join(dir, 'broken.json');
  writeFileSync(bad, '{"age": 40, "note": "Jane Canary-Smith MRN 99812", ');
  const r = await runCli(['diagnose', bad]);
  assert.equal(r.code, 2);
  assert.doesNotMatch(r.stderr, /Canary|99812/);
});

test('missing files and bad flags exit 2', async () => {
  assert.equal((await runCli(['diagnose', join(dir, 'nope.json')])).code, 2);
  assert.equal((await runCli(['diagnose', 'examples/chest-pain.json', '--mode', 'sideways'])).code, 2);
  assert.equal((await runCli(['diagnose', 'examples/chest-pain.json', '--model', 'no-such-model'])).code, 2);
});

test('demo runs the bundled case end to end', async () => {
  const r = await runCli(['demo']);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /Q1 /);
  assert.match(r.stdout, /Differential diagnosis/);
  assert.match(r.stdout, /Pulmonary embolism/);
});

test('models lists the built-in DDXPlus model with its content hash', async () => {
  const r = await runCli(['models', '--json']);
  assert.equal(r.code, 0);
  const rows = JSON.parse(r.stdout) as { id: string; contentHash: string; conditions: number }[];
  const dx = rows.find((m) => m.id === 'ddxplus');
  assert.ok(dx);
  assert.equal(dx.conditions, 49);
  const file = JSON.parse(readFileSync('models/ddxplus.json', 'utf8')) as { manifest: { contentHash: string } };
  assert.equal(dx.contentHash, file.manifest.contentHash);
});

test('interview asks questions from piped answers and ends with a differential', () => {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/run.ts', 'interview', '--age', '35', '--sex', 'female', '--max-questions', '3'], {
    input: `\nmaybe\n${'n\nskip\n'.repeat(10)}`,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /Q1 /);
  assert.match(r.stdout, /differential:/);
  assert.match(r.stdout, /Differential diagnosis/);
});

test('diagnose --fhir reads a Bundle and --fhir-out writes a RiskAssessment with Provenance', async () => {
  const out = join(dir, 'result.fhir.json');
  const r = await runCli(['diagnose', '--fhir', 'examples/fhir-bundle.json', '--model', 'ddxplus', '--fhir-out', out, '--json']);
  assert.equal(r.code, 0, r.stderr);
  const result = JSON.parse(r.stdout) as { differential: { for: { findingId: string }[] }[] };
  assert.ok(result.differential[0]!.for.some((c) => c.findingId === 'E_91'), 'fever from the temperature Observation should count');
  const bundle = JSON.parse(readFileSync(out, 'utf8')) as { resourceType: string; entry: { resource: { resourceType: string; prediction?: unknown[] } }[] };
  assert.equal(bundle.resourceType, 'Bundle');
  const types = bundle.entry.map((e) => e.resource.resourceType);
  assert.ok(types.includes('RiskAssessment') && types.includes('Provenance'));
  assert.ok((bundle.entry.find((e) => e.resource.resourceType === 'RiskAssessment')!.resource.prediction ?? []).length > 0);
});

test('diagnose --fhir rejects a Bundle of the wrong type with its path', async () => {
  const bad = join(dir, 'bad-bundle.json');
  writeFileSync(bad, JSON.stringify({ resourceType: 'Bundle', type: 'message', entry: [] }));
  const r = await runCli(['diagnose', '--fhir', bad]);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /Bundle\.type/);
});

test('diagnose --note turns a note into findings, negations included', async () => {
  const note = join(dir, 'note.txt');
  writeFileSync(note, 'Complains of cough and shortness of breath for three days. Denies fever.');
  const r = await runCli(['diagnose', '--note', note, '--model', 'ddxplus', '--age', '60', '--sex', 'male', '--json']);
  assert.equal(r.code, 0, r.stderr);
  const result = JSON.parse(r.stdout) as { differential: { for: { findingId: string }[]; against: { findingId: string }[] }[] };
  const cited = result.differential.flatMap((e) => [...e.for, ...e.against].map((c) => c.findingId));
  assert.ok(cited.includes('E_201') && cited.includes('E_66'));
  assert.ok(result.differential.some((e) => e.against.some((c) => c.findingId === 'E_91')), 'denied fever counts against');
  assert.equal((await runCli(['diagnose', '--note', note])).code, 2, 'age and sex are required with a note');
  assert.equal((await runCli(['diagnose', 'examples/chest-pain.json', '--note', note])).code, 2, 'only one input at a time');
});
