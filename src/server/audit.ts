/**
 * Audit: one AuditEvent-shaped record per request that touches patient data — who (key and org),
 * what (operation, model version), when, outcome — and never any patient data. Records are written
 * in small batches (config.auditFlushMs) to keep the database off the request path; `close()`
 * flushes what is pending, so a graceful shutdown loses none.
 */
import type { AuditRecord, DbStore } from './store/store.js';

export class AuditLog {
  private buffer: AuditRecord[] = [];
  private timer: NodeJS.Timeout | undefined;
  private pending: Promise<void> = Promise.resolve();
  failures = 0;

  constructor(private readonly store: DbStore, private readonly flushMs: number, private readonly onError: (err: unknown) => void) {}

  async record(r: AuditRecord): Promise<void> {
    if (this.flushMs <= 0) {
      await this.write([r]);
      return;
    }
    this.buffer.push(r);
    if (this.buffer.length >= 500) void this.flush();
    else if (!this.timer) this.timer = setTimeout(() => void this.flush(), this.flushMs);
  }

  private async write(rows: AuditRecord[]): Promise<void> {
    try {
      await this.store.insertAudit(rows);
    } catch (err) {
      this.failures += rows.length;
      this.onError(err);
    }
  }

  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    const rows = this.buffer;
    this.buffer = [];
    if (rows.length > 0) this.pending = this.pending.then(() => this.write(rows));
    return this.pending;
  }

  async close(): Promise<void> {
    await this.flush();
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
