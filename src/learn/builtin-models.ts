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
export const DEFAULT_MODEL_ID = 'ddxplus';

const cache = new Map<string, KnowledgeModel>();

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
