/**
 * Where the secret de-identification key comes from: a key file (first line, at least 16 bytes) or the
 * DDX_DEID_KEY environment variable. Error messages name the source, never the key.
 */
import { readFileSync } from 'node:fs';
import { InputError, issue } from '../../core/issues.js';
import { keyFromText, MIN_KEY_BYTES, type DeidKey } from './keyed.js';

/** The de-identification key from the key file's first line, else DDX_DEID_KEY, else none; too short a key is an input error. */
export function loadDeidKey(keyFile: string | undefined, env: NodeJS.ProcessEnv = process.env): DeidKey | undefined {
  if (keyFile) {
    let text: string;
    try {
      text = readFileSync(keyFile, 'utf8').split(/\r?\n/)[0] ?? '';
    } catch {
      throw new InputError([issue('key', '$.keyFile', 'cannot read the key file')]);
    }
    const key = keyFromText(text);
    if (!key) throw new InputError([issue('key', '$.keyFile', `the key must be at least ${MIN_KEY_BYTES} bytes`)]);
    return key;
  }
  const fromEnv = env['DDX_DEID_KEY'];
  if (fromEnv !== undefined) {
    const key = keyFromText(fromEnv);
    if (!key) throw new InputError([issue('key', '$.DDX_DEID_KEY', `the key must be at least ${MIN_KEY_BYTES} bytes`)]);
    return key;
  }
  return undefined;
}
