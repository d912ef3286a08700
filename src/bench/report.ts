/**
 * Benchmark summaries and reports shared by all suites: the printed JSON (static top-k with seen /
 * unseen splits, or per-policy accuracy and cost), the per-case trace (JSONL), a Markdown report, and
 * an accuracy-versus-mean-cost plot (SVG and PNG) with the Pareto frontier marked.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import * as vega from 'vega';
import * as vl from 'vega-lite';
import type { BenchRun, CaseOutcome } from './runner.js';

export interface TopK { readonly cases: number; readonly top1: number; readonly top3: number; readonly top10: number }

function topk(outcomes: readonly CaseOutcome[]): TopK {
  const n = outcomes.length;
  const at = (k: number): number => (n === 0 ? 0 : round(outcomes.filter((o) => { const r = o.policies[0]?.rank ?? -1; return r >= 0 && r < k; }).length / n));
  return { cases: n, top1: at(1), top3: at(3), top10: at(10) };
}

function round(x: number, d = 4): number {
  const f = 10 ** d;
  return Math.round(x * f) / f;
}

/** The printed summary of a static run: top-k accuracy overall and for seen and unseen diseases, throughput and load time. */
export function summariseStatic(run: BenchRun): Record<string, unknown> {
  const all = topk(run.outcomes);
  return {
    ...all,
    cases_per_s: round(run.outcomes.length / Math.max(run.seconds, 1e-9), 1),
    // The same run without the one-off model load: cases ranked per wall second once the first worker had its
    // model (a lower bound, since the second worker is still loading then); cached cases are not counted.
    ranking_cases_per_s: round((run.outcomes.length - run.fromCache) / Math.max(run.seconds - run.loadSeconds, 1e-9), 1),
    load_s: round(run.loadSeconds, 2),
    seen: topk(run.outcomes.filter((o) => o.seen)),
    unseen: topk(run.outcomes.filter((o) => !o.seen)),
    skipped: run.skipped.length,
  };
}

export interface PolicySummary { readonly name: string; readonly budget: number | null; readonly accuracy: number; readonly mean_cost: number; readonly mean_steps: number; readonly missing_prices: number }

/** The printed summary of a stepwise run: per policy and budget, accuracy, mean cost, mean steps and unpriced tests. */
export function summariseStepwise(run: BenchRun): { cases: number; policies: PolicySummary[]; skipped: number; seconds: number } {
  const keys: { name: string; budget: number | null }[] = [];
  for (const p of run.outcomes[0]?.policies ?? []) keys.push({ name: p.name, budget: p.budget });
  const policies = keys.map((k, i) => {
    const rows = run.outcomes.map((o) => o.policies[i]!).filter((p) => p && p.name === k.name && p.budget === k.budget);
    const n = Math.max(rows.length, 1);
    return {
      name: k.name, budget: k.budget,
      accuracy: round(rows.filter((r) => r.correct).length / n),
      mean_cost: round(rows.reduce((s, r) => s + r.costUsd, 0) / n, 2),
      mean_steps: round(rows.reduce((s, r) => s + r.steps, 0) / n, 2),
      missing_prices: rows.reduce((s, r) => s + r.missingPrices.length, 0),
    };
  });
  return { cases: run.outcomes.length, policies, skipped: run.skipped.length, seconds: round(run.seconds, 1) };
}

/** Points not dominated by a cheaper-or-equal, at-least-as-accurate point. */
export function paretoFrontier<T extends { mean_cost: number; accuracy: number }>(points: readonly T[]): T[] {
  const sorted = [...points].sort((a, b) => a.mean_cost - b.mean_cost || b.accuracy - a.accuracy);
  const out: T[] = [];
  let best = -Infinity;
  for (const p of sorted) if (p.accuracy > best) { out.push(p); best = p.accuracy; }
  return out;
}

/** A policy's display name, with its budget when it has one. */
export function label(p: { name: string; budget: number | null }): string {
  return p.budget === null ? p.name : `${p.name} $${p.budget}`;
}

/** The accuracy-versus-cost plot of the policies (Pareto frontier marked) as SVG and PNG. */
export async function plotAccuracyCost(policies: readonly PolicySummary[], title: string): Promise<{ svg: string; png: Uint8Array }> {
  const frontier = new Set(paretoFrontier(policies).map(label));
  const values = policies.map((p) => ({ policy: label(p), cost: Math.max(p.mean_cost, 1), accuracy: p.accuracy, pareto: frontier.has(label(p)) ? 'Pareto frontier' : 'dominated' }));
  const spec: vl.TopLevelSpec = {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title, width: 560, height: 340, background: 'white',
    data: { values },
    layer: [
      { transform: [{ filter: "datum.pareto == 'Pareto frontier'" }], mark: { type: 'line', strokeDash: [4, 3], color: '#888' }, encoding: { x: { field: 'cost', type: 'quantitative', scale: { type: 'log' } }, y: { field: 'accuracy', type: 'quantitative' } } },
      {
        mark: { type: 'point', filled: true, size: 90 },
        encoding: {
          x: { field: 'cost', type: 'quantitative', scale: { type: 'log' }, title: 'mean cost per case (USD, log scale; visit fees + tests)' },
          y: { field: 'accuracy', type: 'quantitative', scale: { domain: [0, 1] }, title: 'accuracy (judge >= 4)' },
          color: { field: 'policy', type: 'nominal' },
          shape: { field: 'pareto', type: 'nominal', title: null },
        },
      },
      { mark: { type: 'text', align: 'left', dx: 7, dy: -7, fontSize: 10 }, encoding: { x: { field: 'cost', type: 'quantitative', scale: { type: 'log' } }, y: { field: 'accuracy', type: 'quantitative' }, text: { field: 'policy' } } },
    ],
  };
  const view = new vega.View(vega.parse(vl.compile(spec).spec), { renderer: 'none' });
  const svg = await view.toSVG();
  view.finalize();
  const png = new Resvg(svg, { font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' }, fitTo: { mode: 'width', value: 1200 } }).render().asPng();
  return { svg, png };
}

/** Writes a run's trace JSONL, its Markdown report and (stepwise) the accuracy-cost plots to `outDir`; returns the paths written. */
export async function writeReports(outDir: string, suite: string, run: BenchRun, summary: Record<string, unknown>, stepwise: boolean, command: string): Promise<string[]> {
  mkdirSync(outDir, { recursive: true });
  const written: string[] = [];
  const tracePath = join(outDir, `${suite}-${stepwise ? 'stepwise' : 'static'}-trace.jsonl`);
  writeFileSync(tracePath, run.outcomes.map((o) => JSON.stringify(o)).join('\n') + (run.outcomes.length ? '\n' : ''));
  written.push(tracePath);
  const md: string[] = [`# ${suite} benchmark (${stepwise ? 'stepwise' : 'static'})`, '', `Command: \`${command}\``, '', `Cases: ${run.outcomes.length}, skipped (malformed): ${run.skipped.length}, from cache: ${run.fromCache}, wall time: ${run.seconds.toFixed(1)} s.`, ''];
  for (const s of run.skipped.slice(0, 20)) md.push(`- skipped line ${s.line}: ${s.issues.map((i) => `${i.path} ${i.message}`).join('; ')}`);
  if (stepwise) {
    const pol = (summary['policies'] as PolicySummary[]) ?? [];
    const frontier = new Set(paretoFrontier(pol).map(label));
    md.push('| policy | budget | accuracy | mean cost (USD) | mean steps | Pareto |', '|---|---|---|---|---|---|');
    for (const p of pol) md.push(`| ${p.name} | ${p.budget ?? '-'} | ${(p.accuracy * 100).toFixed(1)}% | ${p.mean_cost.toFixed(0)} | ${p.mean_steps.toFixed(1)} | ${frontier.has(label(p)) ? 'yes' : ''} |`);
    const plot = await plotAccuracyCost(pol, `${suite}: accuracy vs mean cost (${run.outcomes.length} cases)`);
    const svgPath = join(outDir, `${suite}-accuracy-cost.svg`);
    const pngPath = join(outDir, `${suite}-accuracy-cost.png`);
    writeFileSync(svgPath, plot.svg);
    writeFileSync(pngPath, plot.png);
    written.push(svgPath, pngPath);
    md.push('', `![accuracy vs cost](${suite}-accuracy-cost.svg)`);
  } else {
    md.push('```json', JSON.stringify(summary, null, 2), '```');
  }
  const mdPath = join(outDir, `${suite}-${stepwise ? 'stepwise' : 'static'}-report.md`);
  writeFileSync(mdPath, `${md.join('\n')}\n`);
  written.push(mdPath);
  return written;
}
