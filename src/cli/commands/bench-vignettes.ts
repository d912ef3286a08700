/** `ddx bench vignettes`: OSCE/MedQA vignettes on the primary-care model (notes pipeline + gatekeeper + judge). */
import type { Command } from 'commander';
import { readModelArtifact } from '../../learn/artifact.js';
import { runVignettes } from '../../bench/vignettes/run.js';
import { parseJsonText, readTextFile } from '../io.js';
import { dataPath, repoPath } from '../paths.js';
import { parseMode, parseNonNegative } from '../options.js';

export function registerBenchVignettes(bench: Command): void {
  bench
    .command('vignettes')
    .description('run clinical vignettes (JSONL) on the primary-care model')
    .option('--cases <file>', 'vignettes JSONL', dataPath('cases/osce-medqa-dev.jsonl'))
    .option('--model <file>', 'model file', repoPath('models/primary-care.json'))
    .option('--budget <usd>', 'test budget per case in USD', '1000')
    .option('--mode <mode>', 'work-up mode: budgeted, instant, questions-only, no-budget', 'budgeted')
    .option('--max-steps <n>', 'step limit per case', '20')
    .option('--json', 'print JSON')
    .action((o: { cases: string; model: string; budget: string; mode: string; maxSteps: string; json?: boolean }) => {
      const model = readModelArtifact(o.model);
      const rows = readTextFile(o.cases).split('\n').map((l, i) => ({ l, i })).filter(({ l }) => l.trim()).map(({ l, i }) => parseJsonText(l, `${o.cases}:${i + 1}`));
      const report = runVignettes(model, rows, { budgetUsd: parseNonNegative('--budget', o.budget), maxSteps: parseNonNegative('--max-steps', o.maxSteps), mode: parseMode(o.mode) });
      process.stdout.write(o.json ? `${JSON.stringify(report)}\n` : `${Object.entries(report).map(([k, v]) => `${k}: ${v}`).join('\n')}\n`);
    });
}
