/**
 * Model artifacts on disk: canonical JSON (sorted keys, fixed number formatting) so the same model
 * always serialises to the same bytes, a content hash over that canonical form, and a loader that
 * validates the model and verifies its hash before anything uses it.
 */
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
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

export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** The content hash of a model: sha256 of its canonical JSON with `manifest.contentHash` blanked. */
export function modelContentHash(model: KnowledgeModel): string {
  const blank = { ...model, manifest: { ...model.manifest, contentHash: '' } };
  return `sha256:${sha256Hex(canonicalJson(blank))}`;
}

export function withContentHash(model: KnowledgeModel): KnowledgeModel {
  return { ...model, manifest: { ...model.manifest, contentHash: modelContentHash(model) } };
}

/** Round to a fixed number of significant digits, so artifacts do not carry float noise. */
export function roundSig(x: number, digits = 6): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  return Number(x.toPrecision(digits));
}

/** Serialise (hash included) and write atomically. Returns the bytes written. */
export function writeModelArtifact(path: string, model: KnowledgeModel): { model: KnowledgeModel; bytes: number } {
  const hashed = withContentHash(model);
  const text = `${canonicalJson(hashed)}\n`;
  const tmp = `${path}.tmp-${process.pid}`;
  writeFileSync(tmp, text);
  renameSync(tmp, path);
  return { model: hashed, bytes: Buffer.byteLength(text) };
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

export function readModelArtifact(path: string): KnowledgeModel {
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(path, 'utf8')) as unknown;
  } catch (err) {
    throw new InputError([issue('json', '$', `cannot read model file ${path}: ${err instanceof SyntaxError ? 'not valid JSON' : 'unreadable'}`)]);
  }
  return verifyModel(value);
}
