/**
 * Prometheus metrics for one app instance: its own registry (no global), request counts and latency
 * by route, the event loop's delay (5 ms resolution) and the audit writer's queue and write times.
 */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

export interface Metrics {
  readonly registry: Registry;
  observe(method: string, route: string, status: number, seconds: number): void;
  auditWrite(rows: number, seconds: number): void;
  /** Reports the audit queue's length when /metrics is scraped. */
  auditDepth(read: () => number): void;
  /** One language-model call: role, outcome, tokens and latency (never content). */
  llmCall(role: string, outcome: string, inputTokens: number, outputTokens: number, seconds: number): void;
}

/** A fresh Prometheus registry for one app: default process metrics, requests and latency by route, audit queue and writes. */
export function createMetrics(): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, eventLoopMonitoringPrecision: 5 });
  const requests = new Counter({ name: 'ddx_http_requests_total', help: 'HTTP requests by route and status', labelNames: ['method', 'route', 'status'], registers: [registry] });
  const latency = new Histogram({
    name: 'ddx_http_request_duration_seconds', help: 'HTTP request latency by route', labelNames: ['method', 'route'], registers: [registry],
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
  });
  const auditWrites = new Histogram({
    name: 'ddx_audit_write_seconds', help: 'Time to write one chunk of audit events', registers: [registry],
    buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25],
  });
  const auditRows = new Counter({ name: 'ddx_audit_events_written_total', help: 'Audit events written to the store', registers: [registry] });
  const llmCalls = new Counter({ name: 'ddx_llm_calls_total', help: 'Language-model calls by role and outcome', labelNames: ['role', 'outcome'], registers: [registry] });
  const llmTokens = new Counter({ name: 'ddx_llm_tokens_total', help: 'Language-model tokens by direction', labelNames: ['direction'], registers: [registry] });
  const llmLatency = new Histogram({ name: 'ddx_llm_call_duration_seconds', help: 'Language-model call latency by role', labelNames: ['role'], registers: [registry], buckets: [0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60] });
  let depth: () => number = () => 0;
  new Gauge({ name: 'ddx_audit_queue_depth', help: 'Audit events accepted but not yet written', registers: [registry], collect() { this.set(depth()); } });
  return {
    registry,
    observe(method, route, status, seconds) {
      requests.inc({ method, route, status: String(status) });
      latency.observe({ method, route }, seconds);
    },
    auditWrite(rows, seconds) {
      auditRows.inc(rows);
      auditWrites.observe(seconds);
    },
    llmCall(role, outcome, inputTokens, outputTokens, seconds) {
      llmCalls.inc({ role, outcome });
      llmTokens.inc({ direction: 'input' }, inputTokens);
      llmTokens.inc({ direction: 'output' }, outputTokens);
      llmLatency.observe({ role }, seconds);
    },
    auditDepth(read) {
      depth = read;
    },
  };
}
