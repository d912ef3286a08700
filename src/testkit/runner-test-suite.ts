/** A trivial suite for the runner's tests: a case is {"id", "answer"}; it is correct when answer is "yes". */
import { issue, type Result } from '../core/issues.js';
import type { CaseOutcome, Suite } from '../bench/runner.js';

/** The trivial suite (see the module comment). */
export function createSuite(): Suite {
  return {
    name: 'test',
    evaluate(raw: unknown, path: string): Result<CaseOutcome> {
      const o = raw as Record<string, unknown> | null;
      if (typeof o !== 'object' || o === null || typeof o['id'] !== 'string') return { ok: false, issues: [issue('required', `${path}.id`, 'id must be a string')] };
      const correct = o['answer'] === 'yes';
      return { ok: true, issues: [], value: { caseId: o['id'], truth: 't', seen: true, policies: [{ name: 'instant', budget: null, judge: correct ? 5 : 1, correct, rank: correct ? 0 : -1, costUsd: 0, steps: 0, actions: [], top: [], missingPrices: [] }] } };
    },
  };
}
