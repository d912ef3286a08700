/**
 * `ddx diagnose <case.json>`: a ranked differential with probabilities and the reasons for and
 * against each entry. A readable table by default, `--json` for machines. A malformed case gets
 * every problem with its JSON path and exit code 2.
 */
import type { Command } from 'commander';
import { compileModel } from '../../core/compile.js';
import { diagnose } from '../../core/diagnose.js';
import { parseCase } from '../../core/evidence.js';
import { InputError } from '../../core/issues.js';
import { loadModel } from '../../learn/builtin-models.js';
import { CliUsageError } from '../exit.js';
import { formatDiagnosis } from '../format-diagnosis.js';
import { readJsonFile } from '../io.js';
import { parseMode, parseNonNegative } from '../options.js';

interface DiagnoseFlags {
  model: string;
  json?: boolean;
  mode: string;
  budget?: string;
}

export function registerDiagnose(program: Command): void {
  program
    .command('diagnose')
    .description('rank a differential diagnosis for a case file (age, sex, findings)')
    .argument('[case]', 'case JSON file (see README: case format)')
    .option('-m, --model <id|file>', 'built-in model id or model file', 'ddxplus')
    .option('--mode <mode>', 'instant | questions-only | budgeted | no-budget', 'no-budget')
    .option('--budget <usd>', 'budget in USD for the budgeted mode')
    .option('--json', 'print machine-readable JSON')
    .action((casePath: string | undefined, flags: DiagnoseFlags) => {
      if (!casePath) throw new CliUsageError('give a case file: ddx diagnose case.json');
      const mode = parseMode(flags.mode);
      const budget = flags.budget !== undefined ? parseNonNegative('--budget', flags.budget) : undefined;
      const model = loadModel(flags.model);
      const parsed = parseCase(readJsonFile(casePath), model);
      if (!parsed.ok) throw new InputError(parsed.issues);
      const cm = compileModel(model);
      const result = diagnose(cm, parsed.value, { mode, ...(budget !== undefined ? { budgetUsd: budget } : {}) });
      process.stdout.write(flags.json ? `${JSON.stringify(result, null, 2)}\n` : formatDiagnosis(cm, result));
    });
}
