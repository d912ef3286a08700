/**
 * Calibration of the gene tests' predicted yield (stepwise, dev only): replays each cost-aware work-up of a
 * sweep `--dump` on its case and, at every panel or exome, compares the chance the policy read that the
 * test names a causal gene (`geneSetCoverage` on the posterior it was valued on, p^(1/T)) with what the
 * hidden record answered. Prints a reliability table by bins of the prediction and writes one line per
 * gene test with `--out`. `node --import tsx scripts/phenopackets-panel-calibration.ts --model <fold model>
 * --part fold-K --dump <sweep dump> [--policy 2] [--temp 5,2,1] [--out events.jsonl]` (`--temp`: the posteriors p^(1/T) the
 * coverage is read on, one column each). Replays the dump's
 * action lists, so it must be run with the same model and cases as the sweep that wrote the dump.
 */
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { compileModel, type CompiledModel } from '../src/core/compile.js';
import { geneSetCoverage, geneSetValue, leadersOf, topValues, valueOf } from '../src/core/decision-value.js';
import { isCorrect, judge, type JudgedDisease } from '../src/bench/judge.js';
import type { Observation } from '../src/core/evidence.js';
import { FindingStatus, initialBelief, markSkipped, observe, posterior, type BeliefState } from '../src/core/posterior.js';
import { createGatekeeper } from '../src/bench/gatekeeper.js';
import { PANEL, valuePosterior } from '../src/bench/policies.js';
import { asJudged, modelDiseaseOf, truthJudged } from '../src/bench/phenopackets/suite.js';
import { prepareCase } from '../src/bench/phenopackets/adapter.js';
import { verifyModel } from '../src/learn/artifact.js';
import { parsePhenopacket } from '../src/learn/phenopackets/cases.js';
import { LABELS_FILE } from '../src/learn/phenopackets/load.js';
import { ontologyFromModel } from '../src/learn/phenopackets/model-ontology.js';
import { selectLines } from '../src/learn/phenopackets/select.js';
import { parseEvalPart } from '../src/learn/phenopackets/split.js';
import { createTermMapper } from '../src/learn/phenopackets/terms.js';

const data = resolve(process.env['DDX_DATA'] ?? '../shared/data');
const args = process.argv.slice(2);
const arg = (k: string, d: string): string => (args.includes(k) ? args[args.indexOf(k) + 1]! : d);
const part = parseEvalPart(arg('--part', 'fold-0'));
if (!part || part === 'final') throw new Error('--part must be a dev fold');
const policyIx = Number(arg('--policy', '2'));
const temps = arg('--temp', '5,2,1').split(',').map(Number);
const out = args.includes('--out') ? arg('--out', '') : undefined;
if (out) writeFileSync(out, '');

const model = verifyModel(JSON.parse(readFileSync(resolve(arg('--model', '')), 'utf8')) as unknown);
const cm = compileModel(model);
const labels = JSON.parse(readFileSync(join(data, 'phenopackets', LABELS_FILE), 'utf8')) as Record<string, string>;
const mapper = createTermMapper(ontologyFromModel(model), labels);
const asModelDisease = modelDiseaseOf(model);

interface DumpLine { readonly id: string; readonly seen: boolean; readonly p: readonly { readonly ok: boolean; readonly actions: readonly string[] }[] }
const dump = new Map<string, DumpLine>();
for (const l of readFileSync(arg('--dump', ''), 'utf8').split('\n')) if (l.trim()) { const d = JSON.parse(l) as DumpLine; dump.set(d.id, d); }

const singleGene = (fi: number): number | undefined => cm.findings[fi]!.actions.find((ai) => cm.actions[ai]!.findings.length === 1);
const positive = (obs: readonly Observation[]): boolean => obs.some((o) => 'present' in o && o.present && cm.findings[cm.findingIndex.get(o.id) ?? -1]?.def.kind === 'genetic');

interface Event { usd?: number; action?: string; id: string; seen: boolean; ok: boolean; kind: 'panel' | 'exome' | 'test'; nth: number; genes: number; q: number[]; top: number; hit: boolean; rise: number; before: boolean; after: boolean }
/** Whether the posterior's leader is judged right (the suite's top-1). */
function leaderRight(p: Float64Array, truth: JudgedDisease): boolean {
  let best = 0;
  for (let c = 1; c < p.length; c++) if (p[c]! > p[best]!) best = c;
  return isCorrect(judge(asJudged(cm.model.conditions[best]!), truth) as 1);
}
/** The rise the policy weighed: a panel on p^(1/5) over the 128 leaders, the exome on p^(1/2) over the 64 (the defaults). */
function predictedRise(state: BeliefState, p: Float64Array, genes: readonly number[], exome: number | undefined): number {
  const pv = valuePosterior(p, exome === undefined ? 5 : 2);
  const tv = topValues(cm, state.status, pv, leadersOf(pv, exome === undefined ? 128 : 64));
  return (exome === undefined ? geneSetValue(tv, genes) : valueOf(tv, exome)) - tv.top;
}
const events: Event[] = [];
const lines = selectLines(readFileSync(`${data}/phenopackets/cases.jsonl`, 'utf8'), part).split('\n').filter((l) => l.trim() !== '');
for (const [li, line] of lines.entries()) {
  const parsed = parsePhenopacket(JSON.parse(line) as unknown, `line ${li}`);
  if (!parsed.ok) continue;
  const d = dump.get(parsed.value.id);
  if (!d) continue;
  const pk = asModelDisease(parsed.value);
  const pc = prepareCase(pk, cm, mapper);
  let state: BeliefState = observe(initialBelief(cm, pk.ageYears ?? 130, pk.sex === 'male' ? 'male' : 'female'), pc.presentingObservations);
  const gk = createGatekeeper(cm, pc.bench.record);
  const run = d.p[policyIx]!;
  const truth = truthJudged(pc.bench.diagnosis);
  let nth = 0;
  for (const id of run.actions) {
    const isPanel = id.startsWith(PANEL.idPrefix);
    const genes = isPanel ? id.slice(PANEL.idPrefix.length).split('+').map((g) => cm.findingIndex.get(g)!) : id === 'genetic:exome' ? cm.actions[cm.actionIndex.get(id)!]!.findings.filter((fi) => state.status[fi] === FindingStatus.Unknown) : undefined;
    if (genes) {
      const p = posterior(state);
      const q = temps.map((t) => geneSetCoverage(cm, state.status, valuePosterior(p, t), genes));
      let top = 0;
      for (const v of p) if (v > top) top = v;
      const obs = isPanel ? genes.flatMap((fi) => { const ai = singleGene(fi); return ai === undefined ? [] : gk.oracle(cm.actions[ai]!, state); }) : gk.oracle(cm.actions[cm.actionIndex.get(id)!]!, state);
      const rise = predictedRise(state, p, genes, isPanel ? undefined : cm.actionIndex.get(id)!);
      const before = leaderRight(p, truth);
      state = markSkipped(observe(state, obs), genes);
      events.push({ id: d.id, seen: d.seen, ok: run.ok, kind: isPanel ? 'panel' : 'exome', nth: ++nth, genes: genes.length, q, top, hit: positive(obs), rise, before, after: leaderRight(posterior(state), truth) });
      continue;
    }
    const a = cm.actions[cm.actionIndex.get(id)!]!;
    if (a.kind === 'question') {
      state = markSkipped(observe(state, gk.oracle(a, state)), a.findings);
      continue;
    }
    // Any other paid test (a phenotype test or a single-gene test): its rise as the policy read it (p^(1/5), 64 leaders).
    const p = posterior(state);
    const pv = valuePosterior(p, 5);
    const tv = topValues(cm, state.status, pv, leadersOf(pv, 64));
    const rise = valueOf(tv, a.index) - tv.top;
    const before = leaderRight(p, truth);
    const obs = gk.oracle(a, state);
    state = markSkipped(observe(state, obs), a.findings);
    events.push({ id: d.id, seen: d.seen, ok: run.ok, kind: 'test', nth: 0, genes: 0, usd: a.priceUsd, action: a.id, q: [], top: 0, hit: positive(obs), rise, before, after: leaderRight(posterior(state), truth) });
  }
}
if (out) for (const e of events) appendFileSync(out, `${JSON.stringify(e)}\n`);
report(cm, events);

/** Reliability by bins of the prediction read at the first temperature, per test kind. */
function report(_cm: CompiledModel, ev: readonly Event[]): void {
  const bins = [0, 0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.8, 1.0001];
  for (const kind of ['panel', 'exome', 'test'] as const) {
    const k = ev.filter((e) => e.kind === kind);
    if (k.length === 0 || kind === 'test') continue;
    process.stdout.write(`${part} ${kind}: ${k.length} tests, predicted (T=${temps.join('/')}) ${temps.map((_, i) => (k.reduce((s, e) => s + e.q[i]!, 0) / k.length).toFixed(3)).join('/')}, named a gene ${(k.filter((e) => e.hit).length / k.length).toFixed(3)}\n`);
    for (let b = 0; b + 1 < bins.length; b++) {
      const inBin = k.filter((e) => e.q[0]! >= bins[b]! && e.q[0]! < bins[b + 1]!);
      if (inBin.length === 0) continue;
      const mean = (i: number): string => (inBin.reduce((s, e) => s + e.q[i]!, 0) / inBin.length).toFixed(3);
      process.stdout.write(`  [${bins[b]!.toFixed(2)}, ${Math.min(1, bins[b + 1]!).toFixed(2)}): n ${inBin.length} predicted ${temps.map((_, i) => mean(i)).join('/')} realized ${(inBin.filter((e) => e.hit).length / inBin.length).toFixed(3)}\n`);
    }
  }
}
