/**
 * A small typed client for the ddx API. Types come from `ddx-api.d.ts`, generated from the
 * server's OpenAPI document (`node --import tsx src/testkit/openapi-export.ts`). Errors come back as
 * `DdxApiError` with the server's stable code and field paths.
 */
import type { paths } from './ddx-api.js';

type Body<P extends keyof paths, M extends keyof paths[P]> = paths[P][M] extends { requestBody: { content: { 'application/json': infer B } } } ? B : never;
type Ok<P extends keyof paths, M extends keyof paths[P], S extends number> = paths[P][M] extends { responses: { [K in S]: { content: { 'application/json': infer R } } } } ? R : never;

export type DiagnoseRequest = Body<'/v1/diagnose', 'post'>;
export type DiagnoseResponse = Ok<'/v1/diagnose', 'post', 200>;
export type SessionResponse = Ok<'/v1/sessions/{id}', 'get', 200>;
export type EvidenceRequest = Body<'/v1/sessions/{id}/evidence', 'post'>;
export type ModelList = Ok<'/v1/models', 'get', 200>;

export interface ApiIssue { code: string; path: string; message: string }

export class DdxApiError extends Error {
  constructor(readonly status: number, readonly code: string, message: string, readonly issues: readonly ApiIssue[], readonly requestId: string) {
    super(message);
    this.name = 'DdxApiError';
  }
}

export class DdxClient {
  constructor(private readonly baseUrl: string, private readonly apiKey: string, private readonly fetchImpl: typeof fetch = fetch) {}

  private async call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const res = await this.fetchImpl(`${this.baseUrl.replace(/\/$/, '')}${path}`, {
      method,
      headers: { authorization: `Bearer ${this.apiKey}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const json = (await res.json()) as unknown;
    if (!res.ok) {
      const e = (json as { error?: { code?: string; message?: string; issues?: ApiIssue[] }; requestId?: string }) ?? {};
      throw new DdxApiError(res.status, e.error?.code ?? 'http', e.error?.message ?? `HTTP ${res.status}`, e.error?.issues ?? [], e.requestId ?? '');
    }
    return json as T;
  }

  diagnose(req: DiagnoseRequest): Promise<DiagnoseResponse> {
    return this.call('POST', '/v1/diagnose', req);
  }
  createSession(req: Body<'/v1/sessions', 'post'>): Promise<Ok<'/v1/sessions', 'post', 201>> {
    return this.call('POST', '/v1/sessions', req);
  }
  addEvidence(id: string, req: EvidenceRequest): Promise<Ok<'/v1/sessions/{id}/evidence', 'post', 200>> {
    return this.call('POST', `/v1/sessions/${encodeURIComponent(id)}/evidence`, req);
  }
  getSession(id: string): Promise<SessionResponse> {
    return this.call('GET', `/v1/sessions/${encodeURIComponent(id)}`);
  }
  models(): Promise<ModelList> {
    return this.call('GET', '/v1/models');
  }
}
