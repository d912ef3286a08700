/** `POST /v1/diagnose`: stateless, Infermedica-style — the whole case in, the differential and next best actions out. */
import { modelAuditFields } from '../audit.js';
import { diagnose } from '../../core/diagnose.js';
import { parseCase } from '../../core/evidence.js';
import type { AppContext } from './types.js';
import { fromIssues } from '../errors.js';
import { forDefaultModel, planOptions, presentDiagnosis } from '../present.js';
import { DiagnoseRequest, DiagnoseResponse, ErrorBody } from '../schemas.js';
import type { Server } from './types.js';

/** Registers POST /v1/diagnose. */
export function registerDiagnoseRoutes(app: Server, ctx: AppContext): void {
  app.post('/v1/diagnose', {
    config: { auth: 'diagnose', audit: { action: 'operation', operation: 'diagnose' } },
    schema: {
      tags: ['diagnose'], summary: 'Differential, reasons and next best actions for a case (stateless)',
      body: DiagnoseRequest, response: { 200: DiagnoseResponse, '4xx': ErrorBody },
    },
  }, async (req) => {
    const caller = await ctx.authorize(req, 'diagnose');
    const { entry, cm } = await ctx.registry.resolve(req.body.model, caller);
    req.auditInfo = { operation: 'diagnose', ...modelAuditFields(entry) };
    const pc = parseCase({ age: req.body.age, sex: req.body.sex, findings: req.body.findings ?? [] }, cm.model);
    if (!pc.ok) throw fromIssues(forDefaultModel(pc.issues, req.body.model !== undefined, entry.modelId));
    return presentDiagnosis(diagnose(cm, pc.value, planOptions(req.body, req.body.steps ?? 0)), entry);
  });
}
