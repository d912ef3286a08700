/**
 * The models shipped in the repository's `models/` folder, so a fresh clone works offline. Each is
 * read, validated and hash-checked on first use, then kept; `ddx models` and the server list them.
 */
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ModelNotFoundError } from './model-error.js';
import type { KnowledgeModel } from '../core/model.js';
import { readModelArtifact } from './artifact.js';

/** `models/` at the package root (two levels above both src/learn and dist/learn). */
export const MODELS_DIR = fileURLToPath(new URL('../../models/', import.meta.url));
/**
 * The model a clinician starts with when none is named (CLI notes, FHIR and interview; the API's
 * requests without a model, FHIR $diagnose and CDS Hooks): the broad primary-care model. The
 * 49-condition DDXPlus model stays for its benchmark and the demo.
 */
export const DEFAULT_MODEL_ID = 'primary-care';

/**
 * The built-in model whose vocabulary holds most of `findingIds` (ties to the default model, then id
 * order), with how many it holds. Lets a case written with one model's finding ids (DDXPlus evidence
 * codes such as E_53) keep working without `--model`.
 */
export function builtinModelFor(findingIds: readonly string[]): { readonly id: string; readonly known: number } {
  let best = { id: DEFAULT_MODEL_ID, known: -1 };
  for (const id of [DEFAULT_MODEL_ID, ...builtinModelIds().filter((x) => x !== DEFAULT_MODEL_ID)]) {
    let m: KnowledgeModel;
    try {
      m = loadModel(id);
    } catch {
      continue;
    }
    const vocabulary = new Set(m.findings.map((f) => f.id));
    const known = findingIds.filter((f) => vocabulary.has(f)).length;
    if (known > best.known) best = { id, known };
    if (known === findingIds.length) break;
  }
  return best.known > 0 ? best : { id: DEFAULT_MODEL_ID, known: 0 };
}


const cache = new Map<string, KnowledgeModel>();

/** The ids of the built-in models (the JSON files in models/), sorted. */
export function builtinModelIds(): string[] {
  if (!existsSync(MODELS_DIR)) return [];
  return readdirSync(MODELS_DIR)
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -'.json'.length))
    .sort();
}

/** Load a model by built-in id (e.g. `ddxplus`) or by file path. */
export function loadModel(idOrPath: string = DEFAULT_MODEL_ID): KnowledgeModel {
  const cached = cache.get(idOrPath);
  if (cached) return cached;
  let path: string;
  if (/^[a-z0-9-]+$/.test(idOrPath) && !existsSync(idOrPath)) {
    if (!builtinModelIds().includes(idOrPath)) throw new ModelNotFoundError(`unknown model "${idOrPath}"; built-in models: ${builtinModelIds().join(', ') || 'none'}`);
    path = `${MODELS_DIR}${idOrPath}.json`;
  } else {
    if (!existsSync(idOrPath)) throw new ModelNotFoundError(`model file not found: ${idOrPath}`);
    path = idOrPath;
  }
  const model = readModelArtifact(path);
  cache.set(idOrPath, model);
  return model;
}
