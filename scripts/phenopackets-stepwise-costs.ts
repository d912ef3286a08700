/**
 * Where a stepwise policy's money goes, from the sweep's `--dump` files (dev only): per action type
 * (visit rounds of questions, phenotype tests, single-gene tests, panels, exome) the mean count and
 * mean cost per case, and the cost of cases that end wrong, that reach the action cap, or that only
 * one of two policies gets right. `node --import tsx scripts/phenopackets-stepwise-costs.ts
 * --dump d0.jsonl [--dump d1.jsonl ...] [--cap 60]`. Policies are numbered in the dump's order
 * (with `--baselines`: 0 instant, 1 order-everything, then each `--cfg`).
 */
import { readFileSync } from 'node:fs';
import { priceFor } from '../src/bench/prices.js';
import { EXOME, SINGLE_GENE, TEST_CLASSES } from '../src/learn/phenopackets/action-map.js';
import { PANEL, WIDE_PANEL } from '../src/bench/policies.js';

interface PolicyOutcome {
  readonly ok: boolean;
  readonly rank: number;
  readonly cost: number;
  readonly gene: boolean;
  readonly actions: readonly string[];
}
interface DumpLine {
  readonly id: string;
  readonly seen: boolean;
  readonly p: readonly PolicyOutcome[];
}

const args = process.argv.slice(2);
const dumps = args.flatMap((a, i) => (a === '--dump' ? [args[i + 1]!] : []));
const cap = Number(args.includes('--cap') ? args[args.indexOf('--cap') + 1] : '60');
const lines: DumpLine[] = dumps.flatMap((f) => readFileSync(f, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as DumpLine));
const testPrice = new Map(TEST_CLASSES.map((t) => [t.id, priceFor(t.code)?.priceUsd ?? 0] as const));
const price = (code: string): number => priceFor(code)?.priceUsd ?? 0;

type Kind = 'visit round' | 'phenotype test' | 'single gene' | 'panel' | 'wide panel' | 'exome';
const KINDS: readonly Kind[] = ['visit round', 'phenotype test', 'single gene', 'panel', 'wide panel', 'exome'];

/** Each action's type and price, visit rounds counted as the cost model does (one fee per run of questions). */
function breakdown(actions: readonly string[]): Map<Kind, { n: number; usd: number }> {
  const out = new Map<Kind, { n: number; usd: number }>(KINDS.map((k) => [k, { n: 0, usd: 0 }]));
  let inRound = false;
  const add = (k: Kind, usd: number): void => {
    const e = out.get(k)!;
    e.n++;
    e.usd += usd;
  };
  for (const id of actions) {
    if (id.startsWith('ask:')) {
      if (!inRound) add('visit round', 300);
      inRound = true;
      continue;
    }
    inRound = false;
    if (id === EXOME.id) add('exome', price(EXOME.code));
    else if (id.startsWith(SINGLE_GENE.prefix)) add('single gene', price(SINGLE_GENE.code));
    else if (id.startsWith(PANEL.idPrefix)) add('panel', price(PANEL.code));
    else if (id.startsWith(WIDE_PANEL.idPrefix)) add('wide panel', price(WIDE_PANEL.code));
    else add('phenotype test', testPrice.get(id) ?? 0);
  }
  return out;
}

const nPolicies = lines[0]?.p.length ?? 0;
const n = lines.length;
const usd = (x: number): string => `$${x.toFixed(0)}`;
process.stdout.write(`${n} cases from ${dumps.length} dump(s)\n`);
for (let k = 0; k < nPolicies; k++) {
  const tot = new Map<Kind, { n: number; usd: number; cases: number }>(KINDS.map((kd) => [kd, { n: 0, usd: 0, cases: 0 }]));
  let right = 0;
  let cost = 0;
  let wrongCost = 0;
  let wrongAfterGene = 0;
  let capped = 0;
  let cappedCost = 0;
  let cappedRight = 0;
  const questions = { n: 0 };
  for (const l of lines) {
    const o = l.p[k]!;
    right += o.ok ? 1 : 0;
    cost += o.cost;
    if (!o.ok) wrongCost += o.cost;
    if (!o.ok && o.gene) wrongAfterGene++;
    if (o.actions.length >= cap) {
      capped++;
      cappedCost += o.cost;
      cappedRight += o.ok ? 1 : 0;
    }
    questions.n += o.actions.filter((id) => id.startsWith('ask:')).length;
    for (const [kd, e] of breakdown(o.actions)) {
      const t = tot.get(kd)!;
      t.n += e.n;
      t.usd += e.usd;
      t.cases += e.n > 0 ? 1 : 0;
    }
  }
  process.stdout.write(`\npolicy ${k}: right ${right}/${n}, mean cost ${usd(cost / n)}, questions ${(questions.n / n).toFixed(1)} per case\n`);
  for (const [kd, t] of tot) {
    if (t.n === 0) continue;
    process.stdout.write(`  ${kd.padEnd(15)} ${(t.n / n).toFixed(2)} per case, in ${t.cases} cases, ${usd(t.usd / n)} per case (${((100 * t.usd) / Math.max(1, cost)).toFixed(1)}%)\n`);
  }
  process.stdout.write(`  wrong: ${n - right} cases, ${((100 * wrongCost) / Math.max(1, cost)).toFixed(1)}% of the cost; wrong after a positive gene test: ${wrongAfterGene}\n`);
  process.stdout.write(`  at the cap (${cap} actions): ${capped} cases, ${cappedRight} right, ${usd(cappedCost / Math.max(1, capped))} each\n`);
}
