/**
 * Reading NDJSON (and the learner's own spilled fact files) line by line from a byte range of a
 * file. Blocks are small (64 KiB) on purpose: a block's text stays in V8's young generation and dies
 * there, where multi-megabyte block strings went straight to the large-object space and piled up
 * as garbage until a full collection, which made peak memory grow with the input.
 */
import type { Hash } from 'node:crypto';
import { closeSync, openSync, readSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';

/** A byte range of an NDJSON file, starting at a line start and ending at one (or the file's end). */
export interface LineRange {
  readonly path: string;
  readonly name: string;
  readonly start: number;
  readonly end: number;
}

export const LINE_BLOCK = 1 << 16;

/**
 * A copy of `s` that shares no memory with the text it was cut from. A line and the fields cut from
 * it are V8 slices of the whole 64 KiB block they were read in, and a slice keeps its parent alive:
 * a date or code kept past its line (a memo key, a vocabulary entry) would hold a block each, and a
 * few thousand such keys held over 100 MB of input text. Whatever outlives its line goes through here.
 */
export function detach(s: string): string {
  // Shorter strings are never slices (V8 copies them); the concatenation is flattened into a fresh
  // string before it is sliced, so the result's parent is that small copy.
  return s.length < 13 ? s : (' ' + s).slice(1);
}

/** Call `onLine` for each non-empty line of a byte range (numbered from 1 within the range); optionally hash the bytes. */
export function eachLineOfRange(r: LineRange, onLine: (line: string, n: number) => void, hash?: Hash): number {
  const fd = openSync(r.path, 'r');
  const dec = new StringDecoder('utf8');
  const buf = Buffer.allocUnsafe(LINE_BLOCK);
  // The start of an unfinished line: pieces are joined once its end arrives, so a long line costs its length once.
  let pending: string[] = [];
  let n = 0;
  try {
    for (let pos = r.start; pos < r.end; ) {
      const got = readSync(fd, buf, 0, Math.min(LINE_BLOCK, r.end - pos), pos);
      if (got <= 0) break;
      pos += got;
      const bytes = buf.subarray(0, got);
      hash?.update(bytes);
      const chunk = dec.write(bytes);
      let nl = chunk.indexOf('\n');
      if (nl < 0) {
        pending.push(chunk);
        continue;
      }
      const text = pending.length > 0 ? pending.join('') + chunk : chunk;
      if (pending.length > 0) nl = text.indexOf('\n');
      pending = [];
      let start = 0;
      while (nl >= 0) {
        if (nl > start) onLine(text.slice(start, nl), ++n);
        start = nl + 1;
        nl = text.indexOf('\n', start);
      }
      if (start < text.length) pending.push(text.slice(start));
    }
  } finally {
    closeSync(fd);
  }
  const rest = pending.join('') + dec.end();
  if (rest.trim() !== '') onLine(rest, ++n);
  return n;
}
