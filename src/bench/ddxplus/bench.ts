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
  /**
   * Timed passes per policy (default: enough to time at least 2,000 cases, at most 9). Outcomes come
   * from the first pass (every pass computes the same ones); throughput is the median pass's, so one
   * pass slowed down by other work on a shared machine does not decide it.
   */
  readonly passes?: number;
  readonly onProgress?: (done: number, total: number) => void;
}

export interface PolicyReport extends DdxplusSummary {
  /** Cases per second of the median timed pass, all workers together. */
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

type Reply = { ok: true; result: ChunkResult } | { ok: false; error: string };

/** A worker with requests in flight: it answers them in order, so replies resolve a FIFO. */
class Lane {
  private readonly pending: { resolve: (r: ChunkResult) => void; reject: (e: Error) => void }[] = [];
  constructor(readonly worker: Worker) {
    worker.on('message', (m: Reply) => {
      const p = this.pending.shift();
      if (!p) return;
      if (m.ok) p.resolve(m.result);
      else p.reject(new Error(m.error));
    });
    worker.on('error', (e: Error) => {
      for (const p of this.pending.splice(0)) p.reject(e);
    });
  }

  get inFlight(): number {
    return this.pending.length;
  }

  call(req: ChunkRequest): Promise<ChunkResult> {
    return new Promise((resolve, reject) => {
      this.pending.push({ resolve, reject });
      this.worker.postMessage(req);
    });
  }
}

/** Run the whole profile (see `BenchOptions.passes` for how throughput is timed). */
export async function runDdxplusBench(opts: BenchOptions): Promise<Record<PolicyName, PolicyReport>> {
  const n = parsePatientsCsv(readFileSync(opts.patientsPath, 'utf8'), 'patients').length;
  const nWorkers = Math.max(1, opts.workers);
  const chunk = opts.chunkSize ?? Math.max(16, Math.ceil(n / (nWorkers * 4)));
  const passes = opts.passes ?? Math.min(9, Math.max(1, Math.ceil(2000 / Math.max(1, n))));
  const policies = policiesFor(opts.profile).map((p) => p.name);
  // Under tsx (running from source) the worker needs the loader registered explicitly.
  const spawn = (): Worker => workerUrl.pathname.endsWith('.ts')
    ? new Worker(`import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(workerUrl.href)}); });`, { eval: true })
    : new Worker(workerUrl);
  const lanes = Array.from({ length: nWorkers }, () => new Lane(spawn()));
  const total = n * policies.length * passes;
  let done = 0;
  const out = {} as Record<PolicyName, PolicyReport>;
  const request = (policy: PolicyName, start: number, end: number): ChunkRequest => ({ modelPath: opts.modelPath, patientsPath: opts.patientsPath, profile: opts.profile, policy, start, end });
  try {
    // Warm each worker before timing: model load and compile, and every policy over a few hundred
    // cases so the timed passes run optimised code rather than the JIT's first tiers.
    await Promise.all(lanes.map(async (lane) => {
      for (const policy of policies) await lane.call(request(policy, 0, Math.min(n, 256)));
    }));
    for (const policy of policies) {
      const rates: number[] = [];
      const steps: number[] = [];
      let outcomes: CaseOutcome[] = [];
      for (let pass = 0; pass < passes; pass++) {
        const queue: ChunkRequest[] = [];
        for (let s = 0; s < n; s += chunk) queue.push(request(policy, s, Math.min(n, s + chunk)));
        const results: ChunkResult[] = new Array(queue.length);
        let next = 0;
        const t0 = performance.now();
        // Two chunks in flight per worker, so a worker never waits for the next message.
        await new Promise<void>((resolve, reject) => {
          let finished = 0;
          const feed = (lane: Lane): void => {
            while (next < queue.length && lane.inFlight < 2) {
              const k = next++;
              lane.call(queue[k]!).then((r) => {
                results[k] = r;
                done += queue[k]!.end - queue[k]!.start;
                opts.onProgress?.(done, total);
                if (++finished === queue.length) resolve();
                else feed(lane);
              }, reject);
            }
          };
          if (queue.length === 0) resolve();
          for (const lane of lanes) feed(lane);
        });
        const seconds = (performance.now() - t0) / 1000;
        if (pass === 0) outcomes = results.flatMap((r) => r.outcomes);
        for (const r of results) for (const x of r.stepMs) steps.push(x);
        rates.push(n / seconds);
      }
      out[policy] = {
        ...summarise(outcomes),
        cases_per_s: Math.round(quantile(rates, 0.5)),
        step_ms_p50: Number(quantile(steps, 0.5).toFixed(4)),
        step_ms_p99: Number(quantile(steps, 0.99).toFixed(4)),
      };
    }
  } finally {
    await Promise.all(lanes.map((l) => l.worker.terminate()));
  }
  return out;
}
