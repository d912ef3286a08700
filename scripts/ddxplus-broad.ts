/**
 * DDXPlus dev patients on the broad primary-care model (overlapping pathologies only); prints one JSON
 * object. Usage: node --import tsx scripts/ddxplus-broad.ts [--data ../shared/data/ddxplus] [--model models/primary-care.json] [--patients patients-dev.csv]
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runDdxplusBroad } from '../src/bench/ddxplus-broad/run.js';
import { readModelArtifact } from '../src/learn/artifact.js';
import { parsePatientsCsv } from '../src/learn/ddxplus/records.js';

const arg = (flag: string, def: string): string => {
  const i = process.argv.indexOf(flag);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : def;
};
const root = resolve(import.meta.dirname, '..');
const data = resolve(arg('--data', join(root, '../shared/data/ddxplus')));
const model = readModelArtifact(resolve(arg('--model', join(root, 'models/primary-care.json'))));
const file = arg('--patients', 'patients-dev.csv');
const read = (f: string): string => readFileSync(join(data, f), 'utf8');
const report = runDdxplusBroad(
  model,
  JSON.parse(read('release_conditions.json')),
  JSON.parse(read('release_evidences.json')),
  parsePatientsCsv(read(file), file),
);
process.stdout.write(`${JSON.stringify(report)}\n`);
