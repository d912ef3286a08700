/** The Fastify instance type routes are registered on (TypeBox type provider), and the app context they receive. */
import type { FastifyBaseLogger, FastifyInstance, FastifyRequest, RawReplyDefaultExpression, RawRequestDefaultExpression, RawServerDefault } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Logger } from 'pino';
import type { Scope } from '../api-keys.js';
import type { AuditLog } from '../audit.js';
import type { Authenticator } from '../auth.js';
import type { ServerConfig } from '../config.js';
import type { IntakeModules } from '../intake.js';
import type { Metrics } from '../metrics.js';
import type { ModelRegistry } from '../registry.js';
import type { DbStore } from '../store/store.js';

export type Server = FastifyInstance<RawServerDefault, RawRequestDefaultExpression, RawReplyDefaultExpression, FastifyBaseLogger, TypeBoxTypeProvider>;

/** Who may call a route: `public`, or the scope(s) an API key needs. */
export type RouteAuth = 'public' | Scope | readonly Scope[];

/** What `buildApp` is given. */
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

/** What every route receives: the deps plus authentication, audit and readiness. */
export interface AppContext extends AppDeps {
  readonly auth: Authenticator;
  readonly audit: AuditLog;
  /** Resolves with the caller; throws 401/403/429 as an ApiError. */
  authorize(req: FastifyRequest, scope: Scope | readonly Scope[]): Promise<NonNullable<FastifyRequest['caller']>>;
  /** False once shutdown has begun: /readyz answers 503 so load balancers stop sending. */
  ready: boolean;
  /** Every route with who may call it (filled as routes register; tests walk it). */
  readonly routes: { readonly method: string; readonly url: string; readonly auth: RouteAuth | undefined }[];
  readonly metrics: Metrics;
}
