/**
 * `ddx learn ddxplus --data <dir> --out <file>`: train the DDXPlus model from the release files and
 * training patients. The same input gives a byte-identical artifact.
 */
import type { Command } from 'commander';
import { join } from 'node:path';
import { writeModelArtifact } from '../../learn/artifact.js';
import { learnDdxplus } from '../../learn/ddxplus/index.js';
import { splitCsvLine } from '../../learn/ddxplus/records.js';
import { assertDeidentified, csvRecords } from '../../learn/gate.js';
import { readTextFile } from '../io.js';
import { dataPath } from '../paths.js';


export function registerLearnDdxplus(learn: Command): void {
  learn
    .command('ddxplus')
    .description('train a model from DDXPlus (release_*.json + patients-train.csv)')
    .option('--data <dir>', 'DDXPlus data folder', dataPath('ddxplus'))
    .requiredOption('--out <file>', 'where to write the model artifact')
    .action((flags: { data: string; out: string }) => {
      const started = performance.now();
      // Refuse identifiable input before anything is learned from it.
      assertDeidentified('patients-train.csv', csvRecords(readTextFile(join(flags.data, 'patients-train.csv')), splitCsvLine));
      const { model } = learnDdxplus(flags.data);
      const { model: written, bytes } = writeModelArtifact(flags.out, model);
      process.stderr.write(`trained ${written.conditions.length} conditions, ${written.findings.length} findings from ${written.manifest.training.map((t) => `${t.name} (${t.rows})`).join(', ')} in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
      process.stdout.write(`${join(flags.out)}\t${bytes} bytes\t${written.manifest.contentHash}\n`);
    });
}
