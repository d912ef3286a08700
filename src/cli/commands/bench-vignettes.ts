/** `ddx bench vignettes`: OSCE/MedQA vignettes on the primary-care model (notes pipeline + gatekeeper + judge), optionally through a language model. */
import type { Command } from 'commander';
import { readModelArtifact } from '../../learn/artifact.js';
import { runVignettes } from '../../bench/vignettes/run.js';
import { readVignettesWithLlm } from '../../bench/vignettes/llm.js';
import { createOpenAiProvider } from '../../llm/index.js';
import { parseJsonText, readTextFile } from '../io.js';
import { addLlmOptions, llmConfigFromFlags, type LlmFlags } from '../llm-options.js';
import { dataPath, repoPath } from '../paths.js';
import { parseMode, parseNonNegative } from '../options.js';

interface VignetteFlags extends LlmFlags { cases: string; model: string; budget: string; mode: string; maxSteps: string; json?: boolean }

export function registerBenchVignettes(bench: Command): void {
  addLlmOptions(bench
    .command('vignettes')
    .description('run clinical vignettes (JSONL) on the primary-care model; with --llm-url/--llm-model, through the hybrid'))
    .option('--cases <file>', 'vignettes JSONL', dataPath('cases/osce-medqa-dev.jsonl'))
    .option('--model <file>', 'model file', repoPath('models/primary-care.json'))
    .option('--budget <usd>', 'test budget per case in USD', '1000')
    .option('--mode <mode>', 'work-up mode: budgeted, instant, questions-only, no-budget', 'budgeted')
    .option('--max-steps <n>', 'step limit per case', '20')
    .option('--json', 'print JSON')
    .action(async (o: VignetteFlags) => {
      const model = readModelArtifact(o.model);
      const rows = readTextFile(o.cases).split('\n').map((l, i) => ({ l, i })).filter(({ l }) => l.trim()).map(({ l, i }) => parseJsonText(l, `${o.cases}:${i + 1}`));
      const llm = llmConfigFromFlags(o);
      const readings = llm ? await readVignettesWithLlm(model, rows, createOpenAiProvider(llm), llm) : undefined;
      const base = runVignettes(model, rows, {
        budgetUsd: parseNonNegative('--budget', o.budget), maxSteps: parseNonNegative('--max-steps', o.maxSteps), mode: parseMode(o.mode),
        ...(readings ? { extraKnown: readings.extraKnown } : {}),
      });
      const report = readings ? { ...base, llm: { model: llm!.model, ...readings.usage } } : base;
      process.stdout.write(o.json ? `${JSON.stringify(report)}\n` : `${Object.entries(report).map(([k, v]) => `${k}: ${typeof v === 'object' ? JSON.stringify(v) : String(v)}`).join('\n')}\n`);
    });
}
