/**
 * The knowledge gate's vignette figures in one process (dev tool, issue 13): the read pool (`read-dev-sets.ts`: the
 * read halves of the MedQA and OSCE dev files and the read fresh sets) as counts, per part and pooled, or with
 * `--halves` the two dev files' score halves pooled (aggregates only: no case is printed, so they stay unread).
 * Each file runs as `ddx bench vignettes` runs it (judge with the vocabularies' codes, budget $1,000, 20 steps,
 * budgeted mode). Counts are covered / top-1 / top-5 / top-10 of the cases.
 * Usage: DDX_DATA=/work/shared/data node --import tsx scripts/read-pool.ts [--model file] [--halves]
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { readModelArtifact } from '../src/learn/artifact.js';
import { runVignettes, type VignetteReport } from '../src/bench/vignettes/run.js';
import { truthResolver } from '../src/bench/vignettes/truth-codes.js';
import { readOntologies } from '../src/learn/primary-care/ontologies.js';
import { readPoolFiles } from './read-dev-sets.js';

const argv = process.argv.slice(2);
const arg = (name: string, dflt: string): string => { const i = argv.indexOf(name); return i >= 0 ? argv[i + 1]! : dflt; };
const data = process.env['DDX_DATA'] ?? '../shared/data';
const model = readModelArtifact(arg('--model', 'models/primary-care.json'));
const truthCodes = truthResolver(readOntologies(data));
const scoreHalves = argv.includes('--halves');

interface Counts { n: number; covered: number; top1: number; top5: number; top10: number }
const counts = (r: VignetteReport): Counts => ({
  n: r.cases, covered: Math.round(r.coverage * r.cases), top1: Math.round(r.top1 * r.cases),
  top5: Math.round(r.top5 * r.cases), top10: Math.round(r.top10 * r.cases),
});
const line = (c: Counts): string => `${c.n}: ${c.covered} / ${c.top1} / ${c.top5} / ${c.top10}`;

const files = readPoolFiles(data);
const devFiles = files.slice(0, 2);
const pooled: Counts = { n: 0, covered: 0, top1: 0, top5: 0, top10: 0 };
for (const file of scoreHalves ? devFiles : files) {
  const rows = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as unknown);
  const r = runVignettes(model, rows, { truthCodes, budgetUsd: 1000, maxSteps: 20, mode: 'budgeted' });
  const part = devFiles.includes(file) ? (scoreHalves ? r.halves!.score : r.halves!.read) : r;
  const c = counts(part);
  for (const k of ['n', 'covered', 'top1', 'top5', 'top10'] as const) pooled[k] += c[k];
  if (!scoreHalves) console.log(`${basename(file)}${devFiles.includes(file) ? ' (read half)' : ''} ${line(c)}`);
}
console.log(`${scoreHalves ? 'score halves' : 'read pool'} ${line(pooled)}`);
