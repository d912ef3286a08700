/**
 * What the ICU table generators share (`gen-icu-months.ts`, `gen-calendar-months.ts`): the locales of Node's ICU, the
 * English word list their tables leave out, and the layout of a generated word list.
 */
import { readFileSync } from 'node:fs';

/** Every two- and three-letter language code Node's ICU has date formats for (lookup, no fallback). */
export function icuLocales(): string[] {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const codes: string[] = [];
  for (const x of letters) for (const y of letters) {
    codes.push(x + y);
    for (const z of letters) codes.push(x + y + z);
  }
  return Intl.DateTimeFormat.supportedLocalesOf(codes, { localeMatcher: 'lookup' });
}

/** The English list `lexicons/common-words.txt`: no generated month table holds one of its words. */
export const ENGLISH: ReadonlySet<string> = new Set(readFileSync(new URL('../src/privacy/deid/lexicons/common-words.txt', import.meta.url), 'utf8').split(/\s+/).filter(Boolean));

/** The words as source lines of at most 118 characters, each indented by `indent`. */
export function lines(words: readonly string[], indent = '  '): string {
  const out: string[] = [];
  let line = '';
  for (const w of words) {
    const item = `'${w}',`;
    if (line.length + item.length + 1 > 118) { out.push(line); line = ''; }
    line += (line ? ' ' : indent) + item;
  }
  if (line) out.push(line);
  return out.join('\n');
}
