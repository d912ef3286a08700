/**
 * Benchmark: a FHIR Bundle with 200 Observations and 3 notes, end to end to a differential.
 * `node --import tsx src/bench/fhir-intake.bench.ts [--model models/ddxplus.json] [--iterations 200]`
 * Prints JSON with p50/p99 milliseconds for:
 *  - warm: bundleToCase + diagnose with the model compiled and its lookup tables built (a server's steady state);
 *  - cold: compileModel + bundleToCase + diagnose on a model object seen for the first time (finding
 *    index and notes lexicon rebuilt too).
 * Fixed iteration counts, results consumed; never asserts timing. Target: <= 50 ms.
 */
import { existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { compileModel, diagnose, type KnowledgeModel } from '../core/index.js';
import { readModelArtifact } from '../learn/artifact.js';
import { bloodPressure, bundle, makeFhirModel, note, patient, qualitative, quantity } from '../testkit/fhir-fixtures.js';
import { TESTS } from '../intake/fhir/loinc-tests.js';
import { bundleToCase } from '../intake/fhir/to-case.js';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** Deterministic synthetic values: cycle through the mapped tests, alternating normal and abnormal. */
function observations(n: number): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const tests = TESTS.filter((t) => t.kind === 'quantity');
  for (let i = 0; out.length < n; i++) {
    const t = tests[i % tests.length]!;
    if (t.kind !== 'quantity') continue;
    const r = t.ranges[0]!;
    const hi = r.high ?? (r.low ?? 1) * 2;
    const lo = r.low ?? 0;
    const abnormal = i % 3 === 0;
    const value = abnormal ? (t.high ? hi * 1.1 : lo * 0.8) : (lo + hi) / 2;
    const withRange = i % 4 === 0 ? { range: { ...(r.low !== undefined ? { low: r.low } : {}), ...(r.high !== undefined ? { high: r.high } : {}) } } : {};
    out.push(quantity(t.loinc[0]!, Number(value.toPrecision(4)), t.unit, { id: `o${i}`, effective: `2025-03-01T${String(8 + (i % 10)).padStart(2, '0')}:00:00Z`, ...withRange }));
    if (out.length % 50 === 0) out.push(bloodPressure(150, 95, `bp${i}`));
    if (out.length % 40 === 0) out.push(qualitative('5802-4', i % 2 ? 'negative' : 'positive', { id: `q${i}` }));
  }
  return out.slice(0, n);
}

const NOTE = [
  'HPI: 54 year old woman with shortness of breath and chest pain for two days. Denies fever or chills.',
  'No cough. Reports fatigue and decreased appetite. Had a long flight last week; no recent surgery.',
  'PMH: hypertension, no diabetes. Meds: none. Allergies: none known.',
  'FH: mother had a deep vein thrombosis. SH: non-smoker, drinks coffee daily.',
  'ROS: negative for nausea, vomiting, diarrhea. Positive for palpitations. No painful urination.',
  'Exam: tachycardic, lungs clear, calves non-tender. Assessment: possible pulmonary embolism, r/o pneumonia.',
].join('\n');

function percentile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

function summary(ms: number[]): { p50: number; p99: number; mean: number; n: number } {
  const s = [...ms].sort((a, b) => a - b);
  const r = (x: number): number => Math.round(x * 1000) / 1000;
  return { p50: r(percentile(s, 0.5)), p99: r(percentile(s, 0.99)), mean: r(s.reduce((a, b) => a + b, 0) / s.length), n: s.length };
}

function main(): void {
  const path = arg('--model') ?? 'models/ddxplus.json';
  const model: KnowledgeModel = existsSync(path) ? readModelArtifact(path) : makeFhirModel();
  const iterations = Number(arg('--iterations') ?? 200);
  const coldIterations = Number(arg('--cold-iterations') ?? 30);
  const resources = [patient(), ...observations(200), note(NOTE, 'n1'), note(NOTE.toUpperCase(), 'n2'), note(NOTE.replace(/Denies/g, 'Reports'), 'n3')];
  const input = JSON.parse(JSON.stringify(bundle(resources))) as unknown;
  const opts = { mode: 'no-budget' as const };
  let sink = 0;

  const once = (m: KnowledgeModel, cm: ReturnType<typeof compileModel>): void => {
    const r = bundleToCase(input, m);
    if (!r.ok) throw new Error(`bench bundle rejected: ${r.issues.map((i) => `${i.path} ${i.code}`).join('; ')}`);
    sink += diagnose(cm, r.value.case, opts).differential.length + r.value.sources.length;
  };

  const cm = compileModel(model);
  for (let i = 0; i < 20; i++) once(model, cm); // warm-up (JIT, caches)
  const warm: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const t0 = performance.now();
    once(model, cm);
    warm.push(performance.now() - t0);
  }
  const cold: number[] = [];
  for (let i = 0; i < coldIterations; i++) {
    const fresh: KnowledgeModel = { ...model }; // new identity: finding index and lexicon caches miss
    const t0 = performance.now();
    once(fresh, compileModel(fresh));
    cold.push(performance.now() - t0);
  }
  const probe = bundleToCase(input, model);
  const stats = probe.ok ? { findings: probe.value.case.findings.length, sources: probe.value.sources.length, ignored: probe.value.ignored.length, unmapped: probe.value.unmapped.length, warnings: probe.value.warnings.length } : {};
  process.stdout.write(`${JSON.stringify({
    bench: 'fhir-bundle-to-differential',
    model: { id: model.id, version: model.version, findings: model.findings.length, conditions: model.conditions.length },
    bundle: { observations: 200, notes: 3, entries: resources.length, bytes: JSON.stringify(input).length, ...stats },
    warm_ms: summary(warm),
    cold_ms: summary(cold),
    target_ms: 50,
    node: process.version,
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    load_avg_1m: Math.round(loadavg()[0]! * 100) / 100,
    sink,
  }, null, 2)}\n`);
}

main();
