/**
 * The main-thread side of the records learner's worker threads: one worker per run of the input,
 * each holding its own vocabulary and partition files between the two phases (reading, then
 * counting). Messages are plain data; an InputError in a worker comes back as an InputError.
 */
import { Worker } from 'node:worker_threads';
import { InputError, type Issue } from '../../core/issues.js';
import type { KnowledgeModel } from '../../core/model.js';
import type { CountsState } from './counts.js';
import type { EpisodeOptions } from './episodes.js';
import type { GateTally } from './text-gate.js';
import type { VocabularyState } from './vocabulary.js';

/** A byte range of an NDJSON file (as in fhir-learn.ts). */
export interface WorkerRange {
  readonly path: string;
  readonly name: string;
  readonly start: number;
  readonly end: number;
}

export interface WorkerScan {
  /** This worker's partition files, in partition order. */
  readonly files: string[];
  readonly resources: [string, number][];
  /** What the learning gate found in this worker's texts (checked as they were read). */
  readonly gate: GateTally;
  readonly lines: number[];
  readonly facts: number;
  readonly vocab: VocabularyState;
}

export interface WorkerCount {
  readonly counts: CountsState;
  readonly vocab: VocabularyState;
}

export interface WorkerSetup {
  readonly base: KnowledgeModel | undefined;
  readonly partitions: number;
  /** The run's temporary folder; the worker spills under it. */
  readonly spillDir: string;
}

export type WorkerRequest =
  | { readonly kind: 'scan'; readonly ranges: readonly WorkerRange[] }
  | { readonly kind: 'count'; readonly partitions: readonly (readonly string[])[]; readonly vocab: VocabularyState; readonly opts: EpisodeOptions }
  | { readonly kind: 'close' };

export type WorkerReply = { readonly ok: unknown } | { readonly issues: readonly Issue[] } | { readonly error: string };

// The build ships .js; under tsx (tests, development) the sources are .ts and a worker thread must
// register tsx's loader itself before importing its entry.
const FROM_SOURCE = import.meta.url.endsWith('.ts');
const ENTRY = new URL(FROM_SOURCE ? './fhir-worker.ts' : './fhir-worker.js', import.meta.url);

/**
 * A worker's old-generation heap limit. Its live heap stays under about 60 MB at any input size (the
 * partition text is held as bytes outside the heap, counts in typed arrays), but V8 grows a heap
 * lazily and collects late, so without a limit the resident size grew with the input (352 -> 492 MB
 * peak from 2,000 to 20,000 synthetic patients; 358 -> 404-434 MB with 160-256 MB limits, docs/records.md).
 */
export const WORKER_HEAP_MB = 192;

/**
 * A worker's young-generation limit. A worker allocates short-lived strings and objects at a high
 * rate (a line's projection, a patient's parsed facts), and V8 grew its young generation to its
 * default size (heapTotal 28 -> 45 MB per worker) only over a longer run, so larger inputs ended
 * with larger worker heaps. Measured on 2,000 and 20,000 synthetic patients (docs/records.md): the
 * default gave 297 -> 308 MB peak, 16 MB gave 266 -> 273 MB at the same CPU time, 8 MB 233 -> 244 MB
 * with about 5% more CPU.
 */
export const WORKER_YOUNG_MB = 16;

function startWorker(setup: WorkerSetup): Worker {
  const resourceLimits = { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: WORKER_YOUNG_MB };
  if (!FROM_SOURCE) return new Worker(ENTRY, { workerData: setup, resourceLimits });
  const boot = `import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(ENTRY.href)}); })`;
  return new Worker(boot, { eval: true, workerData: setup, resourceLimits });
}

/** What a worker's failure says: running out of its heap names the limit and the way round it. */
function workerFailure(e: unknown): unknown {
  if (e instanceof Error && (e as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY') {
    return new Error(`records worker ran out of its ${WORKER_HEAP_MB} MB heap (one patient's records too large for a worker); run with --workers 0`);
  }
  return e;
}

/** One worker thread of the records learner, driven by request/response messages. */
export class RecordsWorker {
  private readonly worker: Worker;
  private pending: { resolve: (v: unknown) => void; reject: (e: unknown) => void } | undefined;
  private failed: unknown;

  constructor(base: KnowledgeModel | undefined, partitions: number, spillDir: string) {
    const setup: WorkerSetup = { base, partitions, spillDir };
    this.worker = startWorker(setup);
    this.worker.on('message', (m: WorkerReply) => {
      const p = this.pending;
      this.pending = undefined;
      if (!p) return;
      if ('ok' in m) p.resolve(m.ok);
      else if ('issues' in m) p.reject(new InputError(m.issues));
      else p.reject(new Error(`records worker: ${m.error}`));
    });
    this.worker.on('error', (e) => this.fail(workerFailure(e)));
    // A worker that stops without an error event (exit() in its code, a native abort) must not leave its request pending forever.
    this.worker.on('exit', (code) => this.fail(new Error(`records worker stopped (exit code ${code})`)));
  }

  private fail(e: unknown): void {
    this.failed ??= e;
    this.pending?.reject(e);
    this.pending = undefined;
  }

  private request<T>(req: WorkerRequest): Promise<T> {
    if (this.failed) return Promise.reject(this.failed);
    return new Promise<T>((resolve, reject) => {
      this.pending = { resolve: resolve as (v: unknown) => void, reject };
      this.worker.postMessage(req);
    });
  }

  /** Phase one: read the given ranges of the input into the worker's vocabulary and partition files. */
  scan(ranges: readonly WorkerRange[]): Promise<WorkerScan> {
    return this.request({ kind: 'scan', ranges });
  }

  /** Phase two: count episodes in the given partitions under the merged vocabulary. */
  count(partitions: readonly (readonly string[])[], vocab: VocabularyState, opts: EpisodeOptions): Promise<WorkerCount> {
    return this.request({ kind: 'count', partitions, vocab, opts });
  }

  /** Remove the worker's temporary files and stop it. */
  async close(): Promise<void> {
    if (!this.failed) {
      try {
        await this.request({ kind: 'close' });
      } catch {
        /* stopping anyway */
      }
    }
    await this.worker.terminate();
  }
}
