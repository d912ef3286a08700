/**
 * A local OpenAI-compatible endpoint for tests. No real language model can run here, so this server
 * replays RECORDED FIXTURE SHAPES of the documented chat-completions API: a `chat.completion` object
 * with `choices[0].message.content` (structured output as a JSON string) and `usage`; error bodies
 * `{ error: { message, type, param, code } }` with their status (429 with `retry-after-ms`, 500);
 * and a hang for timeouts. It records every request (headers and raw body) so tests can prove what
 * was sent. Test-only: never shipped.
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
  /** `response_format.json_schema.name` of the request, e.g. `ddx_reader`. */
  readonly schemaName: string | undefined;
}

export type StubReply =
  | { readonly kind: 'content'; readonly content: string; readonly promptTokens?: number; readonly completionTokens?: number }
  | { readonly kind: 'error'; readonly status: number; readonly message: string; readonly retryAfterMs?: number }
  | { readonly kind: 'hang'; readonly ms: number };

export type StubScript = (request: RecordedRequest, index: number) => StubReply;

export interface LlmStub {
  readonly url: string;
  readonly requests: RecordedRequest[];
  close(): Promise<void>;
}

/** A structured-output reply carrying `value` as its JSON content. */
export function jsonReply(value: unknown): StubReply {
  return { kind: 'content', content: JSON.stringify(value), promptTokens: 1200, completionTokens: 80 };
}

function completion(content: string, promptTokens: number, completionTokens: number): string {
  return JSON.stringify({
    id: 'chatcmpl-fixture', object: 'chat.completion', created: 1_700_000_000, model: 'fixture-model',
    choices: [{ index: 0, message: { role: 'assistant', content, refusal: null }, logprobs: null, finish_reason: 'stop' }],
    usage: { prompt_tokens: promptTokens, completion_tokens: completionTokens, total_tokens: promptTokens + completionTokens },
    system_fingerprint: null,
  });
}

function errorBody(status: number, message: string): string {
  const type = status === 429 ? 'rate_limit_exceeded' : status >= 500 ? 'server_error' : 'invalid_request_error';
  return JSON.stringify({ error: { message, type, param: null, code: type } });
}

function schemaNameOf(body: string): string | undefined {
  try {
    const parsed = JSON.parse(body) as { response_format?: { json_schema?: { name?: string } } };
    return parsed.response_format?.json_schema?.name;
  } catch {
    return undefined;
  }
}

/** Start the stub on a free loopback port; `url` ends in `/v1/` like a real base URL. */
export async function startLlmStub(script: StubScript): Promise<LlmStub> {
  const requests: RecordedRequest[] = [];
  const timers = new Set<NodeJS.Timeout>();
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const recorded: RecordedRequest = { path: req.url ?? '', headers: req.headers, body, schemaName: schemaNameOf(body) };
      requests.push(recorded);
      const reply = script(recorded, requests.length - 1);
      if (reply.kind === 'hang') {
        const t = setTimeout(() => { timers.delete(t); res.destroy(); }, reply.ms);
        timers.add(t);
        return;
      }
      if (reply.kind === 'error') {
        res.writeHead(reply.status, { 'content-type': 'application/json', ...(reply.retryAfterMs !== undefined ? { 'retry-after-ms': String(reply.retryAfterMs) } : {}) });
        res.end(errorBody(reply.status, reply.message));
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(completion(reply.content, reply.promptTokens ?? 100, reply.completionTokens ?? 20));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1/`,
    requests,
    close: () => new Promise<void>((resolve) => {
      for (const t of timers) clearTimeout(t);
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
