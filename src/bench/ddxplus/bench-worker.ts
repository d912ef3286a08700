/** Worker thread for the DDXPlus benchmark: loads the model once, then runs the chunks it is sent. */
import { parentPort } from 'node:worker_threads';
import { runChunk, type ChunkRequest } from './bench.js';

parentPort?.on('message', (req: ChunkRequest) => {
  try {
    parentPort!.postMessage({ ok: true, result: runChunk(req) });
  } catch (err) {
    parentPort!.postMessage({ ok: false, error: err instanceof Error ? err.message : 'worker failed' });
  }
});
