/**
 * Finer aggregates of where the gold ranks on the free-text MedQA vignettes, per dev half (dev tool, not a
 * benchmark): for each half, the cases, how many the judge covers, the mean reciprocal rank over all cases,
 * the mean log rank over the covered ones, and the golds within the top 20 and 50. Top-k moves only when a
 * gold crosses a threshold; these move when a change lifts or lowers golds anywhere, so a knowledge change
 * that touches no case of the score half shows as exactly unchanged there. Aggregates only: no case of either
 * half is printed, so the score half stays unread.
 * Usage: node --import tsx scripts/vignette-rank-summary.ts [--model file] [--cases file] [--tag text]
 */
import { readFileSync } from 'node:fs';
import { compileModel } from '../src/core/compile.js';
import { buildLexicon } from '../src/intake/notes/index.js';
import { readModelArtifact } from '../src/learn/artifact.js';
import { acceptedConditions, runFreeTextCase, truthOf } from '../src/bench/vignettes/run.js';
import { halfOf, type DevHalf } from '../src/bench/vignettes/split.js';
import { truthResolver } from '../src/bench/vignettes/truth-codes.js';
import { readOntologies } from '../src/learn/primary-care/ontologies.js';

const arg = (name: string, dflt: string): string => { const i = process.argv.indexOf(name); return i >= 0 ? process.argv[i + 1]! : dflt; };
const data = process.env['DDX_DATA'] ?? '/work/shared/data';
const model = readModelArtifact(arg('--model', 'models/primary-care.json'));
const cm = compileModel(model);
const lex = buildLexicon(model);
const truthCodes = truthResolver(readOntologies(data));
const rows = readFileSync(arg('--cases', `${data}/cases/medqa-dev-diagnosis.jsonl`), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as unknown);

interface Tally { n: number; covered: number; rr: number; logRank: number; top20: number; top50: number }
const tallies = new Map<DevHalf, Tally>();
for (const raw of rows) {
  const o = runFreeTextCase(model, cm, lex, raw, { truthCodes });
  if (!o) continue;
  const half = halfOf(raw);
  const t = tallies.get(half) ?? { n: 0, covered: 0, rr: 0, logRank: 0, top20: 0, top50: 0 };
  tallies.set(half, t);
  t.n++;
  const truth = truthOf(o.diagnosis, { truthCodes });
  const ok = acceptedConditions(model, truth);
  const rank = o.order.findIndex((ci) => ok.has(ci));
  if (rank < 0) continue;
  t.covered++;
  t.rr += 1 / (rank + 1);
  t.logRank += Math.log(rank + 1);
  if (rank < 20) t.top20++;
  if (rank < 50) t.top50++;
}
const tag = arg('--tag', '');
for (const half of ['read', 'score'] as const) {
  const t = tallies.get(half);
  if (!t) continue;
  console.log(`${tag}${tag ? ' ' : ''}${half}: cases ${t.n}, covered ${t.covered}, MRR ${(t.rr / t.n).toFixed(4)}, mean log rank (covered) ${(t.logRank / Math.max(1, t.covered)).toFixed(3)}, top 20 ${t.top20}, top 50 ${t.top50}`);
}
