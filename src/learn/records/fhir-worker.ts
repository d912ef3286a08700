/**
 * Entry point of a records learner worker thread (started by fhir-workers.ts): reads its run of the
 * input into its own partition files, then counts the partitions it is given. One vocabulary per
 * worker; what it learns of codes goes back to the main thread as plain data.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { InputError } from '../../core/issues.js';
import { countPartitions, scanRanges } from './fhir-learn.js';
import type { WorkerReply, WorkerRequest, WorkerScan, WorkerSetup } from './fhir-workers.js';
import { PatientSpill } from './spill.js';
import { Vocabulary } from './vocabulary.js';

const setup = workerData as WorkerSetup;
const vocab = new Vocabulary(setup.base);
let spill: PatientSpill | undefined;

/** Buffers the reply moves to the main thread instead of copying (the count rows). */
let transfer: ArrayBuffer[] = [];

function handle(req: WorkerRequest): unknown {
  switch (req.kind) {
    case 'scan': {
      spill = new PatientSpill(0, setup.partitions, setup.spillDir);
      const r = scanRanges(req.ranges, vocab, spill);
      const files = spill.finish();
      const out: WorkerScan = { files, resources: [...r.resources], gate: r.gate, lines: r.lines, facts: spill.factCount, vocab: vocab.exportState() };
      vocab.clearUnmapped();
      return out;
    }
    case 'count': {
      vocab.importState({ ...req.vocab, unmapped: [] });
      const counts = countPartitions(req.partitions, vocab, req.opts, req.vocab.findings.map((f) => f.key));
      transfer = counts.transferables();
      return { counts: counts.toJSON(), vocab: vocab.exportState() };
    }
    case 'close':
      spill?.dispose();
      return null;
  }
}

parentPort!.on('message', (req: WorkerRequest) => {
  let reply: WorkerReply;
  try {
    reply = { ok: handle(req) };
  } catch (err) {
    reply = err instanceof InputError ? { issues: err.issues } : { error: err instanceof Error ? err.message : String(err) };
  }
  parentPort!.postMessage(reply, transfer);
  transfer = [];
});
