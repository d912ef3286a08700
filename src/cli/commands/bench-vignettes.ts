/**
 * `ddx bench vignettes`: OSCE structured vignettes (stepwise) or MedQA free-text vignettes (instant
 * differential) on the primary-care model (notes pipeline + gatekeeper + judge); figures for the whole
 * file and for each fixed dev half (read / score, src/bench/vignettes/split.ts).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { readModelArtifact } from '../../learn/artifact.js';
import { runVignettes } from '../../bench/vignettes/run.js';
import { truthResolver } from '../../bench/vignettes/truth-codes.js';
import { readOntologies } from '../../learn/primary-care/ontologies.js';
import { readVignettesWithLlm } from '../../bench/vignettes/llm.js';
import { createOpenAiProvider } from '../../llm/index.js';
import { parseJsonText, readTextFile } from '../io.js';
import { addLlmOptions, llmConfigFromFlags, type LlmFlags } from '../llm-options.js';
import { dataPath, repoPath } from '../paths.js';
import { parseMode, parseNonNegative } from '../options.js';

interface VignetteFlags extends LlmFlags { cases: string; data: string; vocabularies: boolean; model: string; budget: string; mode: string; maxSteps: string; json?: boolean }

/** Registers `ddx bench vignettes`: run clinical vignettes (JSONL: OSCE structured or MedQA free text) on the primary-care model; reports the read and score halves; with --llm-url/--llm-model, through the hybrid. */
export function registerBenchVignettes(bench: Command): void {
  addLlmOptions(bench
    .command('vignettes')
    .description('run clinical vignettes (JSONL: OSCE structured or MedQA free text) on the primary-care model; reports the read and score halves; with --llm-url/--llm-model, through the hybrid'))
    .option('--cases <file>', 'vignettes JSONL (OSCE_Examination rows or MedQA {id, question, diagnosis} rows)', dataPath('cases/osce-medqa-dev.jsonl'))
    .option('--model <file>', 'model file', repoPath('models/primary-care.json'))
    .option('--data <dir>', 'data directory whose ontologies/ (DO, MONDO, ICD-10-CM) give the judge the codes of each gold name', dataPath())
    .option('--no-vocabularies', 'judge gold names by name only (no DO/MONDO/ICD-10-CM codes)')
    .option('--budget <usd>', 'test budget per case in USD', '1000')
    .option('--mode <mode>', 'work-up mode: budgeted, instant, questions-only, no-budget', 'budgeted')
    .option('--max-steps <n>', 'step limit per case', '20')
    .option('--json', 'print JSON')
    .action(async (o: VignetteFlags) => {
      const model = readModelArtifact(o.model);
      const rows = readTextFile(o.cases).split('\n').map((l, i) => ({ l, i })).filter(({ l }) => l.trim()).map(({ l, i }) => parseJsonText(l, `${o.cases}:${i + 1}`));
      const llm = llmConfigFromFlags(o);
      const readings = llm ? await readVignettesWithLlm(model, rows, createOpenAiProvider(llm), llm) : undefined;
      const vocab = o.vocabularies && existsSync(join(o.data, 'ontologies')) ? truthResolver(readOntologies(o.data)) : undefined;
      const base = runVignettes(model, rows, {
        ...(vocab ? { truthCodes: vocab } : {}),
        budgetUsd: parseNonNegative('--budget', o.budget), maxSteps: parseNonNegative('--max-steps', o.maxSteps), mode: parseMode(o.mode),
        ...(readings ? { extraKnown: readings.extraKnown } : {}),
      });
      const judged = { ...base, judge: vocab ? 'names, vocabulary codes, names and is_a ancestors (DO, MONDO, ICD-10-CM)' : 'names' };
      const report = readings ? { ...judged, llm: { model: llm!.model, ...readings.usage } } : judged;
      process.stdout.write(o.json ? `${JSON.stringify(report)}\n` : `${Object.entries(report).map(([k, v]) => `${k}: ${typeof v === 'object' ? JSON.stringify(v) : String(v)}`).join('\n')}\n`);
    });
}
