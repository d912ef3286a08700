/**
 * The privacy ledger for administrators of the organization that runs this service: every dataset
 * with a differential-privacy budget, ε spent and total, and its releases. Dataset ids are content
 * hashes and releases carry ε, mechanism and purpose only — never data values.
 */
import { Type } from 'typebox';
import { spentEpsilon } from '../../privacy/dp/index.js';
import type { AppContext } from './types.js';
import { forbidden } from '../errors.js';
import { ErrorBody } from '../schemas.js';
import { StoreLedger } from '../store/ledger.js';
import type { Server } from './types.js';

const LedgerRelease = Type.Object({
  seq: Type.Integer({ minimum: 1, description: '1, 2, ... within the dataset' }),
  release_id: Type.String(),
  epsilon: Type.Number({ exclusiveMinimum: 0 }),
  mechanism: Type.String(),
  purpose: Type.String({ description: 'What was released; never data values' }),
  model_hash: Type.Union([Type.String(), Type.Null()], { description: 'Content hash of the released model, when the release is one' }),
  created_at: Type.String({ format: 'date-time' }),
}, { additionalProperties: false });

export const PrivacyLedgerList = Type.Object({
  accounting: Type.String({ description: 'How releases on one dataset add up' }),
  datasets: Type.Array(Type.Object({
    dataset_id: Type.String({ description: '"sha256:" + SHA-256 of the dataset\'s bytes' }),
    total_epsilon: Type.Number(),
    spent_epsilon: Type.Number(),
    remaining_epsilon: Type.Number(),
    created_at: Type.String({ format: 'date-time' }),
    releases: Type.Array(LedgerRelease),
  }, { additionalProperties: false })),
}, { additionalProperties: false });

/** Registers GET /v1/privacy/ledger. */
export function registerPrivacyRoutes(app: Server, ctx: AppContext): void {
  const ledger = new StoreLedger(ctx.store);

  app.get('/v1/privacy/ledger', {
    config: { auth: 'admin', audit: { action: 'read', operation: 'privacy-ledger' } },
    schema: { tags: ['privacy'], summary: 'Differential-privacy budgets per dataset: ε spent and total, and each release (owner admins)', response: { 200: PrivacyLedgerList, '4xx': ErrorBody } },
  }, async (req) => {
    const caller = await ctx.authorize(req, 'admin');
    if (!caller.owner) throw forbidden('not-owner-org', 'only the organization that runs this service sees its privacy ledger');
    const datasets = await ledger.list();
    return {
      accounting: 'basic sequential composition, pure epsilon-DP (delta = 0): the epsilon of every release on a dataset adds up',
      datasets: datasets.map((d) => {
        const spent = spentEpsilon({ datasetId: d.datasetId, totalEpsilon: d.totalEpsilon, releases: d.releases });
        return {
          dataset_id: d.datasetId,
          total_epsilon: d.totalEpsilon,
          spent_epsilon: spent,
          remaining_epsilon: Math.max(0, Math.round((d.totalEpsilon - spent) * 1e6) / 1e6),
          created_at: d.createdAt.toISOString(),
          releases: d.releases.map((r) => ({ seq: r.seq, release_id: r.releaseId, epsilon: r.epsilon, mechanism: r.mechanism, purpose: r.purpose, model_hash: r.modelHash, created_at: r.createdAt.toISOString() })),
        };
      }),
    };
  });
}
