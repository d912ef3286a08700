/** Operations: liveness, readiness (store reachable, models loaded, not shutting down) and Prometheus metrics. */
import { Type } from 'typebox';
import type { AppContext } from './types.js';
import type { Metrics } from '../metrics.js';
import type { Server } from './types.js';

/** Registers GET /healthz, GET /readyz, GET /metrics. */
export function registerOpsRoutes(app: Server, ctx: AppContext, metrics: Metrics): void {
  const Status = Type.Object({ status: Type.String() });
  app.get('/healthz', { config: { auth: 'public' }, schema: { tags: ['ops'], security: [], response: { 200: Status } } }, async () => ({ status: 'ok' }));
  app.get('/readyz', { config: { auth: 'public' }, schema: { tags: ['ops'], security: [], response: { 200: Status, 503: Status } } }, async (_req, reply) => {
    if (!ctx.ready) return reply.code(503).send({ status: 'shutting-down' });
    try {
      await ctx.store.ping();
    } catch {
      return reply.code(503).send({ status: 'store-unavailable' });
    }
    // Not ready until a released model can answer: internal or validated ones are not for clinical use.
    if (!(await ctx.registry.catalog()).some((e) => e.status === 'released')) return reply.code(503).send({ status: 'no-released-model' });
    return { status: 'ready' };
  });
  app.get('/metrics', { config: { auth: 'public' }, schema: { tags: ['ops'], security: [], hide: true } }, async (_req, reply) => {
    const text = await metrics.registry.metrics();
    return reply.type(metrics.registry.contentType).send(text);
  });
}
