/**
 * The per-request token budget and the audit trail of one hybrid run: every call's model, tokens,
 * latency, cost and outcome (never content). A call that would overrun the budget is not made.
 */
import type { LlmConfig } from './config.js';
import type { LlmCallRecord, LlmProvider, LlmReply, LlmRequest } from './provider.js';

/** A rough prompt-size estimate (about four characters a token), to refuse calls that cannot fit. */
export function estimateTokens(request: LlmRequest): number {
  const chars = request.system.length + request.user.reduce((n, u) => n + u.length, 0);
  return Math.ceil(chars / 4) + request.maxOutputTokens;
}

/** One run's calls to the language model: made only while the token budget allows, each recorded without content. */
export class CallLedger {
  readonly calls: LlmCallRecord[] = [];
  private used = 0;
  constructor(private readonly provider: LlmProvider, private readonly config: LlmConfig) {}

  /** Tokens used by the calls made so far. */
  get tokensUsed(): number {
    return this.used;
  }

  private cost(input: number, output: number): number | undefined {
    const { usdPerMillionInput: pi, usdPerMillionOutput: po } = this.config;
    if (pi === undefined && po === undefined) return undefined;
    return ((pi ?? 0) * input + (po ?? 0) * output) / 1e6;
  }

  /** Make one call within the budget, and record it. */
  async call(request: LlmRequest): Promise<LlmReply> {
    if (this.used + estimateTokens(request) > this.config.tokenBudget) {
      const reply: LlmReply = { ok: false, failure: 'budget', usage: { input: 0, output: 0 }, latencyMs: 0 };
      this.record(request, reply);
      return reply;
    }
    const reply = await this.provider.complete(request);
    this.used += reply.usage.input + reply.usage.output;
    this.record(request, reply);
    return reply;
  }

  /** Re-mark the last call of a role when its answer was rejected after checking (schema, invented evidence). */
  reject(role: LlmRequest['role'], outcome: LlmCallRecord['outcome']): void {
    for (let i = this.calls.length - 1; i >= 0; i--) {
      const c = this.calls[i]!;
      if (c.role === role) {
        this.calls[i] = { ...c, outcome };
        return;
      }
    }
  }

  private record(request: LlmRequest, reply: LlmReply): void {
    const cost = this.cost(reply.usage.input, reply.usage.output);
    this.calls.push({
      role: request.role, model: reply.ok ? reply.model : this.provider.model,
      inputTokens: reply.usage.input, outputTokens: reply.usage.output, latencyMs: reply.latencyMs,
      ...(cost !== undefined ? { costUsd: cost } : {}),
      outcome: reply.ok ? 'ok' : reply.failure,
    });
  }
}
