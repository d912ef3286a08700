/**
 * Learning counts from FHIR: NDJSON files (a Bulk Data export, one resource type per file) or JSON
 * Bundles, given as files or folders. Lines are streamed and projected to compact facts, spilled by
 * patient (spill.ts), then each patient's episodes are formed and counted. Missing resource types
 * (an export without Observation, say) only mean fewer findings. The free texts read (code texts,
 * string values) go through the learning gate as they are read (text-gate.ts); identifiable input
 * is refused before anything is counted.
 */
import { createHash, type Hash } from 'node:crypto';
import { closeSync, mkdtempSync, openSync, readdirSync, readFileSync, readSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { InputError, issue } from '../../core/issues.js';
import type { TrainingFile } from '../../core/model.js';
import { refuseIdentifiable } from '../gate.js';
import { RecordCounts } from './counts.js';
import { patientEpisodes, type DatedEpisode, type EpisodeOptions } from './episodes.js';
import { projectJson, type Fact, type ProjectContext } from './fhir-facts.js';
import { projectLine } from './fhir-lines.js';
import { eachLineOfRange, type LineRange } from './line-reader.js';
import { partitionCount, PatientSpill, readPatients } from './spill.js';
import { RecordsWorker, type WorkerScan } from './fhir-workers.js';
import { addTally, emptyTally, tallyReport, TextGate, type GateTally } from './text-gate.js';
import type { Vocabulary } from './vocabulary.js';

export interface FhirInput {
  readonly path: string;
  readonly bytes: number;
  readonly kind: 'ndjson' | 'json';
}

/** Files under the given paths: `*.ndjson` (and `.ndjson.gz` is not supported) and `*.json` Bundles, sorted. */
export function findFhirFiles(paths: readonly string[]): FhirInput[] {
  const out: FhirInput[] = [];
  for (const p of paths) {
    let st;
    try {
      st = statSync(p);
    } catch {
      throw new InputError([issue('missing-file', '--fhir', `no such file or folder: ${basename(p)}`)]);
    }
    const files = st.isDirectory() ? readdirSync(p).sort().map((f) => join(p, f)) : [p];
    for (const f of files) {
      const kind = f.endsWith('.ndjson') ? 'ndjson' : f.endsWith('.json') ? 'json' : undefined;
      if (!kind || !statSync(f).isFile()) continue;
      out.push({ path: f, bytes: statSync(f).size, kind });
    }
  }
  if (out.length === 0) throw new InputError([issue('no-input', '--fhir', 'no .ndjson or .json files found')]);
  return out;
}

export { eachLineOfRange, type LineRange } from './line-reader.js';

/** Block size for hashing whole files. */
const BLOCK = 1 << 22;

/** Lines before a byte offset (for naming the line of an error found by a worker). */
function linesBefore(path: string, offset: number): number {
  let n = 0;
  eachLineOfRange({ path, name: '', start: 0, end: offset }, () => n++);
  return n;
}

/** The offset of the first line start at or after `at`. */
function lineStartAfter(path: string, at: number, size: number): number {
  if (at <= 0) return 0;
  const fd = openSync(path, 'r');
  const buf = Buffer.allocUnsafe(1 << 16);
  try {
    for (let pos = at - 1; pos < size; pos += buf.length) {
      const got = readSync(fd, buf, 0, buf.length, pos);
      if (got <= 0) break;
      const i = buf.subarray(0, got).indexOf(10);
      if (i >= 0) return Math.min(size, pos + i + 1);
    }
  } finally {
    closeSync(fd);
  }
  return size;
}

/** Split NDJSON files into `parts` contiguous runs of byte ranges of about equal size, cut at line starts. */
export function splitRanges(files: readonly FhirInput[], parts: number): LineRange[][] {
  const total = files.reduce((a, f) => a + f.bytes, 0);
  const out: LineRange[][] = Array.from({ length: parts }, () => []);
  let before = 0;
  for (const f of files) {
    let start = 0;
    for (let k = 0; k < parts && start < f.bytes; k++) {
      const cutGlobal = Math.round(((k + 1) * total) / parts);
      if (cutGlobal <= before + start) continue;
      const end = k === parts - 1 ? f.bytes : lineStartAfter(f.path, Math.min(f.bytes, cutGlobal - before), f.bytes);
      if (end > start) out[k]!.push({ path: f.path, name: basename(f.path), start, end });
      start = end;
    }
    before += f.bytes;
  }
  return out;
}

/** What reading part of the input gives: the resources read, what the learning gate found in its texts. */
export interface ScanResult {
  readonly resources: Map<string, number>;
  readonly gate: GateTally;
  /** Non-empty lines per range, in order. */
  readonly lines: number[];
}

function parseLine(line: string, name: string, n: number): unknown {
  try {
    return JSON.parse(line);
  } catch {
    throw new InputError([issue('json', `${name}:${n}`, 'line is not valid JSON (NDJSON needs one resource per line)')]);
  }
}

/** Project every resource of the given ranges into `spill`. Throws InputError naming the file and line (within its range). */
export function scanRanges(ranges: readonly LineRange[], vocab: Vocabulary, spill: PatientSpill, hash?: (r: LineRange) => Hash | undefined): ScanResult {
  const resources = new Map<string, number>();
  const gate = new TextGate();
  const ctx: ProjectContext = {
    vocab,
    base: vocab.base,
    gate: (field, text) => gate.check(field, text),
    tally: (k) => resources.set(k, (resources.get(k) ?? 0) + 1),
    emit: (f: Fact) => spill.add(f),
    emitLine: (patient, line) => spill.addLine(patient, line),
  };
  const onLine = (r: LineRange) => (line: string, n: number): void => {
    if (!projectLine(line, ctx)) projectJson(parseLine(line, r.name, n), ctx);
  };
  const lines = ranges.map((r) => eachLineOfRange(r, onLine(r), hash?.(r)));
  return { resources, gate: gate.tally, lines };
}

/** Refuse identifiable text before anything is counted from it (nothing has been written yet). */
function refuse(found: GateTally): void {
  refuseIdentifiable('FHIR input', tallyReport(found));
}

export interface FhirLearnResult {
  readonly counts: RecordCounts;
  readonly training: TrainingFile[];
  readonly resources: ReadonlyMap<string, number>;
  readonly bytes: number;
  readonly facts: number;
  /** Worker threads used (0: all in this thread). */
  readonly workers: number;
}

export interface FhirLearnOptions extends EpisodeOptions {
  /** Called with every episode formed (benchmarks score them); counting happens regardless. Runs in this thread. */
  readonly onEpisode?: (e: DatedEpisode) => void;
  /** Override the partition count (tests). */
  readonly partitions?: number;
  /** Worker threads (default: one per core, up to 4, for NDJSON input of 64 MB or more; 0 = none). */
  readonly workers?: number;
}

/** Input below this many bytes is read in this thread: starting workers would cost more than it saves. */
export const PARALLEL_MIN_BYTES = 64 * 1024 * 1024;

function workerCount(files: readonly FhirInput[], bytes: number, opts: FhirLearnOptions): number {
  if (opts.onEpisode || files.some((f) => f.kind === 'json')) return 0;
  if (opts.workers !== undefined) return Math.max(0, Math.floor(opts.workers));
  return bytes >= PARALLEL_MIN_BYTES ? Math.min(4, availableParallelism()) : 0;
}

/** Read FHIR files into counts. Throws InputError on unparseable lines or identifiable text. */
export async function learnFhirCounts(paths: readonly string[], vocab: Vocabulary, opts: FhirLearnOptions): Promise<FhirLearnResult> {
  const files = findFhirFiles(paths);
  const bytes = files.reduce((a, f) => a + f.bytes, 0);
  const workers = workerCount(files, bytes, opts);
  if (workers > 0) return learnFhirParallel(files, bytes, vocab, opts, workers);
  const spill = new PatientSpill(bytes, opts.partitions);
  const resources = new Map<string, number>();
  const found = emptyTally();
  const training: TrainingFile[] = [];
  try {
    for (const f of files) {
      const name = basename(f.path);
      if (f.kind === 'json') {
        const raw = readFileSync(f.path);
        let v: unknown;
        try {
          v = JSON.parse(raw.toString('utf8'));
        } catch {
          throw new InputError([issue('json', name, 'not valid JSON')]);
        }
        const r = scanJson(v, vocab, spill);
        for (const [k, n] of r.resources) resources.set(k, (resources.get(k) ?? 0) + n);
        addTally(found, r.gate);
        training.push({ name, sha256: createHash('sha256').update(raw).digest('hex'), rows: 1 });
        continue;
      }
      const hash = createHash('sha256');
      const r = scanRanges([{ path: f.path, name, start: 0, end: f.bytes }], vocab, spill, () => hash);
      for (const [k, n] of r.resources) resources.set(k, (resources.get(k) ?? 0) + n);
      addTally(found, r.gate);
      training.push({ name, sha256: hash.digest('hex'), rows: r.lines[0] ?? 0 });
    }
    refuse(found);
    const counts = new RecordCounts(vocab.bands, [...vocab.findings.keys()]);
    const why = (reason: string): void => counts.skip(reason);
    for (const facts of spill.patients()) {
      counts.patients++;
      for (const e of patientEpisodes(facts, vocab, opts, why)) {
        counts.addEpisode(e);
        opts.onEpisode?.(e);
      }
    }
    return { counts, training, resources, bytes, facts: spill.factCount, workers: 0 };
  } finally {
    spill.dispose();
  }
}

/** A Bundle (or single resource) already parsed. */
function scanJson(v: unknown, vocab: Vocabulary, spill: PatientSpill): ScanResult {
  const resources = new Map<string, number>();
  const gate = new TextGate();
  projectJson(v, {
    vocab,
    base: vocab.base,
    gate: (field, text) => gate.check(field, text),
    tally: (k) => resources.set(k, (resources.get(k) ?? 0) + 1),
    emit: (f: Fact) => spill.add(f),
  });
  return { resources, gate: gate.tally, lines: [1] };
}

/**
 * Count the patients of a set of spilled partitions (the files of each partition, in input order).
 * `findings`: the finding keys numbered first (see RecordCounts).
 */
export function countPartitions(partitions: readonly (readonly string[])[], vocab: Vocabulary, opts: EpisodeOptions, findings: readonly string[] = []): RecordCounts {
  const counts = new RecordCounts(vocab.bands, findings);
  const why = (reason: string): void => counts.skip(reason);
  for (const files of partitions) {
    for (const facts of readPatients(files)) {
      counts.patients++;
      for (const e of patientEpisodes(facts, vocab, opts, why)) counts.addEpisode(e);
    }
  }
  return counts;
}

/**
 * The same work on worker threads: each reads a contiguous run of the input (projecting and
 * spilling into its own partition files, same partition count, and gating its texts), the input
 * is refused here if any worker's gate found identifiable text, then each worker counts every
 * W-th partition (reading that partition's files of every worker, in input order) and the counts
 * are summed here. The file hashes are computed here while
 * the workers read. Results are the same as in one thread: counts are sums, and merging the
 * workers' vocabularies in input order keeps the first-seen names.
 */
async function learnFhirParallel(files: readonly FhirInput[], bytes: number, vocab: Vocabulary, opts: FhirLearnOptions, workers: number): Promise<FhirLearnResult> {
  const partitions = opts.partitions ?? partitionCount(bytes);
  const runs = splitRanges(files, workers).filter((r) => r.length > 0);
  // One folder for the run: removed below even when a worker dies (out of memory) before it can remove its own.
  const runDir = mkdtempSync(join(tmpdir(), 'ddx-records-run-'));
  const pool = runs.map(() => new RecordsWorker(vocab.base, partitions, runDir));
  const episodeOpts: EpisodeOptions = { windowDays: opts.windowDays, ...(opts.until !== undefined ? { until: opts.until } : {}), ...(opts.after !== undefined ? { after: opts.after } : {}), ...(opts.maxEpisodes !== undefined ? { maxEpisodes: opts.maxEpisodes } : {}), ...(opts.maxFindings !== undefined ? { maxFindings: opts.maxFindings } : {}) };
  try {
    const scanning = pool.map((w, i) => w.scan(runs[i]!));
    const training: TrainingFile[] = [];
    const hashes = files.map((f) => {
      const h = createHash('sha256');
      const fd = openSync(f.path, 'r');
      const buf = Buffer.allocUnsafe(BLOCK);
      try {
        for (let pos = 0, got; (got = readSync(fd, buf, 0, BLOCK, pos)) > 0; pos += got) h.update(buf.subarray(0, got));
      } finally {
        closeSync(fd);
      }
      return h.digest('hex');
    });
    const scans = await Promise.allSettled(scanning);
    for (const [i, s] of scans.entries()) {
      if (s.status === 'rejected') throw lineError(s.reason, runs[i]!);
    }
    const done = scans.map((s) => (s as PromiseFulfilledResult<WorkerScan>).value);
    const resources = new Map<string, number>();
    const found = emptyTally();
    const rows = new Map<string, number>();
    done.forEach((d, i) => {
      vocab.importState(d.vocab);
      for (const [k, n] of d.resources) resources.set(k, (resources.get(k) ?? 0) + n);
      addTally(found, d.gate);
      runs[i]!.forEach((r, j) => rows.set(r.path, (rows.get(r.path) ?? 0) + d.lines[j]!));
    });
    files.forEach((f, i) => training.push({ name: basename(f.path), sha256: hashes[i]!, rows: rows.get(f.path) ?? 0 }));
    refuse(found);
    // Every worker's file of partition p, in input order.
    const parts = Array.from({ length: partitions }, (_, p) => done.map((d) => d.files[p]!));
    const state = vocab.exportState();
    // Every worker numbers the findings known now the same way, so their rows merge row to row here.
    const seed = state.findings.map((f) => f.key);
    const counts = new RecordCounts(vocab.bands, seed);
    // Merged as each worker finishes (in worker order, so the vocabulary keeps input order): the
    // rows were moved here, not copied, and the first worker's are taken over.
    const counting = pool.map((w, i) => w.count(parts.filter((_, p) => p % pool.length === i), { labels: state.labels, findings: state.findings, unmapped: [] }, episodeOpts));
    // A failure is thrown where it is awaited below, not reported as unhandled while an earlier worker is awaited.
    for (const c of counting) c.catch(() => undefined);
    for (const pending of counting) {
      const c = await pending;
      counts.merge(c.counts, true);
      vocab.importState(c.vocab);
    }
    return { counts, training, resources, bytes, facts: done.reduce((a, d) => a + d.facts, 0), workers: pool.length };
  } finally {
    await Promise.all(pool.map((w) => w.close()));
    rmSync(runDir, { recursive: true, force: true });
  }
}

/** An InputError from a worker, its line number made absolute in its file. */
function lineError(err: unknown, run: readonly LineRange[]): unknown {
  if (!(err instanceof InputError)) return err;
  return new InputError(err.issues.map((x) => {
    const m = /^(.*):(\d+)$/.exec(x.path);
    const r = m ? run.find((q) => q.name === m[1]) : undefined;
    return m && r && r.start > 0 ? { ...x, path: `${m[1]}:${linesBefore(r.path, r.start) + Number(m[2])}` } : x;
  }));
}
