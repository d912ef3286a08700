/** Display helpers: probabilities at the resolution the model can honestly claim, money, information. */

/** ">99%", "<0.1%", one decimal below 10%, whole percent above. */
export function pct(p: number): string {
  if (!Number.isFinite(p)) return '–';
  if (p > 0.99) return '>99%';
  if (p < 0.001) return '<0.1%';
  if (p < 0.1) return `${(p * 100).toFixed(1)}%`;
  return `${Math.round(p * 100)}%`;
}

/** A dollar amount for display: cents below $100, whole dollars with separators above. */
export function usd(x: number): string {
  return x === 0 ? '$0' : `$${x < 100 ? x.toFixed(2) : Math.round(x).toLocaleString('en-US')}`;
}

/** Expected information in bits (the API reports nats). */
export function bits(nats: number): string {
  return `${(nats / Math.LN2).toFixed(2)} bits`;
}

/** A signed contribution in nats, as the explanation reports it. */
export function signed(x: number): string {
  return `${x >= 0 ? '+' : '−'}${Math.abs(x).toFixed(2)}`;
}
