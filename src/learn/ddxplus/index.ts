/**
 * `ddx learn ddxplus`: read the DDXPlus release files and training patients, build the model and
 * write a reproducible artifact whose manifest records the hashes and row counts of its inputs.
 * The dev file is never read here: it is reserved for calibration and evaluation.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { InputError, issue } from '../../core/issues.js';
import type { KnowledgeModel, TrainingFile } from '../../core/model.js';
import { sha256Hex } from '../artifact.js';
import { buildDdxplusModel, DEFAULT_BUILD_OPTIONS, type BuildOptions, type RawCondition, type RawEvidence } from './build-model.js';
import { parsePatientsCsv, type DdxplusPatient } from './records.js';

export { buildDdxplusModel, conditionId, DDXPLUS_AGE_BANDS } from './build-model.js';
export { parsePatientsCsv } from './records.js';
export type { DdxplusPatient } from './records.js';

export interface DdxplusRelease {
  readonly evidences: Record<string, RawEvidence>;
  readonly conditions: Record<string, RawCondition>;
  readonly files: TrainingFile[];
}

function readFile(dir: string, name: string): string {
  try {
    return readFileSync(join(dir, name), 'utf8');
  } catch {
    throw new InputError([issue('missing-file', name, `cannot read ${name} in the data folder`)]);
  }
}

function parseJson<T>(text: string, name: string): T {
  try {
    return JSON.parse(text) as T;
  } catch {
    throw new InputError([issue('json', name, `${name} is not valid JSON`)]);
  }
}

export function readRelease(dataDir: string): DdxplusRelease {
  const evText = readFile(dataDir, 'release_evidences.json');
  const condText = readFile(dataDir, 'release_conditions.json');
  const evidences = parseJson<Record<string, RawEvidence>>(evText, 'release_evidences.json');
  const conditions = parseJson<Record<string, RawCondition>>(condText, 'release_conditions.json');
  return {
    evidences,
    conditions,
    files: [
      { name: 'release_evidences.json', sha256: sha256Hex(evText), rows: Object.keys(evidences).length },
      { name: 'release_conditions.json', sha256: sha256Hex(condText), rows: Object.keys(conditions).length },
    ],
  };
}

export function readPatients(path: string, label: string): { patients: DdxplusPatient[]; file: TrainingFile } {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new InputError([issue('missing-file', label, `cannot read ${label}`)]);
  }
  const patients = parsePatientsCsv(text, label);
  return { patients, file: { name: label, sha256: sha256Hex(text), rows: patients.length } };
}

export function learnDdxplus(dataDir: string, opts: BuildOptions = DEFAULT_BUILD_OPTIONS): { model: KnowledgeModel; patients: DdxplusPatient[]; release: DdxplusRelease } {
  const release = readRelease(dataDir);
  const { patients, file } = readPatients(join(dataDir, 'patients-train.csv'), 'patients-train.csv');
  const model = buildDdxplusModel({ evidences: release.evidences, conditions: release.conditions, patients, training: [...release.files, file] }, opts);
  return { model, patients, release };
}
