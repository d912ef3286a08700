/**
 * What a work-up costs, in the spirit of SDBench: a physician-visit fee for each round of questions
 * (default $300) plus the price of every test ordered. Consecutive questions form one round; ordering
 * a test closes the round, so the next question opens a new one (the patient comes back). Tests are
 * priced by their CPT/HCPCS code from the compiled price table, a panel by its own code (never the
 * sum of its parts). A test without a code or without a price is reported in `missing` and left out
 * of the total, never counted as free silently.
 */
import { priceFor } from './prices.js';

export const DEFAULT_VISIT_FEE_USD = 300;

export interface CostModelOptions {
  readonly visitFeeUsd?: number;
  /** Price lookup; defaults to the compiled table. */
  readonly priceOf?: (code: string) => { priceUsd: number; source: string } | undefined;
}

/** One action as the cost model sees it. */
export interface CostedAction {
  readonly id: string;
  readonly kind: string;
  readonly code?: { readonly system: string; readonly code: string } | undefined;
}

export interface CostBreakdown {
  readonly totalUsd: number;
  readonly visitRounds: number;
  readonly visitFeesUsd: number;
  readonly testsUsd: number;
  /** Action ids with no code or no price: reported, not priced. */
  readonly missing: readonly string[];
}

/** What a sequence of actions costs: a visit fee per round of consecutive questions plus each test's price; unpriced tests listed in `missing`. */
export function costOf(actions: readonly CostedAction[], opts: CostModelOptions = {}): CostBreakdown {
  const fee = opts.visitFeeUsd ?? DEFAULT_VISIT_FEE_USD;
  const lookup = opts.priceOf ?? priceFor;
  let rounds = 0;
  let inRound = false;
  let tests = 0;
  const missing: string[] = [];
  for (const a of actions) {
    if (a.kind === 'question') {
      if (!inRound) rounds++;
      inRound = true;
      continue;
    }
    inRound = false;
    const p = a.code ? lookup(a.code.code) : undefined;
    if (!p) missing.push(a.id);
    else tests += p.priceUsd;
  }
  const visitFeesUsd = rounds * fee;
  return { totalUsd: round2(visitFeesUsd + tests), visitRounds: rounds, visitFeesUsd, testsUsd: round2(tests), missing };
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}
