/**
 * API keys: `ddx_<id>_<secret>` with a 96-bit public id for lookup and a 256-bit random secret.
 * Only sha256 of the whole key is stored, so a leaked database does not leak usable keys; the key
 * itself is shown once, when created.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { DbStore } from './store/store.js';

export const SCOPES = ['diagnose', 'admin', 'review'] as const;
export type Scope = (typeof SCOPES)[number];

const KEY_RE = /^ddx_([0-9a-f]{24})_([A-Za-z0-9_-]{43})$/;

/** The stored hash of an API key. */
export function hashKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

/** The key id of a well-formed `ddx_<id>_<secret>` key, else undefined. */
export function parseKey(key: string): { id: string } | undefined {
  const m = KEY_RE.exec(key);
  return m ? { id: m[1]! } : undefined;
}

/** Whether a presented key matches its stored hash (constant-time). */
export function keyMatches(key: string, storedHash: string): boolean {
  const a = Buffer.from(hashKey(key), 'hex');
  const b = Buffer.from(storedHash, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Whether a string is one of the scopes: diagnose, admin, review. */
export function isScope(s: string): s is Scope {
  return (SCOPES as readonly string[]).includes(s);
}

/** Create an org (if new) and a key in it; returns the key, which is never stored or shown again. */
export async function createApiKey(store: DbStore, opts: { orgId: string; scopes: readonly Scope[]; owner?: boolean; label?: string; expiresAt?: Date }): Promise<{ id: string; key: string }> {
  const id = randomBytes(12).toString('hex');
  const key = `ddx_${id}_${randomBytes(32).toString('base64url')}`;
  await store.ensureOrg(opts.orgId, opts.owner ?? false);
  await store.createKey({ id, orgId: opts.orgId, hash: hashKey(key), scopes: [...new Set(opts.scopes)].sort(), label: opts.label, expiresAt: opts.expiresAt });
  return { id, key };
}
