/**
 * The one interface every language-model backend implements, and the types that keep patient text
 * out of it: a request's text is either de-identified note text (`DeidentifiedText`, which only the
 * privacy layer constructs) or text built here from the knowledge model and the engine's own output
 * (`EngineText`). A raw note string does not type-check as either.
 */
import type { DeidentifiedText } from '../privacy/deid/types.js';

declare const engineTextBrand: unique symbol;
/** Text made only from the model's vocabulary and the engine's results (no patient text). */
export type EngineText = string & { readonly [engineTextBrand]: true };

/** @internal Only the prompt builders in this folder construct engine text. */
export function engineText(text: string): EngineText {
  return text as EngineText;
}

/** What may be sent: instructions and vocabulary (engine text) and the de-identified note. */
export type OutboundText = DeidentifiedText | EngineText;

export type LlmRole = 'reader' | 'proposer' | 'explainer';

/** A JSON Schema for `response_format: json_schema` (strict). */
export interface OutputSchema {
  readonly name: string;
  readonly schema: Readonly<Record<string, unknown>>;
}

export interface LlmRequest {
  readonly role: LlmRole;
  readonly system: EngineText;
  readonly user: readonly OutboundText[];
  readonly output: OutputSchema;
  readonly maxOutputTokens: number;
}

export interface TokenUsage {
  readonly input: number;
  readonly output: number;
}

/** Why a call gave nothing usable. Never carries response or request content. */
export type LlmFailure = 'timeout' | 'rate-limited' | 'http-error' | 'connection' | 'not-json' | 'schema' | 'refused' | 'budget' | 'invented-evidence' | 'unsupported-claim';

export type LlmReply =
  | { readonly ok: true; readonly json: unknown; readonly usage: TokenUsage; readonly latencyMs: number; readonly model: string }
  | { readonly ok: false; readonly failure: LlmFailure; readonly status?: number; readonly usage: TokenUsage; readonly latencyMs: number };

/** One call as audited: model, tokens, latency, cost, outcome. Never content. */
export interface LlmCallRecord {
  readonly role: LlmRole;
  readonly model: string;
  readonly inputTokens: number;
  readonly outputTokens: number;
  readonly latencyMs: number;
  readonly costUsd?: number;
  readonly outcome: 'ok' | LlmFailure;
}

export interface LlmProvider {
  /** The configured model name (for audit records). */
  readonly model: string;
  /** One structured-output completion. Resolves to a failure instead of throwing. */
  complete(request: LlmRequest): Promise<LlmReply>;
}
