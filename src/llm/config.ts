/**
 * Configuration of the optional language-model backend: one OpenAI-compatible endpoint (Azure AI
 * Foundry's v1 endpoint, OpenAI, or a local vLLM / llama.cpp / Ollama server). Off unless a URL and a
 * model are given. The key comes from the environment, never from a flag, so it stays out of shell
 * history and process listings.
 */
import { issue, type Issue, type Result } from '../core/issues.js';

/** How the key is sent: Azure's `api-key` header, or the standard `Authorization: Bearer`. */
export type LlmAuthHeader = 'api-key' | 'bearer';

export interface LlmConfig {
  /** Base URL of the OpenAI-compatible API, e.g. `https://<resource>.openai.azure.com/openai/v1/`. */
  readonly url: string;
  /** Model or deployment name. */
  readonly model: string;
  readonly apiKey?: string;
  readonly authHeader: LlmAuthHeader;
  /** Per call, before the client gives up on an answer. */
  readonly timeoutMs: number;
  /** Bounded retries (with the client's exponential backoff) on rate limits, timeouts and 5xx. */
  readonly maxRetries: number;
  /** Completion tokens allowed per call. */
  readonly maxOutputTokens: number;
  /** Prompt + completion tokens allowed for all calls of one request (one note, one case). */
  readonly tokenBudget: number;
  /** Optional prices for cost reporting, USD per million tokens. */
  readonly usdPerMillionInput?: number;
  readonly usdPerMillionOutput?: number;
}

export const LLM_DEFAULTS = { timeoutMs: 30_000, maxRetries: 2, maxOutputTokens: 2_000, tokenBudget: 60_000 } as const;

/** The raw settings as flags or a server config give them; validated by `parseLlmConfig`. */
export interface LlmSettings {
  readonly url?: string | undefined;
  readonly model?: string | undefined;
  readonly apiKey?: string | undefined;
  readonly authHeader?: string | undefined;
  readonly timeoutMs?: number | undefined;
  readonly maxRetries?: number | undefined;
  readonly tokenBudget?: number | undefined;
}

/** Azure hosts take the key in the `api-key` header; everything else takes a bearer token. */
function defaultAuthHeader(url: URL): LlmAuthHeader {
  return /\.(openai\.azure\.com|services\.ai\.azure\.com|cognitiveservices\.azure\.com)$/i.test(url.hostname) ? 'api-key' : 'bearer';
}

function positiveInt(v: number | undefined, fallback: number, path: string, issues: Issue[], min = 1): number {
  if (v === undefined) return fallback;
  if (!Number.isInteger(v) || v < min) issues.push(issue('range', path, `must be an integer >= ${min}`));
  return v;
}

/**
 * Validate settings. `undefined` when the backend is not configured (neither URL nor model), an issue
 * naming the flag when only one of them is given or a value is malformed.
 */
export function parseLlmConfig(s: LlmSettings, paths: { url: string; model: string } = { url: '--llm-url', model: '--llm-model' }): Result<LlmConfig | undefined> {
  if (s.url === undefined && s.model === undefined) return { ok: true, value: undefined, issues: [] };
  const issues: Issue[] = [];
  if (s.url === undefined) issues.push(issue('required', paths.url, `${paths.url} is required with ${paths.model}`));
  if (s.model === undefined || s.model.trim() === '') issues.push(issue('required', paths.model, `${paths.model} is required with ${paths.url}`));
  let url: URL | undefined;
  if (s.url !== undefined) {
    try {
      url = new URL(s.url);
      if (url.protocol !== 'https:' && url.protocol !== 'http:') issues.push(issue('format', paths.url, 'must be an http(s) URL'));
    } catch {
      issues.push(issue('format', paths.url, 'must be an absolute http(s) URL'));
    }
  }
  let authHeader: LlmAuthHeader | undefined;
  if (s.authHeader !== undefined) {
    if (s.authHeader === 'api-key' || s.authHeader === 'bearer') authHeader = s.authHeader;
    else issues.push(issue('enum', '--llm-auth', 'must be api-key or bearer'));
  }
  const timeoutMs = positiveInt(s.timeoutMs, LLM_DEFAULTS.timeoutMs, '--llm-timeout-ms', issues);
  const maxRetries = positiveInt(s.maxRetries, LLM_DEFAULTS.maxRetries, '--llm-retries', issues, 0);
  const tokenBudget = positiveInt(s.tokenBudget, LLM_DEFAULTS.tokenBudget, '--llm-token-budget', issues);
  if (issues.length > 0 || url === undefined || s.model === undefined) return { ok: false, issues };
  return {
    ok: true,
    issues: [],
    value: {
      url: url.toString(), model: s.model.trim(), authHeader: authHeader ?? defaultAuthHeader(url),
      ...(s.apiKey ? { apiKey: s.apiKey } : {}),
      timeoutMs, maxRetries, maxOutputTokens: LLM_DEFAULTS.maxOutputTokens, tokenBudget,
    },
  };
}
