/**
 * `buildApp(deps)`: the ddx HTTP service as a Fastify instance, not yet listening. Everything it
 * needs is passed in (store, registry, config, optional intake modules); nothing is global, so
 * tests build as many as they like and call `inject()`.
 */
import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyInstance } from 'fastify';
import swagger from '@fastify/swagger';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { CODE_VERSION } from '../core/version.js';
import { AuditLog, auditOutcome } from './audit.js';
import { Authenticator, RateLimiter } from './auth.js';
import { apiError, errorHandler } from './errors.js';
import { createMetrics, type Metrics } from './metrics.js';
import { registerAdminRoutes } from './routes/admin.js';
import { registerCdsRoutes } from './routes/cds-hooks.js';
import { registerDiagnoseRoutes } from './routes/diagnose.js';
import { registerFhirRoutes } from './routes/fhir.js';
import { registerIntakeRoutes } from './routes/intake.js';
import { registerNoteRoutes } from './routes/notes.js';
import { registerOpsRoutes } from './routes/ops.js';
import { registerPrivacyRoutes } from './routes/privacy.js';
import { registerSessionRoutes } from './routes/sessions.js';
import { registerStudyRoutes } from './routes/studies.js';
import { registerWorkbenchRoutes } from './routes/workbench.js';
import { registerWebAssets } from './web-assets.js';
import type { AppContext, AppDeps, RouteAuth, Server } from './routes/types.js';
import type { Scope } from './api-keys.js';

// Defined beside the routes (they take the context) so routes never import this module back.
export type { AppContext, AppDeps } from './routes/types.js';

export interface RouteAudit {
  readonly action: 'operation' | 'create' | 'read' | 'update';
  readonly operation: string;
}

/**
 * Who may call a route: 'public', or the scope(s) a key needs. Checked in `onRequest`, before the
 * body is read or validated, so an unauthenticated caller learns nothing about the schema (401), a
 * key without the scope gets 403, and only then does validation answer 400. A route that declares
 * nothing needs a valid key of any scope (closed by default).
 */
export type { RouteAuth } from './routes/types.js';
const ANY_SCOPE: readonly Scope[] = ['diagnose', 'admin', 'review'];

declare module 'fastify' {
  interface FastifyContextConfig {
    audit?: RouteAudit;
    auth?: RouteAuth;
  }
}

export type App = FastifyInstance & { ddx: AppContext };

/**
 * The per-request hooks, in order: authentication and authorization before the body is read, audit
 * backpressure, then metrics and the audit record after the response.
 */
function addRequestHooks(app: Server, auth: Authenticator, audit: AuditLog, metrics: Metrics): void {
  // Authentication, then authorization, before anything reads the body (see RouteAuth).
  app.addHook('onRequest', async (req) => {
    if (req.routeOptions.url === undefined) return; // no such route: the 404 handler answers
    const rule = req.routeOptions.config.auth;
    if (rule === 'public') return;
    await auth.authenticate(req, rule ?? ANY_SCOPE);
  });

  // Backpressure: a request that would be audited waits while the audit queue is full, and is
  // refused if the store cannot take the backlog in time — never served without its audit event.
  app.addHook('onRequest', async (req) => {
    if (!audit.full || !req.routeOptions.config.audit) return;
    if (!(await audit.waitForRoom(5_000))) throw apiError('audit-unavailable', 'the audit log cannot be written right now; retry shortly');
  });

  app.addHook('onResponse', async (req, reply) => {
    const route = req.routeOptions.url ?? 'unmatched';
    metrics.observe(req.method, route, reply.statusCode, reply.elapsedTime / 1000);
    const a = req.routeOptions.config.audit;
    if (!a) return;
    const info = req.auditInfo;
    await audit.record({
      recorded: new Date(),
      orgId: req.caller?.orgId ?? null,
      keyId: req.caller?.keyId ?? null,
      action: a.action,
      operation: a.operation,
      modelHash: info?.modelHash ?? null,
      modelVersion: info?.modelVersion ?? null,
      outcome: auditOutcome(reply.statusCode),
      status: reply.statusCode,
      requestId: req.id,
      entity: info?.entity ?? null,
    });
  });
}

/** Hourly pruning of audit events past the retention period (also once when ready), and the audit flush on close. */
function scheduleAuditRetention(app: Server, deps: AppDeps, audit: AuditLog): void {
  const pruneAudit = async () => {
    try {
      await deps.store.pruneAudit(new Date(Date.now() - deps.config.auditRetentionDays * 86_400_000));
    } catch {
      app.log.warn('audit retention pruning failed');
    }
  };
  const pruneTimer = setInterval(() => void pruneAudit(), 3_600_000);
  pruneTimer.unref();
  app.addHook('onReady', pruneAudit);
  app.addHook('onClose', async () => {
    clearInterval(pruneTimer);
    await audit.close();
  });
}

/** The ddx service from its dependencies, routes registered, not listening; `app.ddx` is the context the routes share. */
export async function buildApp(deps: AppDeps) {
  const app = (Fastify({
    ...(deps.logger ? { loggerInstance: deps.logger } : { logger: false }),
    bodyLimit: deps.config.bodyLimit,
    // Request ids are ours, never taken from a header (a header could carry anything).
    genReqId: () => randomUUID(),
    return503OnClosing: true,
    ajv: { customOptions: { coerceTypes: false, removeAdditional: false, allErrors: true, useDefaults: false } },
  }) as unknown as FastifyInstance).withTypeProvider<TypeBoxTypeProvider>();

  app.setErrorHandler(errorHandler);
  app.setNotFoundHandler((req, reply) => {
    void reply.code(404).send({ error: { code: 'not-found', message: 'no such route', issues: [] }, requestId: req.id });
  });
  // JSON only: a text/plain body would otherwise reach validation as a string.
  app.removeContentTypeParser('text/plain');
  // FHIR clients send application/fhir+json; parse it like JSON, with the same limits.
  app.addContentTypeParser(['application/fhir+json', 'application/json+fhir'], { parseAs: 'string' }, app.getDefaultJsonParser('error', 'error'));

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'ddx API', version: CODE_VERSION, description: 'Decision support for clinicians: differential diagnosis with probabilities, reasons for and against, and the next best test.' },
      components: { securitySchemes: { apiKey: { type: 'http', scheme: 'bearer', description: 'ddx_<id>_<secret>' } } },
      security: [{ apiKey: [] }],
    },
  });

  const limiter = new RateLimiter(deps.config.rateLimit.perSecond, deps.config.rateLimit.burst);
  const auth = new Authenticator(deps.store, deps.config.keyCacheMs, limiter);
  const metrics = createMetrics();
  const audit = new AuditLog(deps.store, deps.config.auditFlushMs, (err) => app.log.error({ errName: err instanceof Error ? err.name : 'Error' }, 'audit write failed'), {
    onWrite: (rows, ms) => metrics.auditWrite(rows, ms / 1000),
  });
  metrics.auditDepth(() => audit.depth);
  const ctx: AppContext = { ...deps, auth, audit, authorize: (req, scope) => auth.authenticate(req, scope), ready: true, routes: [], metrics };
  app.addHook('onRoute', (r) => {
    for (const method of [r.method].flat()) if (method !== 'HEAD') ctx.routes.push({ method, url: r.url, auth: r.config?.auth });
  });

  addRequestHooks(app, auth, audit, metrics);
  scheduleAuditRetention(app, deps, audit);

  registerOpsRoutes(app, ctx, metrics);
  registerDiagnoseRoutes(app, ctx);
  registerSessionRoutes(app, ctx);
  registerIntakeRoutes(app, ctx);
  registerNoteRoutes(app, ctx);
  registerAdminRoutes(app, ctx);
  registerPrivacyRoutes(app, ctx);
  registerFhirRoutes(app, ctx);
  registerCdsRoutes(app, ctx);
  registerWorkbenchRoutes(app, ctx);
  registerStudyRoutes(app, ctx);
  registerWebAssets(app, deps.webDir);

  app.get('/openapi.json', { config: { auth: 'public' }, schema: { hide: true } }, async () => app.swagger());
  Object.assign(app, { ddx: ctx });
  return app as typeof app & { ddx: AppContext };
}

export type DdxApp = Awaited<ReturnType<typeof buildApp>>;
