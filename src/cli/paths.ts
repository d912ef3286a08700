/**
 * Where the CLI finds things by default: the repository root (for `models/`, `knowledge/`) and the
 * public data folder that benchmarks and learners read (`../shared/data` beside the repository, or
 * `DDX_DATA`). The product itself never needs the data folder at run time.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package root: three levels above src/cli/paths.ts and dist/cli/paths.js alike. */
export const REPO_ROOT = resolve(fileURLToPath(new URL('../../', import.meta.url)));

export const DEFAULT_DATA_DIR = process.env['DDX_DATA'] ? resolve(process.env['DDX_DATA']) : resolve(REPO_ROOT, '../shared/data');

/** A path under the data directory (DDX_DATA, else ../shared/data beside the repository). */
export function dataPath(...parts: string[]): string {
  return resolve(DEFAULT_DATA_DIR, ...parts);
}

/** A path under the package root. */
export function repoPath(...parts: string[]): string {
  return resolve(REPO_ROOT, ...parts);
}
