/**
 * The generic benchmark runner, shared by every suite (phenopackets, ddxplus, vignettes).
 *
 * API:
 *   interface Suite {                       // built in each worker by `createSuite(options)`
 *     name: string;
 *     evaluate(raw: unknown, path: string): Result<CaseOutcome>;   // parse one case line and run every policy on it
 *   }
 *   interface SuiteRef { module: string; options: Json }           // module URL exporting createSuite(options): Suite
 *   runBench({ suite, casesPath, outDir, workers?, cacheKey, progress? }): Promise<BenchRun>
 * Case lines are split across worker threads (default 2); each finished case is appended to a cache
 * file keyed by the SHA-256 of its line, so a rerun with the same cacheKey resumes. Malformed lines are
 * reported with their line number and field and skipped; the run goes on. `summariseStatic` and
 * `summariseStepwise` (report.ts) turn outcomes into the printed JSON; `writeReports` writes the
 * trace JSONL, Markdown report and plot.
 */
import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import cliProgress from 'cli-progress';
import type { Issue, Result } from '../core/issues.js';
import { sha256Hex } from '../learn/artifact.js';

export interface PolicyOutcome {
  readonly name: string;
  readonly budget: number | null;
  /** Judge score of the top-ranked diagnosis (1..5). */
  readonly judge: number;
  readonly correct: boolean;
  /** 0-based rank of the first correct diagnosis, or -1 beyond the recorded list. */
  readonly rank: number;
  readonly costUsd: number;
  readonly steps: number;
  readonly actions: readonly string[];
  readonly top: readonly string[];
  /** Actions without a price (reported, not priced). */
  readonly missingPrices: readonly string[];
  readonly exchanges?: readonly unknown[];
  /** The same stop scored with the other final ranking (re-ranked or not), when a suite measures both. */
  readonly alt?: { readonly correct: boolean; readonly rank: number };
}

export interface CaseOutcome {
  readonly caseId: string;
  readonly truth: string;
  /** The true disease is one the model was trained on. */
  readonly seen: boolean;
  readonly policies: readonly PolicyOutcome[];
}

export interface Suite {
  readonly name: string;
  evaluate(raw: unknown, path: string): Result<CaseOutcome>;
}

export interface SuiteRef {
  readonly module: string;
  readonly options: unknown;
}

export interface BenchRun {
  readonly outcomes: CaseOutcome[];
  readonly skipped: { readonly line: number; readonly issues: readonly Issue[] }[];
  readonly fromCache: number;
  /** Wall seconds of the whole run, model loading in the workers included. */
  readonly seconds: number;
  /** Wall seconds until the first worker had loaded and compiled the model (0 when every case came from the cache). */
  readonly loadSeconds: number;
}

interface Job { line: number; text: string }
type Reply = { line: number; ok: true; outcome: CaseOutcome } | { line: number; ok: false; issues: Issue[] };

const workerUrl = new URL(import.meta.url.endsWith('.ts') ? './runner-worker.ts' : './runner-worker.js', import.meta.url);

/** Runs a suite over the case lines on worker threads, resuming from the cache keyed by `cacheKey`; see the module comment. */
export async function runBench(opts: { suite: SuiteRef; casesText: string; outDir: string; cacheKey: string; workers?: number; progress?: boolean }): Promise<BenchRun> {
  const t0 = performance.now();
  mkdirSync(join(opts.outDir, 'cache'), { recursive: true });
  const cachePath = join(opts.outDir, 'cache', `${opts.cacheKey.slice(0, 16)}.jsonl`);
  const cached = new Map<string, CaseOutcome>();
  if (existsSync(cachePath)) {
    for (const l of readFileSync(cachePath, 'utf8').split('\n')) {
      if (!l) continue;
      try {
        const e = JSON.parse(l) as { h: string; o: CaseOutcome };
        cached.set(e.h, e.o);
      } catch { /* a torn last line from an interrupted run: recomputed */ }
    }
  }
  const outcomes = new Map<number, CaseOutcome>();
  const skipped: BenchRun['skipped'] = [];
  const jobs: Job[] = [];
  const hashes = new Map<number, string>();
  let fromCache = 0;
  opts.casesText.split('\n').forEach((text, i) => {
    if (text.trim() === '') return;
    const h = sha256Hex(text);
    const hit = cached.get(h);
    if (hit) {
      outcomes.set(i + 1, hit);
      fromCache++;
    } else {
      hashes.set(i + 1, h);
      jobs.push({ line: i + 1, text });
    }
  });
  // When the first worker has its model: ranking throughput is measured from here (loading is a one-off cost).
  let firstReady: number | undefined;
  const bar = opts.progress && process.stderr.isTTY ? new cliProgress.SingleBar({ stream: process.stderr, noTTYOutput: false, etaBuffer: 50 }, cliProgress.Presets.shades_classic) : undefined;
  bar?.start(jobs.length + fromCache, fromCache);
  const nWorkers = Math.max(1, Math.min(opts.workers ?? 2, Math.ceil(jobs.length / 20)));
  const BATCH = 10;
  let next = 0;
  await Promise.all(Array.from({ length: jobs.length > 0 ? nWorkers : 0 }, () => new Promise<void>((resolve, reject) => {
    // Under tsx (running from source) the worker needs the loader registered explicitly.
    const w = workerUrl.pathname.endsWith('.ts')
      ? new Worker(`import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(workerUrl.href)}); });`, { eval: true, workerData: opts.suite })
      : new Worker(workerUrl, { workerData: opts.suite });
    const send = (): void => {
      if (next >= jobs.length) {
        void w.terminate().then(() => resolve());
        return;
      }
      const batch = jobs.slice(next, next + BATCH);
      next += BATCH;
      w.postMessage(batch);
    };
    w.on('message', (replies: Reply[] | 'ready') => {
      if (replies === 'ready') {
        firstReady ??= performance.now();
        return send();
      }
      // Hand the worker its next batch before doing this one's bookkeeping, so it never waits on us.
      send();
      let cacheLines = '';
      for (const r of replies) {
        if (r.ok) {
          outcomes.set(r.line, r.outcome);
          cacheLines += `${JSON.stringify({ h: hashes.get(r.line), o: r.outcome })}\n`;
        } else skipped.push({ line: r.line, issues: r.issues });
        bar?.increment();
      }
      if (cacheLines) appendFileSync(cachePath, cacheLines);
    });
    w.on('error', reject);
  })));
  bar?.stop();
  skipped.sort((a, b) => a.line - b.line);
  const ordered = [...outcomes.entries()].sort((a, b) => a[0] - b[0]).map(([, o]) => o);
  return { outcomes: ordered, skipped, fromCache, seconds: (performance.now() - t0) / 1000, loadSeconds: firstReady === undefined ? 0 : (firstReady - t0) / 1000 };
}
