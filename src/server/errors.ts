/**
 * Errors as data, and the one place that turns any thrown value into an HTTP response. Every error
 * body is `{ error: { code, message, issues: [{ code, path, message }] }, requestId }`, with a
 * stable code and the JSON path of the offending field. Nothing from the request is echoed (input
 * may carry PHI), and anything unexpected becomes a plain 500 that is logged without the body.
 */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { InputError, type Issue, type IssueCode } from '../core/issues.js';

/**
 * The API's own error codes and their HTTP status: the one table. An error that carries `Issue`s
 * takes the first issue's code instead, at 400 when the body does not match the schema and at 422
 * when well-formed input fails the domain's checks (`fromIssues`).
 */
export const API_STATUS = {
  'bad-request': 400,
  'invalid-value': 400,
  'unauthenticated': 401,
  'invalid-key': 401,
  'key-revoked': 401,
  'key-expired': 401,
  'missing-scope': 403,
  'not-model-owner': 403,
  'not-owner-org': 403,
  'other-org': 403,
  'not-found': 404,
  'unknown-key': 404,
  'unknown-model': 404,
  'unknown-session': 404,
  'unknown-study': 404,
  'unknown-case': 404,
  'builtin-model': 409,
  'conflict': 409,
  'duplicate-signoff': 409,
  'gate-not-met': 409,
  'not-validated': 409,
  'stale-step': 409,
  'wrong-status': 409,
  'already-submitted': 409,
  'already-rated': 409,
  'differential-first': 409,
  'review-incomplete': 409,
  'prefetch-missing': 412,
  'body-too-large': 413,
  'unsupported-media-type': 415,
  'rate-limited': 429,
  'internal': 500,
  'not-implemented': 501,
  'audit-unavailable': 503,
} as const satisfies Record<string, number>;

/** An error code of the API itself (see API_STATUS). */
export type ApiCode = keyof typeof API_STATUS;
/** The API codes answered with one status, e.g. `CodeFor<404>`. */
type CodeFor<S extends number> = { [K in ApiCode]: (typeof API_STATUS)[K] extends S ? K : never }[ApiCode];

export interface ApiIssue {
  readonly code: IssueCode;
  readonly path: string;
  readonly message: string;
}

/** An error the API answers with: HTTP status, stable code, message and field issues. */
export class ApiError extends Error {
  constructor(readonly status: number, readonly code: ApiCode | IssueCode, message: string, readonly issues: readonly ApiIssue[] = []) {
    super(message);
    this.name = 'ApiError';
  }
}

/** An API error with its status from API_STATUS. */
export const apiError = (code: ApiCode, message: string, issues: readonly ApiIssue[] = []) => new ApiError(API_STATUS[code], code, message, issues);
/** A 404 with one of its codes. */
export const notFound = (code: CodeFor<404>, message: string) => apiError(code, message);
/** A 403 with one of its codes. */
export const forbidden = (code: CodeFor<403>, message: string) => apiError(code, message);
/** A 409 with one of its codes, and the issues behind it. */
export const conflict = (code: CodeFor<409>, message: string, issues: readonly ApiIssue[] = []) => apiError(code, message, issues);
/** A 501 for a feature this build does not offer. */
export const notImplemented = (what: string) => apiError('not-implemented', `${what} is not available in this build yet`);

/** Issues from a layer below (core, intake) are a 422 when well-formed JSON fails domain checks. */
export function fromIssues(issues: readonly Issue[], status = 422): ApiError {
  const errors = issues.filter((i) => i.severity === 'error');
  const code = errors[0]?.code ?? 'invalid';
  return new ApiError(status, code, 'the request is not valid for this model', errors.map((i) => ({ code: i.code, path: i.path, message: i.message })));
}

interface AjvError {
  keyword: string;
  instancePath: string;
  params: Record<string, unknown>;
}

const KEYWORD_CODES: Record<string, IssueCode> = {
  type: 'type', required: 'required', enum: 'enum', const: 'enum', anyOf: 'enum', oneOf: 'enum',
  additionalProperties: 'unknown-field', minimum: 'range', maximum: 'range', exclusiveMinimum: 'range', exclusiveMaximum: 'range',
  minLength: 'length', maxLength: 'length', minItems: 'length', maxItems: 'length', pattern: 'format', format: 'format',
  uniqueItems: 'duplicate', maxProperties: 'length', minProperties: 'length',
};

const KEYWORD_MESSAGES: Record<string, string> = {
  type: 'has the wrong type', required: 'is required', enum: 'is not one of the allowed values', 'unknown-field': 'has a field that is not allowed',
  range: 'is out of range', length: 'has the wrong length or size', format: 'is not in the expected format', duplicate: 'has duplicate items',
};

/** `/findings/0/id` → `$.findings[0].id` (body), with the `required` property appended. */
function jsonPath(root: string, pointer: string, extra?: unknown): string {
  let p = root;
  const parts = pointer === '' ? [] : pointer.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  // A required property's name comes from our schema, not from the input, so it is safe to name.
  if (typeof extra === 'string') parts.push(extra);
  for (const part of parts) p += /^\d+$/.test(part) ? `[${part}]` : /^[A-Za-z_$][\w$-]*$/.test(part) ? `.${part}` : '[?]';
  return p;
}

function validationIssues(err: FastifyError): ApiIssue[] {
  const ctx = (err as { validationContext?: string }).validationContext ?? 'body';
  const root = ctx === 'body' ? '$' : `$${ctx}`;
  const list = (err.validation ?? []) as unknown as AjvError[];
  const seen = new Set<string>();
  const out: ApiIssue[] = [];
  for (const v of list) {
    const code = KEYWORD_CODES[v.keyword] ?? 'invalid';
    const path = jsonPath(root, v.instancePath, v.keyword === 'required' ? v.params['missingProperty'] : undefined);
    const key = `${code} ${path}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ code, path, message: `${path} ${KEYWORD_MESSAGES[code] ?? 'is not valid'}` });
  }
  return out.length ? out : [{ code: 'invalid', path: root, message: 'the request is not valid' }];
}

/** Map Fastify's own error codes (body parsing, limits, media type) to ours. */
function frameworkError(err: FastifyError): ApiError | undefined {
  switch (err.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new ApiError(400, 'malformed-json', 'the request body is not valid JSON', [{ code: 'malformed-json', path: '$', message: 'the request body is not valid JSON' }]);
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return apiError('body-too-large', 'the request body is larger than this server accepts');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return new ApiError(err.statusCode === 400 ? 400 : 415, 'unsupported-media-type', 'send the body as application/json');
    default:
      break;
  }
  if (err instanceof SyntaxError || (err.statusCode === 400 && err.name === 'SyntaxError')) {
    return new ApiError(400, 'malformed-json', 'the request body is not valid JSON', [{ code: 'malformed-json', path: '$', message: 'the request body is not valid JSON' }]);
  }
  const s = err.statusCode;
  // Fastify's other client errors keep their status under one code.
  if (typeof s === 'number' && s >= 400 && s < 500) return new ApiError(s, 'bad-request', 'the request could not be processed');
  return undefined;
}

/** A PostgreSQL data exception (SQLSTATE class 22, e.g. a NUL character in text) comes from a value in the request. */
function isDataException(err: unknown): boolean {
  for (let e: unknown = err, i = 0; e && typeof e === 'object' && i < 5; e = (e as { cause?: unknown }).cause, i++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^22[0-9A-Z]{3}$/.test(code)) return true;
  }
  return false;
}

/** Any thrown value as an ApiError when it is one we know (ours, bad stored values, input issues, schema validation); undefined for the rest (a 500). */
export function toApiError(err: unknown): ApiError | undefined {
  if (err instanceof ApiError) return err;
  if (isDataException(err)) return apiError('invalid-value', 'a value in the request cannot be stored (for example a NUL character)');
  if (err instanceof InputError) return fromIssues(err.issues);
  if (err && typeof err === 'object' && 'validation' in err && (err as FastifyError).validation) {
    const issues = validationIssues(err as FastifyError);
    return new ApiError(400, issues[0]!.code, 'the request does not match the API schema', issues);
  }
  if (err && typeof err === 'object' && 'code' in err) return frameworkError(err as FastifyError);
  return undefined;
}

/** The JSON body of an error response: code, message, issues and the request id (never input text). */
export function errorBody(e: ApiError, requestId: string): { error: { code: ApiCode | IssueCode; message: string; issues: readonly ApiIssue[] }; requestId: string } {
  return { error: { code: e.code, message: e.message, issues: e.issues }, requestId };
}

/** The one error handler: known errors become their 4xx (or 501), everything else a bare 500. */
export function errorHandler(err: unknown, req: FastifyRequest, reply: FastifyReply): void {
  const api = toApiError(err);
  if (api) {
    if (api.status === 429) void reply.header('retry-after', '1');
    void reply.code(api.status).send(errorBody(api, req.id));
    return;
  }
  // Log the error's kind and stack only: a message may quote the input.
  const e = err instanceof Error ? err : undefined;
  req.log.error({ errName: e?.name ?? typeof err, errCode: (err as { code?: unknown } | null)?.code, stack: e?.stack?.split('\n').slice(1, 8).join('\n') }, 'unhandled error');
  void reply.code(500).send(errorBody(apiError('internal', 'internal error'), req.id));
}
