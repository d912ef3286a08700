/** `ddx bench ddxplus-broad`: DDXPlus patients on the broad primary-care model, where the pathologies overlap. */
import type { Command } from 'commander';
import { join } from 'node:path';
import { runDdxplusBroad } from '../../bench/ddxplus-broad/run.js';
import type { RawCondition, RawEvidence } from '../../learn/ddxplus/build-model.js';
import { readModelArtifact } from '../../learn/artifact.js';
import { parsePatientsCsv } from '../../learn/ddxplus/records.js';
import { readJsonFile, readTextFile } from '../io.js';
import { dataPath, repoPath } from '../paths.js';

/** Registers `ddx bench ddxplus-broad`: diagnose DDXPlus patients with the primary-care model where the conditions overlap (instant). */
export function registerBenchDdxplusBroad(bench: Command): void {
  bench
    .command('ddxplus-broad')
    .description('diagnose DDXPlus patients with the primary-care model where the conditions overlap (instant)')
    .option('--data <dir>', 'DDXPlus release directory (release_conditions.json, release_evidences.json)', dataPath('ddxplus'))
    .option('--cases <file>', 'patients CSV', dataPath('ddxplus/patients-dev.csv'))
    .option('--model <file>', 'model file', repoPath('models/primary-care.json'))
    .option('--json', 'print JSON')
    .action((o: { data: string; cases: string; model: string; json?: boolean }) => {
      const model = readModelArtifact(o.model);
      const conditions = readJsonFile(join(o.data, 'release_conditions.json')) as Record<string, RawCondition>;
      const evidences = readJsonFile(join(o.data, 'release_evidences.json')) as Record<string, RawEvidence>;
      const report = runDdxplusBroad(model, conditions, evidences, parsePatientsCsv(readTextFile(o.cases), 'patients.csv'));
      process.stdout.write(o.json ? `${JSON.stringify(report)}\n` : `${Object.entries(report).map(([k, v]) => `${k}: ${typeof v === 'object' ? JSON.stringify(v) : v}`).join('\n')}\n`);
    });
}
