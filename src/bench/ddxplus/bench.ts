/**
 * The DDXPlus benchmark run: every policy of a profile (ddx plus the baselines) over a patients file,
 * split across worker threads that each load the model once. Returns one summary per policy, with
 * throughput and per-step latency of ddx's own policy.
 */
import { readFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { compileModel } from '../../core/compile.js';
import { readModelArtifact } from '../../learn/artifact.js';
import { parsePatientsCsv } from '../../learn/ddxplus/records.js';
import { summarise, type CaseOutcome, type DdxplusSummary } from './metrics.js';
import { policiesFor, type PolicyName, type Profile } from './policies.js';
import { runPatient } from './run-case.js';

export interface ChunkRequest {
  readonly modelPath: string;
  readonly patientsPath: string;
  readonly profile: Profile;
  readonly policy: PolicyName;
  readonly start: number;
  readonly end: number;
}

export interface ChunkResult {
  readonly outcomes: CaseOutcome[];
  /** Milliseconds per case for the whole interactive loop. */
  readonly caseMs: number[];
  /**
   * Milliseconds per step: from the case start or the previous answer to the next question, and from
   * the last answer to the final result (questions + 1 steps per case).
   */
  readonly stepMs: number[];
}

const cache = new Map<string, unknown>();
function memo<T>(key: string, make: () => T): T {
  if (!cache.has(key)) cache.set(key, make());
  return cache.get(key) as T;
}

/** Run one chunk of patients through one policy (inside a worker, or inline). */
export function runChunk(req: ChunkRequest): ChunkResult {
  const cm = memo(`m:${req.modelPath}`, () => compileModel(readModelArtifact(req.modelPath)));
  const patients = memo(`p:${req.patientsPath}`, () => parsePatientsCsv(readFileSync(req.patientsPath, 'utf8'), 'patients'));
  const spec = policiesFor(req.profile).find((p) => p.name === req.policy)!;
  const outcomes: CaseOutcome[] = [];
  const caseMs: number[] = [];
  const stepMs: number[] = [];
  for (let i = req.start; i < Math.min(req.end, patients.length); i++) {
    const t = performance.now();
    const { outcome } = runPatient(cm, patients[i]!, spec.options(cm, String(i)), stepMs);
    caseMs.push(performance.now() - t);
    outcomes.push(outcome);
  }
  return { outcomes, caseMs, stepMs };
}

export interface BenchOptions {
  readonly modelPath: string;
  readonly patientsPath: string;
  readonly profile: Profile;
  readonly workers: number;
  /** Cases per message to a worker (default: about four chunks per worker, at least 16 cases). */
  readonly chunkSize?: number;
  readonly onProgress?: (done: number, total: number) => void;
}

export interface PolicyReport extends DdxplusSummary {
  readonly cases_per_s: number;
  readonly step_ms_p50: number;
  readonly step_ms_p99: number;
}

function quantile(xs: readonly number[], q: number): number {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
}

const workerUrl = new URL(`./bench-worker${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url);

/** Run the whole profile. Throughput is cases / wall-clock seconds of each policy's pass over all workers. */
export async function runDdxplusBench(opts: BenchOptions): Promise<Record<PolicyName, PolicyReport>> {
  const n = parsePatientsCsv(readFileSync(opts.patientsPath, 'utf8'), 'patients').length;
  const nWorkers = Math.max(1, opts.workers);
  const chunk = opts.chunkSize ?? Math.max(16, Math.ceil(n / (nWorkers * 4)));
  const policies = policiesFor(opts.profile).map((p) => p.name);
  // Under tsx (running from source) the worker needs the loader registered explicitly.
  const spawn = (): Worker => workerUrl.pathname.endsWith('.ts')
    ? new Worker(`import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(workerUrl.href)}); });`, { eval: true })
    : new Worker(workerUrl);
  const workers = Array.from({ length: nWorkers }, spawn);
  const total = n * policies.length;
  let done = 0;
  const out = {} as Record<PolicyName, PolicyReport>;
  try {
    // Warm each worker before timing: model load and compile, and every policy over a few hundred
    // cases so the timed passes run optimised code rather than the JIT's first tiers.
    await Promise.all(workers.map(async (w) => {
      for (const policy of policies) await call(w, { modelPath: opts.modelPath, patientsPath: opts.patientsPath, profile: opts.profile, policy, start: 0, end: Math.min(n, 256) });
    }));
    for (const policy of policies) {
      const queue: ChunkRequest[] = [];
      for (let s = 0; s < n; s += chunk) queue.push({ modelPath: opts.modelPath, patientsPath: opts.patientsPath, profile: opts.profile, policy, start: s, end: Math.min(n, s + chunk) });
      const results: ChunkResult[] = new Array(queue.length);
      let next = 0;
      const t0 = performance.now();
      await Promise.all(workers.map(async (w) => {
        while (next < queue.length) {
          const k = next++;
          results[k] = await call(w, queue[k]!);
          done += queue[k]!.end - queue[k]!.start;
          opts.onProgress?.(done, total);
        }
      }));
      const seconds = (performance.now() - t0) / 1000;
      const outcomes = results.flatMap((r) => r.outcomes);
      const steps = results.flatMap((r) => r.stepMs);
      out[policy] = {
        ...summarise(outcomes),
        cases_per_s: Math.round(outcomes.length / seconds),
        step_ms_p50: Number(quantile(steps, 0.5).toFixed(4)),
        step_ms_p99: Number(quantile(steps, 0.99).toFixed(4)),
      };
    }
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return out;
}

function call(w: Worker, req: ChunkRequest): Promise<ChunkResult> {
  return new Promise((resolve, reject) => {
    const onMessage = (m: { ok: true; result: ChunkResult } | { ok: false; error: string }): void => {
      w.off('error', onError);
      if (m.ok) resolve(m.result);
      else reject(new Error(m.error));
    };
    const onError = (e: Error): void => {
      w.off('message', onMessage);
      reject(e);
    };
    w.once('message', onMessage);
    w.once('error', onError);
    w.postMessage(req);
  });
}
