/**
 * The common start of the rare-disease error-analysis scripts (phenopackets-errors.ts, -seen-errors.ts,
 * -unseen-errors.ts): the data path, `--folds` and `--v k=v,...` arguments, the case set, HPO labels and
 * the annotated disease table, read once the same way, so the scripts analyse the same folds and variants.
 */
import { resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { loadCases } from '../src/learn/phenopackets/build.js';
import { parseHpoa } from '../src/learn/phenopackets/hpoa.js';

/** A gzip-compressed text file, decoded. */
export const readGz = (path: string): string => gunzipSync(readFileSync(path)).toString('utf8');

/** Parse the script arguments and load what every fold script needs; `defaultFolds` applies without `--folds`. */
export function foldSetup(defaultFolds: string) {
  const data = resolve(process.env['DDX_DATA'] ?? '../shared/data');
  const args = process.argv.slice(2);
  const folds = (args.includes('--folds') ? args[args.indexOf('--folds') + 1]! : defaultFolds).split(',').map(Number);
  const params: Record<string, number> = {};
  if (args.includes('--v')) for (const kv of args[args.indexOf('--v') + 1]!.split(',')) params[kv.split('=')[0]!] = Number(kv.split('=')[1]);
  const dirs = { phenopacketsDir: `${data}/phenopackets`, hpoDir: `${data}/hpo`, mondoDir: `${data}/ontologies/mondo` };
  const loaded = loadCases(dirs.phenopacketsDir);
  const labels = JSON.parse(readFileSync(`${dirs.phenopacketsDir}/hpo-labels.json`, 'utf8')) as Record<string, string>;
  const hpoa = parseHpoa(readGz(`${dirs.hpoDir}/phenotype.hpoa.gz`));
  return { data, args, folds, params, dirs, loaded, labels, hpoa };
}
