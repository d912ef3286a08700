/**
 * Which word lists the de-identification commands use. The built-in lists (ours, faker, SCOWL) always load.
 * Extra lists come, in order, from `--lexicons <dir>`, the `DDX_DEID_LEXICONS` environment variable, or the
 * public data folder's `deid/lexicons` when it exists (PhysioNet's general name and place lists, GPL: read at
 * run time, never copied into the repository). `none` in the flag or the variable keeps the built-in lists only.
 * The product works without the data folder; with it, unseen names are found more often (docs/privacy.md).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { extendLexicon, type Lexicon } from '../privacy/deid/index.js';
import { CliUsageError } from './exit.js';
import { DEFAULT_DATA_DIR } from './paths.js';

export interface DeidLexiconChoice {
  /** The extra list directory, or undefined for the built-in lists only. */
  readonly dir: string | undefined;
  /** Where the choice came from, for the bench output and `--help` docs. */
  readonly source: 'flag' | 'env' | 'data' | 'built-in';
}

/** Which de-identification word lists load: the flag, else DDX_DEID_LEXICONS, else the data directory's deid/lexicons, else the built-in ones (`none` picks built-in). */
export function chooseDeidLexicons(flag: string | undefined, env: string | undefined = process.env['DDX_DEID_LEXICONS'],
  dataDir: string = DEFAULT_DATA_DIR): DeidLexiconChoice {
  if (flag !== undefined) return flag === 'none' ? { dir: undefined, source: 'built-in' } : { dir: flag, source: 'flag' };
  if (env !== undefined && env !== '') return env === 'none' ? { dir: undefined, source: 'built-in' } : { dir: env, source: 'env' };
  const data = join(dataDir, 'deid', 'lexicons');
  return existsSync(data) ? { dir: data, source: 'data' } : { dir: undefined, source: 'built-in' };
}

/** The lexicon for a choice; undefined means the built-in default. A missing or unreadable directory is a usage error. */
export function loadDeidLexicon(choice: DeidLexiconChoice): Lexicon | undefined {
  if (!choice.dir) return undefined;
  try {
    return extendLexicon(choice.dir);
  } catch {
    throw new CliUsageError(`cannot read lexicon directory: ${choice.dir}`);
  }
}
