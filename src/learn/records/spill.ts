/**
 * Grouping facts by patient with memory bounded by a partition, not by the number of patients. A
 * bulk export is one file per resource type in no promised order, so a patient's facts are spread
 * over every file. Each fact is appended to one of P temporary partition files chosen by a hash of
 * the patient id; afterwards the partitions are read back one at a time and grouped in memory. P is
 * sized from the input so a partition stays around a fixed size: peak memory is flat in the number
 * of patients (one partition's facts), at the cost of writing the compact facts once.
 */
import { closeSync, mkdtempSync, openSync, readSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Fact } from './fhir-facts.js';

/** Input bytes per partition (the facts are a small fraction of the input, about 5–15%). */
export const INPUT_BYTES_PER_PARTITION = 24 * 1024 * 1024;
/** More partitions than this would hold too many files open; beyond it a partition grows with the input. */
export const MAX_PARTITIONS = 512;
/**
 * All partitions' write buffers together: this many bytes whatever the partition count (each at
 * least 16 KiB, so 512 partitions take 8 MiB too). Capping each buffer at 1 MiB instead made the
 * total grow with the input (6 MiB per thread at 6 partitions, 16 MiB at 56), and so peak memory.
 */
export const SPILL_BUFFER_BYTES = 8 * 1024 * 1024;

/** Partitions for an input of this many bytes. */
export function partitionCount(inputBytes: number): number {
  return Math.min(MAX_PARTITIONS, Math.max(1, Math.ceil(inputBytes / INPUT_BYTES_PER_PARTITION)));
}

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The partition files facts are spilled to by patient-id hash, and read back one partition at a time. */
export class PatientSpill {
  readonly partitions: number;
  private readonly dir: string;
  private readonly fds: number[];
  /** Per partition, the bytes not yet written: lines are copied in as they come, so no line keeps the input text it was cut from alive. */
  private buffers: Buffer[];
  private readonly sizes: number[];
  private closed = false;
  factCount = 0;
  bytesWritten = 0;

  /** `parent`: the folder to create the spill folder in (a worker's spill goes under its run's folder, which the main thread removes even if the worker dies). */
  constructor(inputBytes: number, partitions?: number, parent: string = tmpdir()) {
    this.partitions = partitions ?? partitionCount(inputBytes);
    this.dir = mkdtempSync(join(parent, 'ddx-records-'));
    this.fds = Array.from({ length: this.partitions }, (_, i) => openSync(join(this.dir, `part-${i}.jsonl`), 'w'));
    const each = Math.max(16 * 1024, Math.floor(SPILL_BUFFER_BYTES / this.partitions));
    this.buffers = Array.from({ length: this.partitions }, () => Buffer.allocUnsafe(each));
    this.sizes = new Array<number>(this.partitions).fill(0);
  }

  /** Bytes held by the write buffers (SPILL_BUFFER_BYTES or less whatever the partition count; 0 once finished). */
  get bufferBytes(): number {
    return this.buffers.reduce((a, b) => a + b.length, 0);
  }

  /** Add a fact to its patient's partition. */
  add(f: Fact): void {
    this.addLine(f[1], JSON.stringify(f));
  }

  /** Add a fact already written as its JSON line (`patient` is its second element). */
  addLine(patient: string, line: string): void {
    const i = this.partitions === 1 ? 0 : fnv1a(patient) % this.partitions;
    const buf = this.buffers[i]!;
    this.factCount++;
    // A UTF-16 code unit is at most 3 bytes of UTF-8.
    const room = line.length * 3 + 1;
    if (this.sizes[i]! + room > buf.length) this.flush(i);
    if (room > buf.length) {
      this.bytesWritten += writeSync(this.fds[i]!, `${line}\n`);
      return;
    }
    let at = this.sizes[i]!;
    at += buf.write(line, at);
    buf[at++] = 10;
    this.sizes[i] = at;
  }

  private flush(i: number): void {
    const n = this.sizes[i]!;
    if (n === 0) return;
    for (let off = 0; off < n; ) off += writeSync(this.fds[i]!, this.buffers[i]!, off, n - off);
    this.bytesWritten += n;
    this.sizes[i] = 0;
  }

  /** Close the writers, then yield each patient's facts, partition by partition. The files are removed at the end. */
  *patients(): Generator<readonly Fact[]> {
    const files = this.finish();
    try {
      for (const f of files) yield* readPatients([f]);
    } finally {
      this.dispose();
    }
  }

  /** Flush and close the writers; the partition files (in partition order) stay until `dispose`. */
  finish(): string[] {
    for (let i = 0; i < this.partitions; i++) this.flush(i);
    this.close();
    return Array.from({ length: this.partitions }, (_, i) => join(this.dir, `part-${i}.jsonl`));
  }

  private close(): void {
    if (this.closed) return;
    this.closed = true;
    for (const fd of this.fds) closeSync(fd);
    // Not needed while the partitions are counted (a worker keeps its spill until the run ends).
    this.buffers = [];
  }

  /** Close the partition files and remove them. */
  dispose(): void {
    this.close();
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** The bytes partitions are read into, reused from one partition to the next (per thread): a fresh buffer per partition left the allocator's free lists fragmented, and resident memory crept up over the counting. */
let partitionBytes = Buffer.allocUnsafe(0);

/** Read the files of one partition into the reused buffer (one view per file) and remove them. */
function readPartition(files: readonly string[]): Buffer[] {
  const sizes = files.map((path) => statSync(path).size);
  const total = sizes.reduce((a, n) => a + n, 0);
  if (total > partitionBytes.length) partitionBytes = Buffer.allocUnsafe(Math.max(total, Math.ceil(partitionBytes.length * 1.5)));
  let at = 0;
  return files.map((path, i) => {
    const view = partitionBytes.subarray(at, at + sizes[i]!);
    const fd = openSync(path, 'r');
    try {
      for (let got = 0; got < view.length; ) {
        const n = readSync(fd, view, got, view.length - got, got);
        if (n <= 0) throw new Error('records spill: a partition file ended early');
        got += n;
      }
    } finally {
      closeSync(fd);
    }
    rmSync(path);
    at += view.length;
    return view;
  });
}

/** The patient id of a spilled fact line (`["X","id",...`) between byte offsets, without decoding the rest of the line. */
function patientOf(buf: Buffer, start: number, end: number): string {
  // A byte loop, not indexOf: a search that finds nothing in the line would run to the partition's end.
  let q = start + 6;
  while (q < end && buf[q] !== 34 && buf[q] !== 92) q++;
  if (q > start + 6 && q < end && buf[q] === 34) return buf.toString('utf8', start + 6, q);
  return (JSON.parse(buf.toString('utf8', start, end)) as Fact)[1];
}

/**
 * Each patient's facts from the files of one partition (written by one or more spills with the same
 * partition count, read in the order given), in a stable order of patients. Each file is removed
 * once read. The partition is held as bytes, outside the JS heap, and its lines are grouped by
 * patient as byte ranges; a patient's lines are parsed together when its turn comes. Holding the
 * lines as strings instead (slices of read blocks, alive until the partition was done) moved every
 * partition's text into V8's old generation, where it piled up as garbage between full collections.
 */
export function* readPatients(files: readonly string[]): Generator<readonly Fact[]> {
  const chunks = readPartition(files);
  // Per patient: (chunk, start, end) of each of its lines, in input order.
  const byPatient = new Map<string, number[]>();
  chunks.forEach((buf, c) => {
    for (let start = 0; start < buf.length; ) {
      let end = buf.indexOf(10, start);
      if (end < 0) end = buf.length;
      if (end > start) {
        const id = patientOf(buf, start, end);
        const list = byPatient.get(id);
        if (list) list.push(c, start, end);
        else byPatient.set(id, [c, start, end]);
      }
      start = end + 1;
    }
  });
  // Stable order of patients, so clipping and any seeded step do not depend on file order.
  const ids = [...byPatient.keys()].sort();
  let scratch = Buffer.allocUnsafe(1 << 16);
  for (const id of ids) {
    const list = byPatient.get(id)!;
    let size = 1 + list.length / 3;
    for (let i = 0; i < list.length; i += 3) size += list[i + 2]! - list[i + 1]!;
    if (size > scratch.length) scratch = Buffer.allocUnsafe(Math.max(size, 2 * scratch.length));
    // One parse per patient: `[line,line,...]` is the JSON array of its facts.
    let at = 0;
    scratch[at++] = 91;
    for (let i = 0; i < list.length; i += 3) {
      if (i > 0) scratch[at++] = 44;
      at += chunks[list[i]!]!.copy(scratch, at, list[i + 1]!, list[i + 2]!);
    }
    scratch[at++] = 93;
    byPatient.delete(id);
    yield JSON.parse(scratch.toString('utf8', 0, at)) as Fact[];
  }
}
