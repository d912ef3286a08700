/**
 * Cost-aware settings side by side on one dev fold, in one process (stepwise, for choosing the
 * policy's settings): `node --import tsx scripts/phenopackets-stepwise-sweep.ts --model <fold model>
 * --part fold-3 [--every 5] [--offset 0] [--baselines] [--dump cases.jsonl] --cfg value=5000,temp=3 [--cfg ...]`. Scores every n-th case
 * of the fold (publications interleaved, unlike the runner's --limit). The untouched third only with
 * `--part final --final-once` and a model learned with `--train dev`: once, after the last change.
 * `--cfg` keys map to `CostAwareSettings` (see `keys` below; e.g. `wide=400,wideMax=150` for the wide
 * panel, `temp2=2,afterGene=1`, `panelTemp=2`, `phenoScale=0.3`, `panelFirst=0|1`, `oneGene=0|1`, `byMass=0|1`); a key left out takes `COST_AWARE_DEFAULTS`. `--dump` writes one line per case:
 * per policy, right or not, rank, cost, actions, and `gene` (a gene test came back positive).
 * `--rerank-stop` ranks each stop through the model's exemplar re-rank; `--compare` also scores each
 * stop with the other ranking (one work-up, two final rankings: a paired count, `alt` in the dump).
 */
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createSuite } from '../src/bench/phenopackets/suite.js';
import { COST_AWARE_DEFAULTS, PANEL, WIDE_PANEL, type PolicySpec } from '../src/bench/policies.js';
import type { Exchange } from '../src/bench/gatekeeper.js';
import { GENE_FINDING_PREFIX } from '../src/learn/phenopackets/action-map.js';
import { selectLines } from '../src/learn/phenopackets/select.js';
import { parseEvalPart } from '../src/learn/phenopackets/split.js';

const data = resolve(process.env['DDX_DATA'] ?? '../shared/data');
const args = process.argv.slice(2);
const arg = (k: string, d: string): string => (args.includes(k) ? args[args.indexOf(k) + 1]! : d);
const part = parseEvalPart(arg('--part', 'fold-3'));
if (!part || (part === 'final' && !args.includes('--final-once'))) throw new Error('--part must be a dev fold (the untouched third needs --final-once)');
const every = Number(arg('--every', '5'));
// Which residue of the n-th cases: a fresh part of the same sample (e.g. the untouched third's every 8th at offset 4).
const offset = Number(arg('--offset', '0'));
if (!Number.isInteger(every) || every < 1 || !Number.isInteger(offset) || offset < 0 || offset >= every) throw new Error('--every must be a positive integer and --offset an integer in [0, every)');
const keys: Record<string, string> = { value: 'valuePerCorrectUsd', temp: 'valueTemperature', minScore: 'minScore', minGain: 'minGain', confidence: 'confidence', max: 'maxActions', panel: 'panelLeaders', panelMax: 'panelMaxGenes', active: 'activeThreshold', leadersOnly: 'sequencingFromLeaders', seqTemp: 'sequencingTemperature', temp2: 'secondTemperature', wide: 'widePanelLeaders', wideMax: 'widePanelMaxGenes', panelTemp: 'panelTemperature', afterGene: 'secondAfterGene', phenoScale: 'phenotypeTestScale', panelFirst: 'panelBeforeExome', oneGene: 'oneCauseGene', byMass: 'panelByMass', panelValue: 'panelByValue', yield: 'geneYield', reach: 'reachPrior', afterNeg: 'phenotypeAfterNegative' };
const policies: PolicySpec[] = [];
if (args.includes('--baselines')) policies.push({ name: 'instant', budget: null }, { name: 'order-everything', budget: null });
args.forEach((a, i) => {
  if (a !== '--cfg') return;
  const ca: Record<string, number | boolean | string> = {};
  let budget: number | null = null;
  for (const kv of args[i + 1]!.split(',')) {
    const [k, v] = kv.split('=');
    if (k === 'budget') budget = Number(v);
    else if (k === 'leadersOnly' || k === 'afterGene' || k === 'panelFirst' || k === 'oneGene' || k === 'byMass' || k === 'panelValue') ca[keys[k]!] = v !== '0';
    else ca[keys[k!] ?? k!] = Number(v);
  }
  policies.push({ name: 'cost-aware', budget, costAware: { ...COST_AWARE_DEFAULTS, ...ca } });
});
const dump = args.includes('--dump') ? arg('--dump', '') : undefined;
// With --dump the gatekeeper's exchanges are kept, to tell per case whether a policy found the causal gene.
const suite = createSuite({ modelPath: resolve(arg('--model', 'models/phenopackets.json')), dataDir: `${data}/phenopackets`, stepwise: true, policies, visitFeeUsd: 300, exchanges: dump !== undefined, rerankAtStop: args.includes('--rerank-stop'), compareRankings: args.includes('--compare') });
/** True when a gene test of the work-up came back positive (the gatekeeper's recorded answers). */
const foundGene = (ex: readonly unknown[] | undefined): boolean => (ex ?? []).some((e) => (e as Exchange).recorded.some((o) => o.id.startsWith(GENE_FINDING_PREFIX) && 'present' in o && o.present));
const lines = selectLines(readFileSync(`${data}/phenopackets/cases.jsonl`, 'utf8'), part).split('\n').filter((l) => l.trim() !== '').filter((_, i) => i % every === offset);
const agg = policies.map(() => ({ n: 0, right: 0, cost: 0, steps: 0, capped: 0, exomes: 0, panels: 0, wide: 0, altRight: 0, altGain: 0, altLoss: 0, top10: 0, altTop10: 0 }));
if (dump) writeFileSync(dump, '');
const t0 = Date.now();
for (const [li, line] of lines.entries()) {
  const r = suite.evaluate(JSON.parse(line) as unknown, `line ${li}`);
  if (!r.ok) continue;
  if (dump) appendFileSync(dump, `${JSON.stringify({ id: r.value.caseId, truth: r.value.truth, seen: r.value.seen, p: r.value.policies.map((p) => ({ ok: p.correct, rank: p.rank, cost: p.costUsd, gene: foundGene(p.exchanges), actions: p.actions, ...(p.alt ? { alt: p.alt } : {}) })) })}\n`);
  r.value.policies.forEach((p, k) => {
    const g = agg[k]!;
    g.n++;
    g.right += p.correct ? 1 : 0;
    g.top10 += p.rank >= 0 ? 1 : 0;
    if (p.alt) {
      g.altRight += p.alt.correct ? 1 : 0;
      g.altGain += p.alt.correct && !p.correct ? 1 : 0;
      g.altLoss += !p.alt.correct && p.correct ? 1 : 0;
      g.altTop10 += p.alt.rank >= 0 ? 1 : 0;
    }
    g.cost += p.costUsd;
    g.steps += p.steps;
    g.exomes += p.actions.includes('genetic:exome') ? 1 : 0;
    g.panels += p.actions.filter((id) => id.startsWith(PANEL.idPrefix)).length;
    g.wide += p.actions.filter((id) => id.startsWith(WIDE_PANEL.idPrefix)).length;
    g.capped += p.steps >= (policies[k]!.costAware?.maxActions ?? COST_AWARE_DEFAULTS.maxActions) && policies[k]!.name === 'cost-aware' ? 1 : 0;
  });
}
process.stdout.write(`${part} every ${every}${offset > 0 ? ` offset ${offset}` : ''}: ${lines.length} cases, ${((Date.now() - t0) / 1000).toFixed(0)} s\n`);
policies.forEach((p, k) => {
  const g = agg[k]!;
  const label = p.name === 'cost-aware' ? `cost-aware ${JSON.stringify({ budget: p.budget, value: p.costAware?.valuePerCorrectUsd, temp: p.costAware?.valueTemperature, minScore: p.costAware?.minScore, panel: p.costAware?.panelLeaders, panelMax: p.costAware?.panelMaxGenes, active: p.costAware?.activeThreshold, leadersOnly: p.costAware?.sequencingFromLeaders, seqTemp: p.costAware?.sequencingTemperature, temp2: p.costAware?.secondTemperature, wide: p.costAware?.widePanelLeaders, wideMax: p.costAware?.widePanelMaxGenes, panelTemp: p.costAware?.panelTemperature, afterGene: p.costAware?.secondAfterGene, phenoScale: p.costAware?.phenotypeTestScale, panelFirst: p.costAware?.panelBeforeExome, oneGene: p.costAware?.oneCauseGene, byMass: p.costAware?.panelByMass, panelValue: p.costAware?.panelByValue, yield: p.costAware?.geneYield, reach: p.costAware?.reachPrior, afterNeg: p.costAware?.phenotypeAfterNegative, conf: p.costAware?.confidence })}` : p.name;
  process.stdout.write(`${label}: acc ${((100 * g.right) / g.n).toFixed(1)}% (${g.right}/${g.n}) cost $${(g.cost / g.n).toFixed(0)} steps ${(g.steps / g.n).toFixed(1)} capped ${g.capped} exomes ${g.exomes} panels ${g.panels} wide ${g.wide} top10 ${g.top10}${args.includes('--compare') ? ` | other ranking: ${g.altRight} (+${g.altGain} / -${g.altLoss}) top10 ${g.altTop10}` : ''}\n`);
});
