/**
 * Decoding and line handling for de-identification input. Input must be UTF-8 text: invalid UTF-8 or
 * NUL bytes (binary junk) are refused rather than guessed at. JSONL notes are processed line by line;
 * a bad line is reported by its number with its content withheld, and the other lines still go through.
 */
import { issue, type Issue } from '../../core/issues.js';

export const MAX_LINE_CHARS = 16 * 1024 * 1024;

export function decodeUtf8Strict(bytes: Uint8Array): string | undefined {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return text.includes('\u0000') ? undefined : text;
  } catch {
    return undefined;
  }
}

/**
 * Decode JSONL bytes line by line: a line that is not UTF-8 (or holds NUL bytes) becomes an empty line,
 * so line numbers stay right, and is reported with its content withheld. The other lines are kept.
 */
export function decodeJsonlLines(bytes: Uint8Array, issues: Issue[]): string {
  const out: string[] = [];
  let start = 0;
  let lineNo = 0;
  while (start <= bytes.length) {
    let end = bytes.indexOf(0x0a, start);
    if (end < 0) end = bytes.length;
    lineNo++;
    const text = decodeUtf8Strict(bytes.subarray(start, end));
    if (text === undefined) {
      issues.push(issue('encoding', `line ${lineNo}`, 'line is not UTF-8 text (content withheld)'));
      out.push('');
    } else out.push(text);
    start = end + 1;
  }
  return out.join('\n');
}

export interface NoteLine {
  readonly line: number;
  readonly patient: string;
  readonly note: string;
  readonly text: string;
}

/** Parse `{"patient","note","text"}` lines. Extra fields (e.g. gold `phi`) are ignored here. */
export function* parseNoteLines(text: string, issues: Issue[]): Generator<NoteLine> {
  let lineNo = 0;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    lineNo++;
    const raw = text.slice(start, end).replace(/\r$/, '');
    start = end + 1;
    if (!raw.trim()) {
      if (end >= text.length) break;
      continue;
    }
    const where = `line ${lineNo}`;
    if (raw.length > MAX_LINE_CHARS) { issues.push(issue('too-large', where, `line longer than ${MAX_LINE_CHARS} characters (content withheld)`)); continue; }
    let v: unknown;
    try {
      v = JSON.parse(raw);
    } catch {
      issues.push(issue('json', where, 'not valid JSON (content withheld)'));
      continue;
    }
    const o = v as Record<string, unknown> | null;
    if (!o || typeof o !== 'object' || Array.isArray(o) || typeof o['text'] !== 'string') {
      issues.push(issue('note', where, 'expected an object with a string "text" (content withheld)'));
      continue;
    }
    const id = (x: unknown): string | undefined => (typeof x === 'string' ? x : typeof x === 'number' && Number.isFinite(x) ? String(x) : undefined);
    const patient = id(o['patient']);
    const note = id(o['note']);
    if (patient === undefined || note === undefined) {
      issues.push(issue('note', where, 'expected "patient" and "note" ids as strings or numbers (content withheld)'));
      continue;
    }
    yield { line: lineNo, patient, note, text: o['text'] };
    if (end >= text.length) break;
  }
}
