/**
 * Reads one of the word lists beside this file (`<name>.txt`: words separated by white space,
 * `#` lines are comments) as lowercase words. Used by the list build and the import scripts, at
 * build time only; the product reads the compiled `data.ts`.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

/** The distinct lowercase words of the list `name` (`<name>.txt` in this folder). */
export function readWordList(name: string): Set<string> {
  const out = new Set<string>();
  for (const line of readFileSync(join(here, `${name}.txt`), 'utf8').split('\n')) {
    if (line.startsWith('#')) continue;
    for (const w of line.trim().toLowerCase().split(/\s+/)) if (w) out.add(w);
  }
  return out;
}
