/**
 * Audit: one AuditEvent-shaped record per request that touches patient data — who (key and org),
 * what (operation, model version), when, outcome — and never any patient data.
 *
 * Records are queued and written off the request path, at least every config.auditFlushMs, by one
 * flusher that writes small multi-row chunks and yields to the event loop between them: the
 * embedded store (PGlite) runs in this thread, so one large insert would stall every request in
 * flight. Nothing is dropped: a failed chunk stays at the head of the queue and is retried with
 * backoff; when the queue reaches `maxQueue` the audited routes wait for room (and answer 503
 * `audit-unavailable` after `roomWaitMs`) rather than serve requests that cannot be audited.
 * `close()` flushes what is pending, so a graceful shutdown loses none.
 */
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import type { AuditRecord, DbStore } from './store/store.js';

/**
 * How an audit record names the model version a request used or changed: its content hash and its
 * `id@version` (one naming for every audited route).
 */
export function modelAuditFields(model: { readonly contentHash: string; readonly modelId: string; readonly version: string }): { modelHash: string; modelVersion: string } {
  return { modelHash: model.contentHash, modelVersion: `${model.modelId}@${model.version}` };
}

export interface AuditLogOptions {
  /** Rows per INSERT statement. */
  readonly chunkRows?: number;
  /** Queue length at which audited requests wait for the flusher. */
  readonly maxQueue?: number;
  /** Called after each chunk is written, with its size and how long the write took (ms). */
  readonly onWrite?: (rows: number, ms: number) => void;
}

/** The audit queue and its single flusher (see the module comment). */
export class AuditLog {
  private queue: AuditRecord[] = [];
  private timer: NodeJS.Timeout | undefined;
  private flushing: Promise<void> | undefined;
  private closed = false;
  private retryDelayMs = 0;
  private readonly waiters: (() => void)[] = [];
  private readonly chunkRows: number;
  readonly maxQueue: number;
  /** Chunk writes that failed (and were retried). */
  failures = 0;

  constructor(private readonly store: DbStore, private readonly flushMs: number, private readonly onError: (err: unknown) => void, private readonly opts: AuditLogOptions = {}) {
    this.chunkRows = Math.max(1, opts.chunkRows ?? (store.kind === 'pglite' ? 64 : 500));
    this.maxQueue = Math.max(this.chunkRows, opts.maxQueue ?? 50_000);
  }

  /** Records queued and not yet written. */
  get depth(): number {
    return this.queue.length;
  }

  /** True when the queue is full: audited requests should `waitForRoom()` first. */
  get full(): boolean {
    return this.queue.length >= this.maxQueue;
  }

  /** Resolves true once the queue has room, false after `timeoutMs`. */
  waitForRoom(timeoutMs: number): Promise<boolean> {
    if (!this.full) return Promise.resolve(true);
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(t);
        resolve(true);
      };
      const t = setTimeout(() => {
        const i = this.waiters.indexOf(done);
        if (i >= 0) this.waiters.splice(i, 1);
        resolve(false);
      }, timeoutMs);
      this.waiters.push(done);
    });
  }

  /** Queue a record; written at once when flushing is immediate (flushMs <= 0) or the log is closing. */
  async record(r: AuditRecord): Promise<void> {
    this.queue.push(r);
    if (this.flushMs <= 0 || this.closed) {
      await this.flush();
      return;
    }
    if (!this.timer && !this.flushing) this.timer = setTimeout(() => void this.flush(), this.flushMs + this.retryDelayMs);
  }

  /** Write everything queued so far (and anything queued meanwhile); resolves when the queue is empty or a write failed. */
  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.flushing ??= this.drain().finally(() => {
      this.flushing = undefined;
      if (this.queue.length > 0 && !this.timer && !this.closed) this.timer = setTimeout(() => void this.flush(), this.flushMs + this.retryDelayMs);
    });
    return this.flushing;
  }

  private async drain(): Promise<void> {
    while (this.queue.length > 0) {
      const rows = this.queue.slice(0, this.chunkRows);
      const t = performance.now();
      try {
        await this.store.insertAudit(rows);
      } catch (err) {
        // Keep the rows at the head of the queue; the next flush retries them, later each time.
        this.failures += 1;
        this.retryDelayMs = Math.min(5_000, Math.max(100, this.retryDelayMs * 2));
        this.onError(err);
        return;
      }
      this.retryDelayMs = 0;
      this.opts.onWrite?.(rows.length, performance.now() - t);
      this.queue.splice(0, rows.length);
      if (!this.full) for (const w of this.waiters.splice(0)) w();
      // Let requests in flight run between chunks (PGlite executes synchronously in this thread).
      if (this.queue.length > 0) await yieldToLoop();
    }
  }

  /** Flush everything; retries failed writes a few times, then reports how many events could not be written. */
  async close(): Promise<number> {
    this.closed = true;
    for (let attempt = 0; attempt < 5 && this.queue.length > 0; attempt++) {
      await this.flush();
      if (this.queue.length > 0) await new Promise((r) => setTimeout(r, 100 * 2 ** attempt));
    }
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    const lost = this.queue.length;
    if (lost > 0) this.onError(new Error(`${lost} audit events could not be written before shutdown`));
    for (const w of this.waiters.splice(0)) w();
    return lost;
  }
}

const OUTCOME = (status: number) => (status < 400 ? '0' : status < 500 ? '4' : '8');
export const auditOutcome = OUTCOME;
/** Render a stored record as a FHIR R4 AuditEvent. */
export function toFhirAuditEvent(r: AuditRecord & { id: number }): Record<string, unknown> {
  const agent: Record<string, unknown>[] = [];
  if (r.keyId) agent.push({ type: { text: 'api-key' }, who: { identifier: { system: 'urn:ddx:api-key', value: r.keyId } }, requestor: true });
  if (r.orgId) agent.push({ type: { text: 'organization' }, who: { identifier: { system: 'urn:ddx:org', value: r.orgId } }, requestor: false });
  if (agent.length === 0) agent.push({ type: { text: 'anonymous' }, requestor: true });
  const entity: Record<string, unknown>[] = [];
  if (r.modelHash) entity.push({ what: { identifier: { system: 'urn:ddx:model-sha256', value: r.modelHash } }, name: r.modelVersion ?? undefined, type: { system: 'http://terminology.hl7.org/CodeSystem/audit-entity-type', code: '2' } });
  if (r.entity) entity.push({ what: { identifier: { system: 'urn:ddx:session', value: r.entity } }, type: { system: 'http://terminology.hl7.org/CodeSystem/audit-entity-type', code: '2' } });
  return {
    resourceType: 'AuditEvent',
    id: String(r.id),
    type: { system: 'http://terminology.hl7.org/CodeSystem/audit-event-type', code: 'rest' },
    subtype: [{ system: 'http://hl7.org/fhir/restful-interaction', code: r.action }, { system: 'urn:ddx:operation', code: r.operation }],
    action: r.action === 'create' ? 'C' : r.action === 'read' ? 'R' : r.action === 'update' ? 'U' : 'E',
    recorded: r.recorded.toISOString(),
    outcome: r.outcome,
    outcomeDesc: `HTTP ${r.status}`,
    agent,
    source: { observer: { display: 'ddx' }, type: [{ system: 'http://terminology.hl7.org/CodeSystem/security-source-type', code: '4' }] },
    entity,
    extension: [{ url: 'urn:ddx:request-id', valueString: r.requestId }],
  };
}
