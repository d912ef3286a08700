/**
 * The registry's release gates applied to a validation report, and the compare-and-set promotion
 * that follows. Used by the clinicians' study sign-off; the thresholds are `config.gates`, the
 * same ones `POST /v1/models/:hash/promote` enforces.
 */
import type { ReleaseGates } from './config.js';
import type { ApiIssue } from './errors.js';
import type { DbStore, ValidationReportRow } from './store/store.js';

export type GateReport = Pick<ValidationReportRow, 'caseSet' | 'nCases' | 'top1' | 'ece' | 'cantMissRecall'>;

/** Why a report does not meet the gate for `validated` (empty when it does). */
export function unmetForValidated(gates: ReleaseGates, r: GateReport, path = '$'): ApiIssue[] {
  const unmet: ApiIssue[] = [];
  if (r.caseSet !== gates.caseSet) unmet.push({ code: 'wrong-case-set', path, message: `the release gate counts reports on case set "${gates.caseSet}"` });
  if (r.nCases < gates.minCases) unmet.push({ code: 'too-few-cases', path, message: `${r.nCases} cases with a reference diagnosis; the gate needs ${gates.minCases}` });
  if (r.top1 < gates.minTop1) unmet.push({ code: 'top1-below-threshold', path, message: `top-1 accuracy ${r.top1.toFixed(3)} is below ${gates.minTop1}` });
  if (r.ece > gates.maxEce) unmet.push({ code: 'ece-above-threshold', path, message: `calibration error (ECE) ${r.ece.toFixed(3)} is above ${gates.maxEce}` });
  if (r.cantMissRecall < gates.minCantMissRecall) unmet.push({ code: 'cant-miss-recall-below-threshold', path, message: `can't-miss recall ${r.cantMissRecall.toFixed(3)} is below ${gates.minCantMissRecall}` });
  return unmet;
}

/** Distinct reviewers who signed off a model. */
export async function signoffCount(store: DbStore, contentHash: string): Promise<number> {
  return new Set((await store.listSignoffs(contentHash)).map((s) => s.reviewerId)).size;
}
