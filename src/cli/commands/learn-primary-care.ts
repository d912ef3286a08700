/** `ddx learn primary-care`: compile SymCat + Columbia KB + knowledge/primary-care into models/primary-care.json. */
import type { Command } from 'commander';
import { learnPrimaryCare } from '../../learn/primary-care/index.js';
import { DEFAULT_DATA_DIR, repoPath } from '../paths.js';

/** Registers `ddx learn primary-care`: build the primary-care model from SymCat, Columbia KB and the cited test catalog. */
export function registerLearnPrimaryCare(learn: Command): void {
  learn
    .command('primary-care')
    .description('build the primary-care model from SymCat, Columbia KB and the cited test catalog')
    .option('--data <dir>', 'shared data folder', DEFAULT_DATA_DIR)
    .option('--knowledge <dir>', 'authored knowledge folder', repoPath('knowledge/primary-care'))
    .option('--out <file>', 'output model file', 'models/primary-care.json')
    .action((o: { data: string; knowledge: string; out: string }) => {
      const { model, bytes } = learnPrimaryCare({ dataDir: o.data, out: o.out, knowledgeDir: o.knowledge });
      const tests = model.actions.filter((a) => a.kind !== 'question').length;
      process.stdout.write(`${JSON.stringify({ out: o.out, bytes, conditions: model.conditions.length, findings: model.findings.length, tests, contentHash: model.manifest.contentHash })}\n`);
    });
}
