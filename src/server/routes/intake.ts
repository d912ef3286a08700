/** `POST /v1/extract` (note text → findings for a model) and `POST /v1/deidentify`, wired to the intake and privacy modules. */
import { Type } from 'typebox';
import type { AppContext } from '../app.js';
import { notImplemented } from '../errors.js';
import { unwrap } from '../optional-modules.js';
import { Anything, ErrorBody, ModelInfo, TextRequest } from '../schemas.js';
import type { Server } from './types.js';

export function registerIntakeRoutes(app: Server, ctx: AppContext): void {
  const lexicons = new WeakMap<object, unknown>();

  app.post('/v1/extract', {
    config: { audit: { action: 'operation', operation: 'extract' } },
    schema: {
      tags: ['intake'], summary: 'Findings recognised in a clinical note, for a model', body: TextRequest,
      response: { 200: Type.Object({ model: ModelInfo, findings: Type.Array(Anything) }, { additionalProperties: true }), '4xx': ErrorBody, 501: ErrorBody },
    },
  }, async (req) => {
    const caller = await ctx.authorize(req, 'diagnose');
    const notes = ctx.intake?.notes;
    if (!notes) throw notImplemented('note extraction');
    const { entry, cm } = await ctx.registry.resolve(req.body.model, caller);
    req.auditInfo = { operation: 'extract', modelHash: entry.contentHash, modelVersion: `${entry.modelId}@${entry.version}` };
    let lex = lexicons.get(cm.model);
    if (lex === undefined) {
      lex = notes.buildLexicon(cm.model);
      lexicons.set(cm.model, lex);
    }
    const out = unwrap(notes.extractFindings(req.body.text, lex));
    const findings = Array.isArray(out) ? out : out && typeof out === 'object' && Array.isArray((out as { findings?: unknown }).findings) ? (out as { findings: unknown[] }).findings : [];
    return { model: { id: entry.modelId, version: entry.version, content_hash: entry.contentHash, status: entry.status }, findings };
  });

  app.post('/v1/deidentify', {
    config: { audit: { action: 'operation', operation: 'deidentify' } },
    schema: {
      tags: ['intake'], summary: 'A note with identifiers (HIPAA Safe Harbor categories) removed', body: TextRequest,
      response: { 200: Type.Object({ text: Type.String(), redactions: Type.Array(Anything) }), '4xx': ErrorBody, 501: ErrorBody },
    },
  }, async (req) => {
    await ctx.authorize(req, 'diagnose');
    const deid = ctx.intake?.deid;
    if (!deid) throw notImplemented('de-identification');
    req.auditInfo = { operation: 'deidentify' };
    const out = unwrap(deid.deidentify(req.body.text));
    if (typeof out === 'string') return { text: out, redactions: [] };
    const o = (out ?? {}) as { text?: unknown; redactions?: unknown; spans?: unknown };
    const redactions = Array.isArray(o.redactions) ? o.redactions : Array.isArray(o.spans) ? o.spans : [];
    return { text: typeof o.text === 'string' ? o.text : '', redactions };
  });
}
