/**
 * Model artifacts on disk: canonical JSON (sorted keys, fixed number formatting) so the same model
 * always serialises to the same bytes, a content hash over that canonical form, and a loader that
 * validates the model and verifies its hash before anything uses it.
 */
import { createHash } from 'node:crypto';
import { closeSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { InputError, issue } from '../core/issues.js';
import type { KnowledgeModel } from '../core/model.js';
import { validateModel } from '../core/validate-model.js';

/** JSON with object keys sorted at every level; arrays keep their order. */
export function canonicalJson(value: unknown, indent = 0): string {
  return JSON.stringify(sortKeys(value), null, indent === 0 ? undefined : indent);
}

function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(v).sort()) {
      const x = (v as Record<string, unknown>)[k];
      if (x !== undefined) out[k] = sortKeys(x);
    }
    return out;
  }
  return v;
}

/** Flushes pieces of canonical JSON in blocks of about 64K characters, so the sink is not called per token. */
class PieceBuffer {
  private parts: string[] = [];
  private size = 0;
  constructor(private readonly sink: (block: string) => void) {}
  push(piece: string): void {
    this.parts.push(piece);
    this.size += piece.length;
    if (this.size >= 65_536) this.flush();
  }
  flush(): void {
    if (this.parts.length === 0) return;
    this.sink(this.parts.join(''));
    this.parts = [];
    this.size = 0;
  }
}

/** An array-index key ("0", "17"; below 2^32 - 1): JavaScript enumerates these first, in numeric order. */
function isIndexKey(k: string): boolean {
  return /^(?:0|[1-9]\d{0,9})$/.test(k) && Number(k) < 4_294_967_295;
}

/**
 * Keys in the order JSON.stringify writes the object sortKeys builds: index-like keys first in numeric
 * order (the language enumerates them so, whatever the insertion order), then the rest sorted.
 */
function canonicalKeyOrder(obj: object): string[] {
  const keys = Object.keys(obj).sort();
  const index = keys.filter(isIndexKey);
  if (index.length === 0) return keys;
  index.sort((a, b) => Number(a) - Number(b));
  return [...index, ...keys.filter((k) => !isIndexKey(k))];
}

function emitValue(v: unknown, out: PieceBuffer): void {
  if (Array.isArray(v)) {
    out.push('[');
    for (let i = 0; i < v.length; i++) {
      if (i > 0) out.push(',');
      const x: unknown = v[i];
      // As JSON.stringify does: what has no JSON form inside an array is written as null.
      if (x === undefined || typeof x === 'function' || typeof x === 'symbol') out.push('null');
      else emitValue(x, out);
    }
    out.push(']');
    return;
  }
  if (v && typeof v === 'object') {
    out.push('{');
    let first = true;
    for (const k of canonicalKeyOrder(v)) {
      const x = (v as Record<string, unknown>)[k];
      if (x === undefined || typeof x === 'function' || typeof x === 'symbol') continue;
      out.push(`${first ? '' : ','}${JSON.stringify(k)}:`);
      first = false;
      emitValue(x, out);
    }
    out.push('}');
    return;
  }
  out.push(JSON.stringify(v));
}

/**
 * The bytes of `canonicalJson(value)` (no indent), handed to `sink` in blocks. Large models are
 * hashed and written this way without a sorted copy of the whole tree or one string holding all of
 * it: a learned records model grows with the data until every pair reaches --min-count, and the
 * writer's copies were the peak of a large run.
 */
export function streamCanonicalJson(value: unknown, sink: (block: string) => void): void {
  const out = new PieceBuffer(sink);
  emitValue(value, out);
  out.flush();
}

/** The SHA-256 of text or bytes, in hex. */
export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** The content hash of a model: sha256 of its canonical JSON with `manifest.contentHash` blanked. */
export function modelContentHash(model: KnowledgeModel): string {
  const blank = { ...model, manifest: { ...model.manifest, contentHash: '' } };
  const hash = createHash('sha256');
  streamCanonicalJson(blank, (block) => hash.update(block));
  return `sha256:${hash.digest('hex')}`;
}

/** The model with its manifest's content hash filled in. */
export function withContentHash(model: KnowledgeModel): KnowledgeModel {
  return { ...model, manifest: { ...model.manifest, contentHash: modelContentHash(model) } };
}

/** Round to a fixed number of significant digits, so artifacts do not carry float noise. */
export function roundSig(x: number, digits = 6): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  return Number(x.toPrecision(digits));
}

/**
 * Serialise (hash included) and write atomically: streamed to a temporary file beside `path`, then
 * renamed over it, so a failed write leaves neither a partial model nor the temporary file.
 * Returns the bytes written.
 */
export function writeModelArtifact(path: string, model: KnowledgeModel): { model: KnowledgeModel; bytes: number } {
  const hashed = withContentHash(model);
  const tmp = `${path}.tmp-${process.pid}`;
  let bytes = 0;
  const fd = openSync(tmp, 'w');
  try {
    const write = (block: string): void => {
      const buf = Buffer.from(block, 'utf8');
      let off = 0;
      while (off < buf.length) off += writeSync(fd, buf, off);
      bytes += buf.length;
    };
    streamCanonicalJson(hashed, write);
    write('\n');
  } catch (err) {
    closeSync(fd);
    rmSync(tmp, { force: true });
    throw err;
  }
  closeSync(fd);
  renameSync(tmp, path);
  return { model: hashed, bytes };
}

/** Validate a parsed model and verify its content hash. Throws InputError listing every problem. */
export function verifyModel(value: unknown): KnowledgeModel {
  const r = validateModel(value);
  if (!r.ok) throw new InputError(r.issues);
  const model = r.value;
  const expected = modelContentHash(model);
  if (model.manifest.contentHash !== expected) {
    throw new InputError([issue('hash-mismatch', '$.manifest.contentHash', 'content hash does not match the model content (the artifact was altered or damaged)')]);
  }
  return model;
}

/** A model artifact read from disk and checked by `verifyModel`; unreadable or invalid JSON as an InputError. */
export function readModelArtifact(path: string): KnowledgeModel {
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(path, 'utf8')) as unknown;
  } catch (err) {
    throw new InputError([issue('json', '$', `cannot read model file ${path}: ${err instanceof SyntaxError ? 'not valid JSON' : 'unreadable'}`)]);
  }
  return verifyModel(value);
}
