/**
 * The language model on the server: which configuration a tenant gets (per-org settings win over the
 * default; off when neither is set), one provider per configuration, and the audit and metrics of
 * every call: model, tokens, latency, outcome — never content.
 */
import type { FastifyRequest } from 'fastify';
import { createOpenAiProvider, type LlmCallRecord, type LlmConfig, type LlmProvider } from '../llm/index.js';
import type { AppContext } from './routes/types.js';
import { auditOutcome } from './audit.js';
import type { LlmTenancy } from './config.js';

/** The configuration for an organization, or undefined when the language model is off for it. */
export function llmForOrg(tenancy: LlmTenancy | undefined, orgId: string): LlmConfig | undefined {
  if (!tenancy) return undefined;
  const own = tenancy.byOrg?.[orgId];
  if (own === null) return undefined;
  return own ?? tenancy.default;
}

const providers = new WeakMap<LlmConfig, LlmProvider>();

/** One provider (and so one HTTP client with its connection pool) per configuration. */
export function providerFor(config: LlmConfig): LlmProvider {
  let p = providers.get(config);
  if (!p) {
    p = createOpenAiProvider(config);
    providers.set(config, p);
  }
  return p;
}

/** Audit each call as its own event (operation `llm-<role>`) and count it in /metrics. */
export async function recordLlmCalls(ctx: AppContext, req: FastifyRequest, calls: readonly LlmCallRecord[]): Promise<void> {
  for (const c of calls) {
    const status = c.outcome === 'ok' ? 200 : 502;
    ctx.metrics.llmCall(c.role, c.outcome, c.inputTokens, c.outputTokens, c.latencyMs / 1000);
    await ctx.audit.record({
      recorded: new Date(), orgId: req.caller?.orgId ?? null, keyId: req.caller?.keyId ?? null,
      action: 'operation', operation: `llm-${c.role}`, modelHash: null, modelVersion: c.model,
      outcome: auditOutcome(status), status, requestId: req.id,
      entity: `tokens_in=${c.inputTokens} tokens_out=${c.outputTokens} latency_ms=${c.latencyMs}${c.costUsd !== undefined ? ` cost_usd=${c.costUsd.toFixed(6)}` : ''} outcome=${c.outcome}`,
    });
  }
}
