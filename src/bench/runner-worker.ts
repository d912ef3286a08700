/** Worker thread for the benchmark runner: builds the suite once, then evaluates batches of case lines. */
import { parentPort, workerData } from 'node:worker_threads';
import { issue } from '../core/issues.js';
import type { Suite, SuiteRef } from './runner.js';

const ref = workerData as SuiteRef;
const mod = (await import(ref.module)) as { createSuite: (options: unknown) => Suite };
const suite = mod.createSuite(ref.options);
parentPort!.on('message', (batch: { line: number; text: string }[]) => {
  const replies = batch.map(({ line, text }) => {
    const path = `line ${line}: $`;
    let raw: unknown;
    try {
      raw = JSON.parse(text) as unknown;
    } catch {
      return { line, ok: false as const, issues: [issue('json', path, 'not valid JSON')] };
    }
    const r = suite.evaluate(raw, path);
    return r.ok ? { line, ok: true as const, outcome: r.value } : { line, ok: false as const, issues: [...r.issues] };
  });
  parentPort!.postMessage(replies);
});
parentPort!.postMessage('ready');
