/**
 * The language-model flags shared by `ddx diagnose` and `ddx bench vignettes`: `--llm-url`,
 * `--llm-model`, `--llm-auth`, and the key from `DDX_LLM_API_KEY` (never a flag). Off unless both
 * URL and model are given.
 */
import type { Command } from 'commander';
import { InputError } from '../core/issues.js';
import { parseLlmConfig, type LlmConfig } from '../llm/index.js';

export interface LlmFlags {
  readonly llmUrl?: string;
  readonly llmModel?: string;
  readonly llmAuth?: string;
  readonly llmTimeoutMs?: string;
  readonly llmTokenBudget?: string;
}

/** Adds the language-model flags (--llm-url, --llm-model, --llm-auth, --llm-timeout-ms, --llm-token-budget) to a command. */
export function addLlmOptions(command: Command): Command {
  return command
    .option('--llm-url <url>', 'OpenAI-compatible endpoint (Azure AI Foundry .../openai/v1/, OpenAI, vLLM, llama.cpp, Ollama); key in DDX_LLM_API_KEY')
    .option('--llm-model <name>', 'model or deployment name at --llm-url')
    .option('--llm-auth <header>', 'api-key (Azure) or bearer; default by host')
    .option('--llm-timeout-ms <ms>', 'per-call timeout')
    .option('--llm-token-budget <n>', 'tokens allowed per note or case');
}

const int = (s: string | undefined): number | undefined => (s === undefined ? undefined : Number(s));

/** The validated configuration, or undefined when the language model is not configured. */
export function llmConfigFromFlags(flags: LlmFlags, env: NodeJS.ProcessEnv = process.env): LlmConfig | undefined {
  const r = parseLlmConfig({
    url: flags.llmUrl, model: flags.llmModel, apiKey: env['DDX_LLM_API_KEY'], authHeader: flags.llmAuth,
    timeoutMs: int(flags.llmTimeoutMs), tokenBudget: int(flags.llmTokenBudget),
  });
  if (!r.ok) throw new InputError(r.issues);
  return r.value;
}
