/**
 * `ddx bench ddxplus`: the DDXPlus interactive benchmark. Prints one JSON object: ddx's policy at the
 * chosen profile (cases, gtpa1/3/5, gtpa, il, ddr, ddp, ddf1, ece, cases_per_s, step latency, fairness)
 * and the baselines of the same run under `baselines`. Self-contained (its own worker pool) rather than
 * the generic stepwise runner in src/bench/runner.ts, which is built around JSONL case files.
 */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import cliProgress from 'cli-progress';
import { runDdxplusBench } from '../../bench/ddxplus/bench.js';
import { PROFILES, type Profile } from '../../bench/ddxplus/policies.js';
import { CliUsageError } from '../exit.js';

interface Opts { patients?: string; profile: string; model?: string; data?: string; workers: string; json?: boolean; progress: boolean }

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** Registers `ddx bench ddxplus`: DDXPlus interactive diagnosis: ddx at a profile plus baselines (no questions, random, info-gain without cost). */
export function registerBenchDdxplus(bench: Command): void {
  bench
    .command('ddxplus')
    .description('DDXPlus interactive diagnosis: ddx at a profile plus baselines (no questions, random, info-gain without cost)')
    .option('--patients <csv>', 'DDXPlus patients file (default: patients-dev.csv in --data)')
    .option('--data <dir>', 'DDXPlus data folder', resolve(repoRoot, '../shared/data/ddxplus'))
    .option('--profile <name>', 'fast (at most a few questions) or thorough (up to 30)', 'fast')
    .option('--model <file>', 'model artifact', resolve(repoRoot, 'models/ddxplus.json'))
    .option('--workers <n>', 'worker threads', '2')
    .option('--json', 'print only the JSON summary')
    .option('--no-progress', 'no progress bar')
    .action(async (o: Opts) => {
      if (!PROFILES.includes(o.profile as Profile)) throw new CliUsageError(`--profile must be one of ${PROFILES.join(', ')}`);
      const workers = Number(o.workers);
      if (!Number.isInteger(workers) || workers < 1) throw new CliUsageError('--workers must be a positive integer');
      const patients = resolve(o.patients ?? resolve(o.data ?? '', 'patients-dev.csv'));
      const model = resolve(o.model ?? '');
      if (!existsSync(patients)) throw new CliUsageError(`patients file not found: ${patients}`);
      if (!existsSync(model)) throw new CliUsageError(`model not found: ${model} (train it with \`ddx learn ddxplus\`)`);
      const bar = o.progress
        ? new cliProgress.SingleBar({ stream: process.stderr, noTTYOutput: false, format: 'ddxplus {bar} {value}/{total} case-runs' }, cliProgress.Presets.shades_classic)
        : undefined;
      let started = false;
      const res = await runDdxplusBench({
        modelPath: model, patientsPath: patients, profile: o.profile as Profile, workers,
        onProgress: (done, total) => {
          if (!bar) return;
          if (!started) {
            bar.start(total, 0);
            started = true;
          }
          bar.update(done);
        },
      });
      if (started) bar?.stop();
      const { ddx, ...baselines } = res;
      process.stdout.write(`${JSON.stringify({ profile: o.profile, ...ddx, baselines })}\n`);
    });
}
