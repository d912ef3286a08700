/**
 * Server settings with their defaults: release gates, limits, retention. Passed into `buildApp`;
 * nothing reads the environment here (the `serve` command does, once).
 */
import type { LlmConfig } from '../llm/config.js';

/** The optional language model, per tenant: `byOrg` wins (null turns it off for that org), else `default`. */
export interface LlmTenancy {
  readonly default?: LlmConfig;
  readonly byOrg?: Readonly<Record<string, LlmConfig | null>>;
}

export interface ReleaseGates {
  /** The named case set a validation report must be measured on. */
  readonly caseSet: string;
  readonly minCases: number;
  readonly minTop1: number;
  /** Expected calibration error must be at most this. */
  readonly maxEce: number;
  readonly minCantMissRecall: number;
  /** Distinct clinician sign-offs needed for `released`. */
  readonly minSignoffs: number;
}

export interface ServerConfig {
  /** The organization that runs this ddx: owns built-in models and sees internal/validated ones. */
  readonly ownerOrg: string;
  readonly gates: ReleaseGates;
  /** Largest accepted request body, bytes (patient records and model uploads have their own limits). */
  readonly bodyLimit: number;
  /** Largest body for routes that take a whole patient record (FHIR `$diagnose`, CDS Hooks), bytes. */
  readonly recordBodyLimit: number;
  readonly modelUploadLimit: number;
  /** Per key, per server process: sustained requests per second and burst size. */
  readonly rateLimit: { readonly perSecond: number; readonly burst: number };
  /** Audit events older than this many days are deleted. */
  readonly auditRetentionDays: number;
  /** How long a verified key stays cached (ms): a revocation reaches other replicas within this. */
  readonly keyCacheMs: number;
  /** How long the model catalog is cached (ms): a promotion reaches other replicas within this. */
  readonly catalogCacheMs: number;
  /** Audit events are written in batches at least this often (ms); 0 writes each one before replying. */
  readonly auditFlushMs: number;
  /** The optional language-model backend; off when absent. */
  readonly llm?: LlmTenancy;
}

export const DEFAULT_CONFIG: ServerConfig = {
  ownerOrg: 'owner',
  gates: { caseSet: 'ddxplus-test', minCases: 1000, minTop1: 0.7, maxEce: 0.05, minCantMissRecall: 0.95, minSignoffs: 2 },
  bodyLimit: 256 * 1024,
  // A patient's full record is often several megabytes (Synthea's sample patient is 823 KB).
  recordBodyLimit: 16 * 1024 * 1024,
  modelUploadLimit: 64 * 1024 * 1024,
  rateLimit: { perSecond: 50, burst: 100 },
  auditRetentionDays: 365,
  keyCacheMs: 5_000,
  catalogCacheMs: 2_000,
  auditFlushMs: 100,
};

/** The default configuration with `overrides` (gates and rate limit merged field by field). */
export function withConfig(overrides: Partial<ServerConfig> = {}): ServerConfig {
  return { ...DEFAULT_CONFIG, ...overrides, gates: { ...DEFAULT_CONFIG.gates, ...overrides.gates }, rateLimit: { ...DEFAULT_CONFIG.rateLimit, ...overrides.rateLimit } };
}
