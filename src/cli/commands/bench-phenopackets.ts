/** `ddx bench phenopackets`: static or stepwise rare-disease diagnosis on phenopacket cases, on a dev split by publication. */
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Command } from 'commander';
import { readModelArtifact, sha256Hex, writeModelArtifact } from '../../learn/artifact.js';
import { buildPhenopacketModel, loadCases, type LoadedCases } from '../../learn/phenopackets/build.js';
import { readCasesText } from '../../learn/phenopackets/load.js';
import { selectLines } from '../../learn/phenopackets/select.js';
import { FOLDS, overlaps, parseEvalPart, parseTrainPart, type EvalPart, type TrainPart } from '../../learn/phenopackets/split.js';
import { DEFAULT_VISIT_FEE_USD } from '../../bench/cost-model.js';
import { COST_AWARE_DEFAULTS, DEFAULT_BUDGETS, defaultPolicies } from '../../bench/policies.js';
import { priceFor } from '../../bench/prices.js';
import { summariseStatic, summariseStepwise, writeReports } from '../../bench/report.js';
import { runBench, type BenchRun } from '../../bench/runner.js';
import { poolRuns, summariseStaticCv, summariseStepwiseCv, type FoldRun } from '../../bench/phenopackets/cv.js';
import { CODE_VERSION } from '../../core/version.js';
import { CliUsageError } from '../exit.js';
import { dataPath, repoPath } from '../paths.js';

interface Opts { cases?: string; model?: string; data: string; hpo: string; mondo: string; split?: string; method: string; stepwise?: boolean; budget?: string[]; visitFee: string; confidence: string; minGain: string; minScore: string; value: string; valueTemperature: string; out: string; workers: string; json?: boolean; progress: boolean; cache: boolean; limit?: string }

function numberOption(v: string, name: string, check: (n: number) => boolean, rule: string): number {
  const n = Number(v);
  if (!Number.isFinite(n) || !check(n)) throw new CliUsageError(`--${name} must be ${rule}`);
  return n;
}

/** The training part a split's model must come from: dev minus the fold, or dev for the untouched third. */
function trainFor(part: EvalPart): TrainPart | 'case-hash' {
  if (part === 'case-hash') return 'case-hash';
  return part === 'final' ? 'dev' : (part as TrainPart);
}

function firstLines(text: string, limit: number | undefined): string {
  if (limit === undefined) return text;
  return `${text.split('\n').filter((l) => l.trim() !== '').slice(0, limit).join('\n')}\n`;
}

/** Registers `ddx bench phenopackets`: rare-disease diagnosis on phenopacket cases: static top-k, or stepwise policies with costs; dev split by publication. */
export function registerBenchPhenopackets(bench: Command): void {
  bench
    .command('phenopackets')
    .description('rare-disease diagnosis on phenopacket cases: static top-k, or stepwise policies with costs; dev split by publication')
    .option('--cases <jsonl>', 'score these cases with --model (default: a split of cases.jsonl in --data)')
    .option('--split <part>', 'cv (grouped 5-fold CV by publication; default), fold-0..fold-4, final (the untouched third: score only at the end), case-hash (the old split by case id)')
    .option('--model <file>', 'model artifact (default: with --cases the shipped model; with --split a model learned on that split\'s training part)')
    .option('--method <m>', 'learner for split models: hpo (annotations + cases) or cases (the old learner from cases only)', 'hpo')
    .option('--data <dir>', 'folder with cases.jsonl, hp-2015-01-27.obo and hpo-labels.json', dataPath('phenopackets'))
    .option('--hpo <dir>', 'folder with the HPO release files', dataPath('hpo'))
    .option('--mondo <dir>', 'folder with the MONDO cross-references', dataPath('ontologies', 'mondo'))
    .option('--stepwise', 'run the stepwise policies instead of static ranking')
    .option('--limit <n>', 'score only the first n cases of each part (quick looks while iterating)')
    .option('--budget <usd...>', `cost-aware budgets in USD, visit fees and tests (default ${DEFAULT_BUDGETS.join(' ')}, plus no budget)`)
    .option('--visit-fee <usd>', 'physician-visit fee per round of questions (charged and planned with)', String(DEFAULT_VISIT_FEE_USD))
    .option('--confidence <p>', 'cost-aware: stop paying once the leader exceeds this posterior (1: never)', String(COST_AWARE_DEFAULTS.confidence))
    .option('--min-gain <nats>', 'cost-aware: least expected information an action must offer', String(COST_AWARE_DEFAULTS.minGain))
    .option('--min-score <nats-per-usd>', 'cost-aware: stop when the best action offers less information per dollar', String(COST_AWARE_DEFAULTS.minScore))
    .option('--value <usd>', 'cost-aware: what a correct diagnosis is worth; a test is bought only when this times its expected rise in P(leader is right) covers its price (0: off)', String(COST_AWARE_DEFAULTS.valuePerCorrectUsd))
    .option('--value-temperature <t>', 'cost-aware: the posterior that --value reads is flattened to p^(1/t) (the naive-Bayes posterior is overconfident)', String(COST_AWARE_DEFAULTS.valueTemperature))
    .option('--out <dir>', 'output folder for traces, report and plot', 'bench-out/phenopackets')
    .option('--workers <n>', 'worker threads', '2')
    .option('--json', 'print only the JSON summary')
    .option('--no-progress', 'no progress bar')
    .option('--no-cache', 'ignore finished cases from an earlier run')
    .action(async (o: Opts) => {
      const st = settingsOf(o);
      const { run, summary, command } = o.cases !== undefined ? await runOnCases(o, st, o.cases) : await runOnSplit(o, st);
      for (const s of run.skipped) process.stderr.write(`ddx: line ${s.line} skipped: ${s.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}\n`);
      const files = await writeReports(o.out, 'phenopackets', run, summary, st.stepwise, command);
      process.stdout.write(`${JSON.stringify(summary)}\n`);
      if (!o.json) process.stderr.write(`wrote ${files.join(', ')}\n`);
    });
}

/** The checked numeric options, the parts to score and the policies of one bench run. */
interface Settings {
  readonly visitFee: number;
  readonly workers: number;
  readonly limit: number | undefined;
  readonly split: string | undefined;
  readonly parts: readonly EvalPart[];
  readonly stepwise: boolean;
  readonly policies: ReturnType<typeof defaultPolicies>;
}

/** Checks the options (usage errors) and derives the run's settings. */
function settingsOf(o: Opts): Settings {
  const budgets = (o.budget ?? []).map(Number);
  if (budgets.some((b) => !Number.isFinite(b) || b < 0)) throw new CliUsageError('--budget values must be numbers >= 0');
  const visitFee = numberOption(o.visitFee, 'visit-fee', (n) => n >= 0, 'a number >= 0');
  const confidence = numberOption(o.confidence, 'confidence', (n) => n >= 0 && n <= 1, 'a number in [0, 1]');
  const minGain = numberOption(o.minGain, 'min-gain', (n) => n >= 0, 'a number >= 0');
  const minScore = numberOption(o.minScore, 'min-score', (n) => n >= 0, 'a number >= 0');
  const valuePerCorrectUsd = numberOption(o.value, 'value', (n) => n >= 0, 'a number >= 0');
  const valueTemperature = numberOption(o.valueTemperature, 'value-temperature', (n) => n >= 1, 'a number >= 1');
  const workers = numberOption(o.workers, 'workers', (n) => Number.isInteger(n) && n >= 1, 'a positive integer');
  const limit = o.limit === undefined ? undefined : numberOption(o.limit, 'limit', (n) => Number.isInteger(n) && n >= 1, 'a positive integer');
  if (o.method !== 'hpo' && o.method !== 'cases') throw new CliUsageError('--method must be hpo or cases');
  if (o.cases !== undefined && o.split !== undefined) throw new CliUsageError('give --cases or --split, not both');
  const split = o.split ?? (o.cases === undefined ? 'cv' : undefined);
  const parts: EvalPart[] = [];
  if (split === 'cv') for (let k = 0; k < FOLDS; k++) parts.push(`fold-${k}`);
  else if (split !== undefined) {
    const p = parseEvalPart(split);
    if (!p) throw new CliUsageError('--split must be cv, fold-0..fold-4, final or case-hash');
    parts.push(p);
  }
  if (parts.length > 1 && o.model !== undefined) throw new CliUsageError('--split cv learns one model per fold; give a single --split part to score --model');
  const stepwise = o.stepwise === true;
  const policies = defaultPolicies(budgets.length ? budgets : DEFAULT_BUDGETS, { visitFeeUsd: visitFee, confidence, minGain, minScore, valuePerCorrectUsd, valueTemperature });
  return { visitFee, workers, limit, split, parts, stepwise, policies };
}

/** Runs the suite (static or stepwise) of one model on one set of cases, with the finished-case cache unless --no-cache. */
async function runOne(o: Opts, st: Settings, modelPath: string, casesText: string, outDir: string): Promise<BenchRun> {
  const options = { modelPath: resolve(modelPath), dataDir: resolve(o.data), mondoDir: resolve(o.mondo), stepwise: st.stepwise, policies: st.policies, visitFeeUsd: st.visitFee, exchanges: st.stepwise };
  const model = readCasesText(modelPath);
  const cacheKey = sha256Hex(JSON.stringify({ v: CODE_VERSION, model: model.sha256, options: { ...options, modelPath: '', dataDir: '', mondoDir: '' } }) + (o.cache ? '' : String(process.hrtime.bigint())));
  return runBench({
    suite: { module: pathToFileURL(resolve(import.meta.dirname, '../../bench/phenopackets/suite' + (import.meta.url.endsWith('.ts') ? '.ts' : '.js'))).href, options },
    casesText, outDir, cacheKey, workers: st.workers, progress: o.progress && !o.json,
  });
}

/** Output of one bench invocation: the pooled run, its summary and the command line it reports. */
interface Outcome { run: BenchRun; summary: Record<string, unknown>; command: string }

/** `--cases`: the given cases scored with --model (default the shipped model). */
async function runOnCases(o: Opts, st: Settings, cases: string): Promise<Outcome> {
  const modelPath = o.model ?? repoPath('models/phenopackets.json');
  if (!existsSync(modelPath)) throw new CliUsageError(`model not found: ${modelPath} (build it with \`ddx learn phenopackets\`)`);
  const run = await runOne(o, st, modelPath, firstLines(readCasesText(cases).text, st.limit), o.out);
  const summary = st.stepwise ? summariseStepwise(run) : summariseStatic(run);
  return { run, summary, command: `ddx bench phenopackets${st.stepwise ? ' --stepwise' : ''} --cases ${cases}` };
}

/** `--split`: each part scored with a model learned on its training part (or a checked --model), pooled. */
async function runOnSplit(o: Opts, st: Settings): Promise<Outcome> {
  const all = readCasesText(resolve(o.data, 'cases.jsonl'));
  let loaded: LoadedCases | undefined;
  const folds: FoldRun[] = [];
  for (const part of st.parts) {
    const dir = join(o.out, part);
    mkdirSync(dir, { recursive: true });
    let modelPath = o.model;
    if (modelPath === undefined) {
      loaded ??= loadCases(o.data, (m) => process.stderr.write(`ddx: ${m}\n`));
      const built = buildPhenopacketModel({ phenopacketsDir: o.data, hpoDir: o.hpo, mondoDir: o.mondo, train: trainFor(part), method: o.method as 'hpo' | 'cases', priceOf: priceFor }, loaded);
      modelPath = join(dir, 'model.json');
      writeModelArtifact(modelPath, built.model);
    } else if (part !== 'case-hash') {
      const trained = String(readModelArtifact(modelPath).manifest.parameters?.['trainPart'] ?? 'all');
      const t = parseTrainPart(trained);
      if (!t || overlaps(t, part)) throw new CliUsageError(`the model was trained on "${trained}", which includes cases of ${part}; learn it with --train ${trainFor(part)}`);
    }
    folds.push({ part, run: await runOne(o, st, modelPath, firstLines(selectLines(all.text, part), st.limit), dir) });
  }
  const run = poolRuns(folds);
  const label = st.split === 'cv' ? 'publication-cv' : st.split!;
  const summary = st.stepwise ? summariseStepwiseCv(folds, label) : summariseStaticCv(folds, label);
  const command = `ddx bench phenopackets${st.stepwise ? ' --stepwise' : ''} --split ${st.split!}${o.method !== 'hpo' ? ` --method ${o.method}` : ''}${st.limit !== undefined ? ` --limit ${st.limit}` : ''}`;
  return { run, summary, command };
}
