/**
 * File input for the CLI: read text and JSON with size limits and errors that name the file and
 * the reason, never the content (a parse error message from V8 quotes the input, which may be PHI).
 */
import { readFileSync, statSync } from 'node:fs';
import { InputError, issue } from '../core/issues.js';
import { CliUsageError } from './exit.js';

export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

/** A file's bytes; a usage error when it cannot be read or exceeds `maxBytes`. */
export function readFileBytes(path: string, maxBytes = MAX_INPUT_BYTES): Buffer {
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    throw new CliUsageError(`cannot read file: ${path}`);
  }
  if (size > maxBytes) throw new CliUsageError(`file too large: ${path} is ${size} bytes, the limit is ${maxBytes}`);
  return readFileSync(path);
}

/** A UTF-8 file's text; a usage error when it cannot be read or exceeds `maxBytes`. */
export function readTextFile(path: string, maxBytes = MAX_INPUT_BYTES): string {
  return new TextDecoder('utf-8', { fatal: false }).decode(readFileBytes(path, maxBytes));
}

/** Parsed JSON, or an InputError at `label` (the text is never echoed). */
export function parseJsonText(text: string, label = '$'): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new InputError([issue('json', label, 'not valid JSON')]);
  }
}

/** A JSON file, read with `readTextFile`'s limits and parsed. */
export function readJsonFile(path: string, maxBytes = MAX_INPUT_BYTES): unknown {
  return parseJsonText(readTextFile(path, maxBytes));
}
