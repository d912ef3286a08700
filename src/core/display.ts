/**
 * Numbers as a clinician should read them: probabilities at the resolution a model of this kind
 * supports (">99%", "<0.1%", whole percents in between, one decimal below 1%) and evidence weights
 * to one decimal with a bound. Machine-readable outputs keep the exact numbers; only text uses these.
 */

/** A probability as text: ">99%", "37%", "4%", "0.4%", "<0.1%". */
export function formatProbability(p: number): string {
  if (!Number.isFinite(p)) return '?';
  if (p >= 0.995) return '>99%';
  if (p < 0.001) return '<0.1%';
  if (p < 0.0095) return `${(100 * p).toFixed(1)}%`;
  return `${Math.round(100 * p)}%`;
}

/** A finding's contribution (log-likelihood ratio, nats) as text: "+2.3", "-0.4", beyond ±10 ">+10" / "<-10". */
export function formatContribution(llr: number): string {
  if (!Number.isFinite(llr)) return llr > 0 ? '>+10' : '<-10';
  if (llr >= 10) return '>+10';
  if (llr <= -10) return '<-10';
  const r = Math.round(llr * 10) / 10;
  return `${r >= 0 ? '+' : '-'}${Math.abs(r).toFixed(1)}`;
}
