/**
 * Who is calling: the bearer key is looked up by its public id, checked against the stored hash,
 * and refused when unknown, revoked, expired, lacking the route's scope or over its rate limit.
 * Verified keys are cached briefly (config.keyCacheMs) so the hot path does not hit the database;
 * a revocation made through this process drops the cache entry at once.
 */
import type { FastifyRequest } from 'fastify';
import { keyMatches, parseKey, type Scope } from './api-keys.js';
import { apiError, type ApiError } from './errors.js';
import type { DbStore, KeyRecord } from './store/store.js';

export interface Caller {
  readonly keyId: string;
  readonly orgId: string;
  /** True for the organization that runs this ddx. */
  readonly owner: boolean;
  readonly scopes: readonly string[];
}

declare module 'fastify' {
  interface FastifyRequest {
    caller?: Caller;
    /** Set by routes that touch patient data, for the audit record. */
    auditInfo?: { operation: string; modelHash?: string; modelVersion?: string; entity?: string };
  }
}

/** Token bucket per key, per process. */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  constructor(private readonly perSecond: number, private readonly burst: number, private readonly now: () => number = () => performance.now()) {}

  /** Take one token from the key's bucket; false when it is empty (over the rate limit). */
  take(key: string): boolean {
    const t = this.now();
    let b = this.buckets.get(key);
    if (!b) {
      if (this.buckets.size > 100_000) this.buckets.clear();
      b = { tokens: this.burst, at: t };
      this.buckets.set(key, b);
    }
    b.tokens = Math.min(this.burst, b.tokens + ((t - b.at) / 1000) * this.perSecond);
    b.at = t;
    if (b.tokens < 1) return false;
    b.tokens -= 1;
    return true;
  }
}

function missingScope(wanted: readonly Scope[]): ApiError {
  return apiError('missing-scope', `this API key needs the ${wanted.map((s) => `"${s}"`).join(' or ')} scope`);
}

/** Checks a request's bearer key and scope, with a short-lived cache of verified keys and the per-key rate limit. */
export class Authenticator {
  private readonly cache = new Map<string, { rec: KeyRecord; at: number }>();
  constructor(private readonly store: DbStore, private readonly cacheMs: number, private readonly limiter: RateLimiter) {}

  /** Drop a key from the cache (after a revocation through this process). */
  forget(keyId: string): void {
    this.cache.delete(keyId);
  }

  private async lookup(id: string): Promise<KeyRecord | undefined> {
    const now = Date.now();
    const hit = this.cache.get(id);
    if (hit && now - hit.at < this.cacheMs) return hit.rec;
    const rec = await this.store.getKey(id);
    if (rec) {
      if (this.cache.size > 10_000) this.cache.clear();
      this.cache.set(id, { rec, at: now });
    } else this.cache.delete(id);
    return rec;
  }

  /**
   * The caller of a request, checked for one of the scopes: 401 without a valid key, 403 without the
   * scope, 429 over the rate limit. The app's `onRequest` hook calls this first; a route handler that
   * calls it again gets the same caller (scope re-checked, no second rate-limit token).
   */
  async authenticate(req: FastifyRequest, scope: Scope | readonly Scope[]): Promise<Caller> {
    const wanted: readonly Scope[] = typeof scope === 'string' ? [scope] : scope;
    if (req.caller) {
      if (!wanted.some((s) => req.caller!.scopes.includes(s))) throw missingScope(wanted);
      return req.caller;
    }
    const header = req.headers.authorization;
    if (!header) throw apiError('unauthenticated', 'send an API key as "Authorization: Bearer <key>"');
    const m = /^Bearer\s+(\S+)\s*$/i.exec(header);
    const key = m?.[1];
    const parsed = key ? parseKey(key) : undefined;
    if (!key || !parsed) throw apiError('invalid-key', 'the API key is not valid');
    const rec = await this.lookup(parsed.id);
    if (!rec || !keyMatches(key, rec.hash)) throw apiError('invalid-key', 'the API key is not valid');
    if (rec.revokedAt) throw apiError('key-revoked', 'the API key has been revoked');
    if (rec.expiresAt && rec.expiresAt.getTime() <= Date.now()) throw apiError('key-expired', 'the API key has expired');
    const caller: Caller = { keyId: rec.id, orgId: rec.orgId, owner: rec.owner, scopes: rec.scopes };
    req.caller = caller;
    if (!wanted.some((s) => rec.scopes.includes(s))) throw missingScope(wanted);
    if (!this.limiter.take(rec.id)) throw apiError('rate-limited', 'too many requests for this API key; retry shortly');
    return caller;
  }
}
