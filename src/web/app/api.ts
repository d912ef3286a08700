/**
 * The workbench's only way to the server: openapi-fetch over the types generated from the API's
 * OpenAPI document (clients/ddx-api.d.ts), on the same origin, with the signed-in key as bearer.
 */
import createClient from 'openapi-fetch';
import type { paths } from '../../../clients/ddx-api.js';

export type Api = ReturnType<typeof createClient<paths>>;

type Json<T> = T extends { content: { 'application/json': infer B } } ? B : never;
export type DiagnoseBody = Json<paths['/v1/diagnose']['post']['requestBody']>;
export type Diagnosis = Json<paths['/v1/diagnose']['post']['responses'][200]>;
export type Entry = Diagnosis['differential'][number];
export type NextAction = Diagnosis['next_actions'][number];
export type Observation = NonNullable<DiagnoseBody['findings']>[number];
export type Extraction = Json<paths['/v1/extract']['post']['responses'][200]>;
export type Mention = Extraction['mentions'][number];
export type Vocabulary = Json<paths['/v1/vocabulary']['get']['responses'][200]>;
export type Me = Json<paths['/v1/me']['get']['responses'][200]>;
export type ModelSummary = Json<paths['/v1/models']['get']['responses'][200]>['models'][number];

/** An API error as the server sent it: a stable code, a message and field paths. */
export class ApiFailure extends Error {
  constructor(readonly status: number, readonly code: string, message: string, readonly issues: readonly { path: string; message: string }[] = []) {
    super(message);
  }
}

/** The typed API client for this origin, authenticated with `key`. */
export function makeApi(key: string): Api {
  return createClient<paths>({ baseUrl: location.origin, headers: { authorization: `Bearer ${key}` } });
}

/** Unwrap an openapi-fetch result: the data, or an ApiFailure carrying the server's error body. */
export function must<T>(r: { data?: T; error?: unknown; response: Response }): T {
  if (r.data !== undefined && r.response.ok) return r.data;
  const e = (r.error ?? {}) as { error?: { code?: string; message?: string; issues?: { path: string; message: string }[] } };
  throw new ApiFailure(r.response.status, e.error?.code ?? 'http', e.error?.message ?? `the server answered ${r.response.status}`, e.error?.issues ?? []);
}

/** An error as one line for the screen: the server's message and its first issues. */
export function describeError(err: unknown): string {
  if (err instanceof ApiFailure) {
    const detail = err.issues.slice(0, 3).map((i) => `${i.path}: ${i.message}`).join('; ');
    return detail ? `${err.message} (${detail})` : err.message;
  }
  return err instanceof Error ? err.message : 'something went wrong';
}
