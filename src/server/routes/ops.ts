/** Operations: liveness, readiness (store reachable, models loaded, not shutting down) and Prometheus metrics. */
import { Type } from 'typebox';
import type { AppContext } from './types.js';
import type { Metrics } from '../metrics.js';
import type { Server } from './types.js';

export function registerOpsRoutes(app: Server, ctx: AppContext, metrics: Metrics): void {
  const Status = Type.Object({ status: Type.String() });
  app.get('/healthz', { schema: { tags: ['ops'], security: [], response: { 200: Status } } }, async () => ({ status: 'ok' }));
  app.get('/readyz', { schema: { tags: ['ops'], security: [], response: { 200: Status, 503: Status } } }, async (_req, reply) => {
    if (!ctx.ready) return reply.code(503).send({ status: 'shutting-down' });
    try {
      await ctx.store.ping();
    } catch {
      return reply.code(503).send({ status: 'store-unavailable' });
    }
    if ((await ctx.registry.catalog()).length === 0) return reply.code(503).send({ status: 'no-models' });
    return { status: 'ready' };
  });
  app.get('/metrics', { schema: { tags: ['ops'], security: [], hide: true } }, async (_req, reply) => {
    const text = await metrics.registry.metrics();
    return reply.type(metrics.registry.contentType).send(text);
  });
}
