/**
 * The provider on the official `openai` client: any OpenAI-compatible chat-completions endpoint
 * (Azure AI Foundry v1, OpenAI, vLLM, llama.cpp, Ollama). Structured output through
 * `response_format: json_schema` (strict); timeouts and bounded retries with backoff come from the
 * client. Failures are mapped to a closed set of reasons and never echo what the endpoint said.
 */
import OpenAI, { APIConnectionError, APIConnectionTimeoutError, APIError, RateLimitError } from 'openai';
import type { LlmConfig } from './config.js';
import type { LlmFailure, LlmProvider, LlmReply, LlmRequest, TokenUsage } from './provider.js';

const NO_USAGE: TokenUsage = { input: 0, output: 0 };

function failureOf(e: unknown): { failure: LlmFailure; status?: number } {
  if (e instanceof APIConnectionTimeoutError) return { failure: 'timeout' };
  if (e instanceof APIConnectionError) return { failure: 'connection' };
  if (e instanceof RateLimitError) return { failure: 'rate-limited', status: 429 };
  if (e instanceof APIError) return { failure: 'http-error', ...(e.status !== undefined ? { status: e.status } : {}) };
  if (e instanceof Error && e.name === 'AbortError') return { failure: 'timeout' };
  return { failure: 'connection' };
}

/** Build the provider. The key goes in Azure's `api-key` header or as a bearer token. */
export function createOpenAiProvider(config: LlmConfig, fetchImpl?: typeof fetch): LlmProvider {
  const key = config.apiKey ?? 'none';
  const client = new OpenAI({
    baseURL: config.url,
    apiKey: key,
    timeout: config.timeoutMs,
    maxRetries: config.maxRetries,
    ...(config.authHeader === 'api-key' ? { defaultHeaders: { 'api-key': key, authorization: null } } : {}),
    ...(fetchImpl ? { fetch: fetchImpl } : {}),
  });
  return {
    model: config.model,
    async complete(request: LlmRequest): Promise<LlmReply> {
      const started = performance.now();
      const elapsed = (): number => Math.round(performance.now() - started);
      try {
        const completion = await client.chat.completions.create({
          model: config.model,
          messages: [
            { role: 'system', content: request.system },
            { role: 'user', content: request.user.join('\n\n') },
          ],
          response_format: { type: 'json_schema', json_schema: { name: request.output.name, strict: true, schema: { ...request.output.schema } } },
          max_tokens: request.maxOutputTokens,
          temperature: 0,
        });
        const usage: TokenUsage = { input: completion.usage?.prompt_tokens ?? 0, output: completion.usage?.completion_tokens ?? 0 };
        const message = completion.choices[0]?.message;
        if (!message) return { ok: false, failure: 'not-json', usage, latencyMs: elapsed() };
        if (message.refusal) return { ok: false, failure: 'refused', usage, latencyMs: elapsed() };
        const content = message.content ?? '';
        let json: unknown;
        try {
          json = JSON.parse(content);
        } catch {
          return { ok: false, failure: 'not-json', usage, latencyMs: elapsed() };
        }
        return { ok: true, json, usage, latencyMs: elapsed(), model: completion.model || config.model };
      } catch (e) {
        return { ok: false, ...failureOf(e), usage: NO_USAGE, latencyMs: elapsed() };
      }
    },
  };
}
