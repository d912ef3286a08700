/** `ddx bench phenopackets`: static or stepwise rare-disease diagnosis on phenopacket-store cases. */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Command } from 'commander';
import { sha256Hex } from '../../learn/artifact.js';
import { readCasesText } from '../../learn/phenopackets/load.js';
import { DEFAULT_VISIT_FEE_USD } from '../../bench/cost-model.js';
import { COST_AWARE_DEFAULTS, DEFAULT_BUDGETS, defaultPolicies } from '../../bench/policies.js';
import { summariseStatic, summariseStepwise, writeReports } from '../../bench/report.js';
import { runBench } from '../../bench/runner.js';
import { CODE_VERSION } from '../../core/version.js';
import { CliUsageError } from '../exit.js';
import { dataPath, repoPath } from '../paths.js';
import { isDevCase } from '../../learn/phenopackets/cases.js';

/** The dev split of a phenopacket-store file: the lines whose case id the learner held out (by id hash). */
function devSplit(path: string): { text: string; sha256: string } {
  const all = readCasesText(path);
  const kept = all.text.split('\n').filter((line) => {
    if (line.trim() === '') return false;
    let id: unknown;
    try {
      id = (JSON.parse(line) as { id?: unknown }).id;
    } catch {
      id = undefined;
    }
    // A line without a readable id is kept, so the runner reports it as malformed instead of it vanishing.
    return typeof id !== 'string' || isDevCase(id);
  });
  const text = `${kept.join('\n')}\n`;
  return { text, sha256: sha256Hex(text) };
}

interface Opts { cases?: string; model: string; data: string; stepwise?: boolean; budget?: string[]; visitFee: string; confidence: string; minGain: string; minScore: string; out: string; workers: string; json?: boolean; progress: boolean; cache: boolean }

export function registerBenchPhenopackets(bench: Command): void {
  bench
    .command('phenopackets')
    .description('rare-disease diagnosis on phenopacket cases: static top-k, or stepwise policies with costs')
    .option('--cases <jsonl>', 'phenopacket-store cases (JSONL); default: the dev split of cases.jsonl in --data (the cases the model was not trained on)')
    .option('--model <file>', 'model artifact', repoPath('models/phenopackets.json'))
    .option('--data <dir>', 'folder with cases.jsonl, hp-2015-01-27.obo and hpo-labels.json', dataPath('phenopackets'))
    .option('--stepwise', 'run the stepwise policies instead of static ranking')
    .option('--budget <usd...>', `cost-aware budgets in USD, visit fees and tests (default ${DEFAULT_BUDGETS.join(' ')}, plus no budget)`)
    .option('--visit-fee <usd>', 'physician-visit fee per round of questions (charged and planned with)', String(DEFAULT_VISIT_FEE_USD))
    .option('--confidence <p>', 'cost-aware: stop paying once the leader reaches this posterior', String(COST_AWARE_DEFAULTS.confidence))
    .option('--min-gain <nats>', 'cost-aware: least expected information an action must offer', String(COST_AWARE_DEFAULTS.minGain))
    .option('--min-score <nats-per-usd>', 'cost-aware: stop when the best action offers less information per dollar', String(COST_AWARE_DEFAULTS.minScore))
    .option('--out <dir>', 'output folder for traces, report and plot', 'bench-out/phenopackets')
    .option('--workers <n>', 'worker threads', '2')
    .option('--json', 'print only the JSON summary')
    .option('--no-progress', 'no progress bar')
    .option('--no-cache', 'ignore finished cases from an earlier run')
    .action(async (o: Opts) => {
      const budgets = (o.budget ?? []).map(Number);
      if (budgets.some((b) => !Number.isFinite(b) || b < 0)) throw new CliUsageError('--budget values must be numbers >= 0');
      const visitFee = Number(o.visitFee);
      if (!Number.isFinite(visitFee) || visitFee < 0) throw new CliUsageError('--visit-fee must be a number >= 0');
      const confidence = Number(o.confidence);
      if (!(confidence >= 0 && confidence <= 1)) throw new CliUsageError('--confidence must be a number in [0, 1]');
      const minGain = Number(o.minGain);
      const minScore = Number(o.minScore);
      if (!Number.isFinite(minGain) || minGain < 0) throw new CliUsageError('--min-gain must be a number >= 0');
      if (!Number.isFinite(minScore) || minScore < 0) throw new CliUsageError('--min-score must be a number >= 0');
      const workers = Number(o.workers);
      if (!Number.isInteger(workers) || workers < 1) throw new CliUsageError('--workers must be a positive integer');
      if (!existsSync(o.model)) throw new CliUsageError(`model not found: ${o.model} (train it with \`ddx learn phenopackets\`)`);
      const cases = o.cases !== undefined ? readCasesText(o.cases) : devSplit(resolve(o.data, 'cases.jsonl'));
      const model = readCasesText(o.model);
      const stepwise = o.stepwise === true;
      const options = { modelPath: resolve(o.model), dataDir: resolve(o.data), stepwise, policies: defaultPolicies(budgets.length ? budgets : DEFAULT_BUDGETS, { visitFeeUsd: visitFee, confidence, minGain, minScore }), visitFeeUsd: visitFee, exchanges: stepwise };
      const cacheKey = sha256Hex(JSON.stringify({ v: CODE_VERSION, model: model.sha256, options: { ...options, modelPath: '', dataDir: '' } }) + (o.cache ? '' : String(process.hrtime.bigint())));
      const run = await runBench({
        suite: { module: pathToFileURL(resolve(import.meta.dirname, '../../bench/phenopackets/suite' + (import.meta.url.endsWith('.ts') ? '.ts' : '.js'))).href, options },
        casesText: cases.text, outDir: o.out, cacheKey, workers, progress: o.progress && !o.json,
      });
      for (const s of run.skipped) process.stderr.write(`ddx: line ${s.line} skipped: ${s.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}\n`);
      const summary = stepwise ? summariseStepwise(run) : summariseStatic(run);
      const command = `ddx bench phenopackets${o.cases !== undefined ? ` --cases ${o.cases}` : ''}${stepwise ? ' --stepwise' : ''}`;
      const files = await writeReports(o.out, 'phenopackets', run, summary, stepwise, command);
      process.stdout.write(`${JSON.stringify(summary)}\n`);
      if (!o.json) process.stderr.write(`wrote ${files.join(', ')}\n`);
    });
}
