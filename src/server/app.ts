/**
 * `buildApp(deps)`: the ddx HTTP service as a Fastify instance, not yet listening. Everything it
 * needs is passed in (store, registry, config, optional intake modules); nothing is global, so
 * tests build as many as they like and call `inject()`.
 */
import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import swagger from '@fastify/swagger';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Logger } from 'pino';
import { CODE_VERSION } from '../core/version.js';
import type { Scope } from './api-keys.js';
import { AuditLog, auditOutcome } from './audit.js';
import { Authenticator, RateLimiter } from './auth.js';
import type { ServerConfig } from './config.js';
import { ApiError, errorHandler } from './errors.js';
import { createMetrics } from './metrics.js';
import type { IntakeModules } from './intake.js';
import type { ModelRegistry } from './registry.js';
import type { DbStore } from './store/store.js';
import { registerAdminRoutes } from './routes/admin.js';
import { registerCdsRoutes } from './routes/cds-hooks.js';
import { registerDiagnoseRoutes } from './routes/diagnose.js';
import { registerFhirRoutes } from './routes/fhir.js';
import { registerIntakeRoutes } from './routes/intake.js';
import { registerOpsRoutes } from './routes/ops.js';
import { registerPrivacyRoutes } from './routes/privacy.js';
import { registerSessionRoutes } from './routes/sessions.js';
import { registerStudyRoutes } from './routes/studies.js';
import { registerWorkbenchRoutes } from './routes/workbench.js';
import { registerWebAssets } from './web-assets.js';

export interface AppDeps {
  readonly store: DbStore;
  readonly registry: ModelRegistry;
  readonly config: ServerConfig;
  readonly intake?: IntakeModules;
  /** A pino logger; tests leave it out (silent). */
  readonly logger?: Logger;
  /** The built workbench (default `dist/web`); served at `/`. */
  readonly webDir?: string;
}

export interface RouteAudit {
  readonly action: 'operation' | 'create' | 'read' | 'update';
  readonly operation: string;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    audit?: RouteAudit;
  }
}

export type App = FastifyInstance & { ddx: AppContext };

export interface AppContext extends AppDeps {
  readonly auth: Authenticator;
  readonly audit: AuditLog;
  /** Resolves with the caller; throws 401/403/429 as an ApiError. */
  authorize(req: FastifyRequest, scope: Scope | readonly Scope[]): Promise<NonNullable<FastifyRequest['caller']>>;
  /** False once shutdown has begun: /readyz answers 503 so load balancers stop sending. */
  ready: boolean;
}

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
  const ctx: AppContext = { ...deps, auth, audit, authorize: (req, scope) => auth.authenticate(req, scope), ready: true };

  // Backpressure: a request that would be audited waits while the audit queue is full, and is
  // refused if the store cannot take the backlog in time — never served without its audit event.
  app.addHook('onRequest', async (req) => {
    if (!audit.full || !req.routeOptions.config.audit) return;
    if (!(await audit.waitForRoom(5_000))) throw new ApiError(503, 'audit-unavailable', 'the audit log cannot be written right now; retry shortly');
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

  registerOpsRoutes(app, ctx, metrics);
  registerDiagnoseRoutes(app, ctx);
  registerSessionRoutes(app, ctx);
  registerIntakeRoutes(app, ctx);
  registerAdminRoutes(app, ctx);
  registerPrivacyRoutes(app, ctx);
  registerFhirRoutes(app, ctx);
  registerCdsRoutes(app, ctx);
  registerWorkbenchRoutes(app, ctx);
  registerStudyRoutes(app, ctx);
  registerWebAssets(app, deps.webDir);

  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  Object.assign(app, { ddx: ctx });
  return app as typeof app & { ddx: AppContext };
}

export type DdxApp = Awaited<ReturnType<typeof buildApp>>;
